/// Where a node came from: a document and the lines of it that say so.
public struct Provenance: Sendable, Hashable, Codable {
    /// The document's identifier (its file name without extension).
    public var document: String
    /// The first line (1-based) of the source text.
    public var line: Int
    /// The last line (1-based) of the source text; equal to `line` for one-line blocks.
    public var endLine: Int

    public init(document: String, line: Int, endLine: Int? = nil) {
        self.document = document
        self.line = line
        self.endLine = endLine ?? line
    }
}
