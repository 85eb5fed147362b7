public import Clustering
import Foundation
public import Graph

/// A position for every node of a graph, the same on every run, for the formats that carry
/// one (GEXF, Cytoscape, VOSviewer).
///
/// The agenda's network — themes, questions, systemic questions, initiatives and stakeholder
/// groups — is laid out as the report draws it (a force-directed layout with a fixed start),
/// so Gephi opens the picture the lector already knows. Every other node sits beside what it
/// belongs to: a group amid its themes, a workshop amid its groups, notes in a small
/// sunflower around their theme (or group), a cluster amid its notes, people and
/// organisations beside what they are linked to. Coordinates lie in −1…1.
public struct GraphLayout: Sendable {
    /// A point of the layout.
    public struct Point: Sendable, Hashable {
        public var x: Double
        public var y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// The position of each node, by node id.
    public var positions: [String: Point]
    /// The agenda's network as ``network(of:)`` lays it out.
    public var network: Network

    /// The agenda's network: its nodes sorted by id, its edges between node positions, sorted,
    /// and their force layout.
    public typealias Network = (nodes: [Node], edges: [(source: Int, target: Int, kind: EdgeKind)], layout: ForceLayout)

    /// The node kinds of the agenda's network, which the report draws.
    public static let networkKinds: [NodeKind] = [.theme, .question, .systemicQuestion, .initiative, .stakeholderGroup]

    /// Up to this many network nodes the force layout takes all its steps; above it, fewer, so
    /// that a graph of ten thousand notes is laid out in a fraction of a second.
    static let fullLayoutNodes = 400

    /// The agenda's network of `snapshot`: its nodes sorted by id, its edges (node positions)
    /// sorted, and their layout. The report draws exactly this.
    public static func network(of snapshot: GraphSnapshot) -> Network {
        let nodes = snapshot.nodes.filter { networkKinds.contains($0.kind) }.sorted { $0.id < $1.id }
        let position = Dictionary(nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var edges: [(source: Int, target: Int, kind: EdgeKind)] = []
        for edge in snapshot.edges {
            guard let source = position[edge.source], let target = position[edge.target] else { continue }
            edges.append((source, target, edge.kind))
        }
        edges.sort { ($0.source, $0.target, $0.kind.rawValue) < ($1.source, $1.target, $1.kind.rawValue) }
        let n = nodes.count
        // Above the full size, about 16 million pair steps in all (ten steps at least).
        let iterations = n <= fullLayoutNodes ? 300 : max(10, 16_000_000 / (n * n))
        let layout = ForceLayout(nodeCount: n, edges: edges.map { ($0.source, $0.target) }, iterations: iterations)
        return (nodes, edges, layout)
    }

    /// Lays out every node of `snapshot`.
    ///
    /// - Complexity: the network's force layout, plus O(n + e) for the rest.
    public init(_ snapshot: GraphSnapshot) {
        var positions: [String: Point] = [:]
        let network = Self.network(of: snapshot)
        self.network = network
        for (offset, node) in network.nodes.enumerated() {
            positions[node.id] = Point(x: network.layout.x[offset], y: network.layout.y[offset])
        }
        let kinds = Dictionary(snapshot.nodes.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })

        // Containers amid what they contain: groups amid their themes, workshops amid their groups.
        var contained: [String: [String]] = [:]
        for edge in snapshot.edges where edge.kind == .partOf { contained[edge.target, default: []].append(edge.source) }
        for kind in [NodeKind.group, .workshop] {
            for node in snapshot.nodes where node.kind == kind && positions[node.id] == nil {
                let inside = (contained[node.id] ?? []).compactMap { positions[$0] }
                if let centre = Self.centroid(inside) { positions[node.id] = centre }
            }
        }
        // What is still unplaced among the containers goes on a ring around the picture.
        let unplacedContainers = snapshot.nodes.filter { ($0.kind == .workshop || $0.kind == .group) && positions[$0.id] == nil }
        for (offset, node) in unplacedContainers.enumerated() {
            positions[node.id] = Self.ring(offset, of: unplacedContainers.count, radius: 1.2)
        }

        // Notes around their theme, else their group.
        var theme: [String: String] = [:]
        var container: [String: String] = [:]
        for edge in snapshot.edges {
            switch edge.kind {
            case .belongsTo where theme[edge.source] == nil: theme[edge.source] = edge.target
            case .partOf where container[edge.source] == nil: container[edge.source] = edge.target
            default: break
            }
        }
        var children: [String: [String]] = [:]
        var order: [String] = []
        for node in snapshot.nodes where node.kind == .note {
            guard let anchor = [theme[node.id], container[node.id]].compactMap({ $0 }).first(where: { positions[$0] != nil }) else { continue }
            if children[anchor] == nil { order.append(anchor) }
            children[anchor, default: []].append(node.id)
        }
        let spacing = 0.012
        for anchor in order {
            guard let centre = positions[anchor] else { continue }
            for (offset, id) in (children[anchor] ?? []).enumerated() { positions[id] = Self.sunflower(offset, around: centre, spacing: spacing) }
        }

        // Clusters amid their notes.
        var members: [String: [String]] = [:]
        for edge in snapshot.edges where edge.kind == .assignedTo { members[edge.target, default: []].append(edge.source) }
        for node in snapshot.nodes where node.kind == .cluster && positions[node.id] == nil {
            if let centre = Self.centroid((members[node.id] ?? []).compactMap { positions[$0] }) { positions[node.id] = centre }
        }

        // Everything else beside the first placed node it is linked to.
        var neighbours: [String: [String]] = [:]
        for edge in snapshot.edges where kinds[edge.source] != nil && kinds[edge.target] != nil {
            neighbours[edge.source, default: []].append(edge.target)
            neighbours[edge.target, default: []].append(edge.source)
        }
        var besides: [String: Int] = [:]
        var loose: [Node] = []
        for node in snapshot.nodes where positions[node.id] == nil {
            guard let anchor = (neighbours[node.id] ?? []).first(where: { positions[$0] != nil }), let centre = positions[anchor] else {
                loose.append(node)
                continue
            }
            let offset = besides[anchor, default: 0]
            besides[anchor] = offset + 1
            positions[node.id] = Self.sunflower(offset, around: centre, spacing: 0.05, phase: 1.3)
        }
        for (offset, node) in loose.enumerated() {
            positions[node.id] = Self.ring(offset, of: loose.count, radius: 1.35)
        }
        self.positions = positions
    }

    /// The position of `id`, or the centre when the graph has no such node.
    public func position(of id: String) -> Point {
        positions[id] ?? Point(x: 0, y: 0)
    }

    static func centroid(_ points: [Point]) -> Point? {
        guard !points.isEmpty else { return nil }
        let n = Double(points.count)
        return Point(x: points.map(\.x).reduce(0, +) / n, y: points.map(\.y).reduce(0, +) / n)
    }

    static func ring(_ offset: Int, of count: Int, radius: Double) -> Point {
        let angle = 2 * Double.pi * Double(offset) / Double(max(count, 1))
        return Point(x: rounded(radius * cos(angle)), y: rounded(radius * sin(angle)))
    }

    /// The `offset`-th seed of a sunflower around `centre`: evenly filled, however many there are.
    static func sunflower(_ offset: Int, around centre: Point, spacing: Double, phase: Double = 0) -> Point {
        let goldenAngle = 2.399_963_229_728_653
        let radius = spacing * (Double(offset) + 1).squareRoot()
        let angle = Double(offset) * goldenAngle + phase
        return Point(x: rounded(centre.x + radius * cos(angle)), y: rounded(centre.y + radius * sin(angle)))
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
