/// One node of the knowledge graph: a workshop, group, theme, question, note, stakeholder, ….
public struct Node: Sendable, Hashable, Codable, Identifiable {
    /// A stable identifier, safe as an XML name token: the same document always yields the same ids.
    public var id: String
    public var kind: NodeKind
    /// A short, readable label.
    public var label: String
    /// The full text as written in the source, where the node has one.
    public var text: String?
    /// Where the node was read from.
    public var provenance: Provenance
    /// The kind's own properties (a workshop's date, a note's theme, a person's role, …).
    public var properties: Properties

    public init(
        id: String, kind: NodeKind, label: String, text: String? = nil,
        provenance: Provenance, properties: Properties = [:]
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.text = text
        self.provenance = provenance
        self.properties = properties
    }
}
