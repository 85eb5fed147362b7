/// The whole graph at one moment, read in one transaction: what exporters work from.
public struct GraphSnapshot: Sendable, Hashable {
    /// The documents read, by id.
    public var documents: [Document]
    /// The toolkit's stored runs (clustering, cross-links), by id.
    public var runs: [Run]
    /// Nodes in document order.
    public var nodes: [Node]
    /// Edges in document order.
    public var edges: [Edge]

    public init(documents: [Document] = [], runs: [Run] = [], nodes: [Node] = [], edges: [Edge] = []) {
        self.documents = documents
        self.runs = runs
        self.nodes = nodes
        self.edges = edges
    }
}
