/// A run of the toolkit's own whose result is kept in the graph: a clustering (its cluster
/// nodes and `assigned-to` edges) or the cross-links (`links-to` and `addresses` edges).
///
/// A run is not a document: nothing was read, and it is listed apart from the documents. Its
/// nodes and edges name the run's id where a document's name their document.
public struct Run: Sendable, Hashable, Codable {
    public var id: String
    public var kind: RunKind
    /// What made it, as the command a person would type.
    public var command: String
    public var title: String
    /// When it was made (ISO 8601).
    public var date: String?
    /// Identifies the result: storing a run with the same fingerprint writes nothing.
    public var fingerprint: String

    public init(id: String, kind: RunKind, command: String, title: String, date: String?, fingerprint: String) {
        self.id = id
        self.kind = kind
        self.command = command
        self.title = title
        self.date = date
        self.fingerprint = fingerprint
    }
}

/// What a stored run computed.
public enum RunKind: String, Sendable, Hashable, Codable, CaseIterable {
    case clustering = "cluster-run"
    case linking = "link-run"
}
