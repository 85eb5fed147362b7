/// The whole graph at one moment, read in one transaction: what exporters work from.
public struct GraphSnapshot: Sendable, Hashable {
    public var documents: [Document]
    /// Nodes in document order.
    public var nodes: [Node]
    /// Edges in document order.
    public var edges: [Edge]

    public init(documents: [Document] = [], nodes: [Node] = [], edges: [Edge] = []) {
        self.documents = documents
        self.nodes = nodes
        self.edges = edges
    }
}
