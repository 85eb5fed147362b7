/// A source document as the store records it.
public struct Document: Sendable, Hashable, Codable, Identifiable {
    /// The file name without its extension; prefixes the ids of the document's nodes.
    public var id: String
    /// The path the document was read from, as given.
    public var path: String
    public var kind: DocumentKind
    public var title: String?
    /// An ISO 8601 date (or year) where known.
    public var date: String?
    /// A SHA-256 digest of the document's bytes, to recognise unchanged content.
    public var contentHash: String

    public init(
        id: String, path: String, kind: DocumentKind, title: String? = nil,
        date: String? = nil, contentHash: String
    ) {
        self.id = id
        self.path = path
        self.kind = kind
        self.title = title
        self.date = date
        self.contentHash = contentHash
    }
}
