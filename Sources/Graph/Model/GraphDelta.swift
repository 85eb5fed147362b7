/// What interpreting one document adds to the graph: its nodes and the edges among them.
///
/// A delta belongs to exactly one document; the store replaces a document's previous delta
/// as a whole.
public struct GraphDelta: Sendable, Hashable {
    public var nodes: [Node]
    public var edges: [Edge]

    public init(nodes: [Node] = [], edges: [Edge] = []) {
        self.nodes = nodes
        self.edges = edges
    }
}
