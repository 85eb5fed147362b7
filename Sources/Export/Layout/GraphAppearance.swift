public import Graph

/// What colours the nodes of a map.
public enum GraphColouring: String, Sendable, Hashable, CaseIterable {
    /// A colour per node kind (themes orange, notes yellow, …), as in GraphML and the report.
    case kind
    /// Notes and clusters coloured by the automatic cluster of the last stored clustering;
    /// the other nodes by kind.
    case cluster
}

/// How each node of a graph is drawn in the formats that carry drawing (GEXF, Cytoscape):
/// its colour, its size (the kind's size, grown with the node's degree) and its position.
public struct GraphAppearance: Sendable {
    public var layout: GraphLayout
    public var colouring: GraphColouring
    /// The number of edges at each node, by id.
    public var degree: [String: Int]
    /// Each note's cluster and each cluster's own colour, by id (only when colouring by cluster).
    var clusterColour: [String: NodeStyle] = [:]

    /// Positions are scaled from the layout's −1…1 to this many units, a size Gephi and
    /// Cytoscape open at a readable zoom.
    public static let scale = 1000.0

    public init(_ snapshot: GraphSnapshot, colouring: GraphColouring = .kind, layout: GraphLayout? = nil) {
        self.layout = layout ?? GraphLayout(snapshot)
        self.colouring = colouring
        var degree: [String: Int] = [:]
        for edge in snapshot.edges {
            degree[edge.source, default: 0] += 1
            degree[edge.target, default: 0] += 1
        }
        self.degree = degree
        if colouring == .cluster {
            var number: [String: Int] = [:]
            for node in snapshot.nodes where node.kind == .cluster { number[node.id] = number.count }
            for (id, n) in number { clusterColour[id] = Self.palette[n % Self.palette.count] }
            for edge in snapshot.edges where edge.kind == .assignedTo {
                if let n = number[edge.target], clusterColour[edge.source] == nil { clusterColour[edge.source] = Self.palette[n % Self.palette.count] }
            }
        }
    }

    /// The colour of `node`.
    public func colour(of node: Node) -> NodeStyle {
        clusterColour[node.id] ?? NodeStyle.of(node.kind)
    }

    /// The size of `node`: its kind's size, grown with the square root of its degree.
    public func size(of node: Node) -> Double {
        let grown = NodeStyle.of(node.kind).size + 2 * Double(degree[node.id] ?? 0).squareRoot()
        return (grown * 10).rounded() / 10
    }

    /// The position of `node`, in drawing units.
    public func position(of node: Node) -> GraphLayout.Point {
        let point = layout.position(of: node.id)
        return GraphLayout.Point(x: (point.x * Self.scale * 10).rounded() / 10, y: (point.y * Self.scale * 10).rounded() / 10)
    }

    /// Twelve colours told apart easily (Tableau's and ColorBrewer's Paired), for clusters.
    static let palette: [NodeStyle] = [
        (0x4E, 0x79, 0xA7), (0xF2, 0x8E, 0x2B), (0xE1, 0x57, 0x59), (0x76, 0xB7, 0xB2), (0x59, 0xA1, 0x4F), (0xED, 0xC9, 0x48),
        (0xB0, 0x7A, 0xA1), (0xFF, 0x9D, 0xA7), (0x9C, 0x75, 0x5F), (0xBA, 0xB0, 0xAC), (0x1F, 0x78, 0xB4), (0x33, 0xA0, 0x2C),
    ].map { NodeStyle(red: $0.0, green: $0.1, blue: $0.2, size: 8, shape: "ellipse") }
}
