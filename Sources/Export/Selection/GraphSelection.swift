public import Graph

/// The part of a graph a user wants on a map: some node kinds, one workshop, one group.
///
/// Edges are kept only where both ends are kept, so a selection is always a valid graph.
public struct GraphSelection: Sendable, Hashable {
    /// The node kinds to keep; `nil` keeps every kind.
    public var kinds: Set<NodeKind>?
    /// A workshop, by id, title or date; `nil` keeps all workshops.
    public var workshop: String?
    /// A group, by id or label ("Groep geel"); `nil` keeps all groups.
    public var group: String?

    public init(kinds: Set<NodeKind>? = nil, workshop: String? = nil, group: String? = nil) {
        self.kinds = kinds
        self.workshop = workshop
        self.group = group
    }

    /// Edge kinds that make a node part of another: a note is part of its group's part.
    static let containment: Set<EdgeKind> = [.partOf, .belongsTo, .subQuestionOf]

    /// The selected part of `snapshot`, in the snapshot's order.
    ///
    /// - Throws: ``ExportError`` when the named workshop or group is not in the graph.
    public func apply(to snapshot: GraphSnapshot) throws(ExportError) -> GraphSnapshot {
        var keep = Set(snapshot.nodes.map(\.id))
        if workshop != nil || group != nil {
            let roots = try self.roots(in: snapshot)
            keep = Self.part(of: roots, in: snapshot)
        }
        if let kinds {
            keep = keep.filter { id in snapshot.nodes.first { $0.id == id }.map { kinds.contains($0.kind) } ?? false }
        }
        let nodes = snapshot.nodes.filter { keep.contains($0.id) }
        let kept = Set(nodes.map(\.id))
        let edges = snapshot.edges.filter { kept.contains($0.source) && kept.contains($0.target) }
        return GraphSnapshot(documents: snapshot.documents, nodes: nodes, edges: edges)
    }

    private func roots(in snapshot: GraphSnapshot) throws(ExportError) -> [String] {
        func matches(_ node: Node, _ name: String) -> Bool {
            let lowered = name.lowercased()
            return node.id == name || node.label.lowercased() == lowered
                || node.properties[.title]?.lowercased() == lowered || node.properties[.date] == name
        }
        var workshops = snapshot.nodes.filter { $0.kind == .workshop }
        if let workshop {
            workshops = workshops.filter { matches($0, workshop) }
            guard !workshops.isEmpty else {
                throw ExportError(problem: "no workshop is called '\(workshop)'", remedy: "name one by id, title or date as `agenda list workshop` prints them")
            }
        }
        guard let group else { return workshops.map(\.id) }
        let inWorkshops = Self.part(of: workshops.map(\.id), in: snapshot)
        let groups = snapshot.nodes.filter { $0.kind == .group && inWorkshops.contains($0.id) && matches($0, group) }
        guard !groups.isEmpty else {
            throw ExportError(problem: "no group is called '\(group)'\(workshop.map { " in workshop '\($0)'" } ?? "")", remedy: "name one by id or label as `agenda list group` prints them")
        }
        return groups.map(\.id)
    }

    /// The roots, everything contained in them, and the stakeholders and other nodes those
    /// connect to directly (speakers, mentioned people and their organisations).
    static func part(of roots: [String], in snapshot: GraphSnapshot) -> Set<String> {
        var contained = Set(roots)
        var changed = true
        while changed {
            changed = false
            for edge in snapshot.edges where containment.contains(edge.kind) && contained.contains(edge.target) {
                if contained.insert(edge.source).inserted { changed = true }
            }
            for edge in snapshot.edges where edge.kind == .asks && contained.contains(edge.source) {
                if contained.insert(edge.target).inserted { changed = true }
            }
        }
        var result = contained
        let kinds = Dictionary(snapshot.nodes.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        let structural: Set<NodeKind> = [.workshop, .group, .theme, .question, .note]
        for _ in 0..<2 {
            for edge in snapshot.edges {
                if result.contains(edge.source), let kind = kinds[edge.target], !structural.contains(kind) { result.insert(edge.target) }
                if result.contains(edge.target), let kind = kinds[edge.source], !structural.contains(kind) { result.insert(edge.source) }
            }
        }
        return result
    }
}
