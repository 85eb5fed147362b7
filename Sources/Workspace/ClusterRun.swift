public import Clustering
import Documents
import Foundation
public import Graph
import Store

/// One clustering run over the database: the notes of each part (group, workshop or all)
/// clustered, and the clusters as graph nodes with `assigned-to` edges from their notes.
public struct ClusterRun: Sendable {
    /// One group, workshop, or all notes, with its clusters.
    public struct Part: Sendable {
        public var id: String
        public var title: String
        /// The group or workshop the part is, if any.
        public var container: String?
        public var notes: [Node]
        public var result: ClusterResult
        /// The notes' map, made from the same vectors when the run was asked for one (as
        /// `build` asks, for the report); never stored.
        public var map: NoteMap?

        /// The id of the `number`-th (0-based) cluster of this part in a run of `scope`.
        func clusterID(_ number: Int, scope: ClusterScope) -> String {
            NodeID.cluster(run: scope.runID, part: id, number: number + 1)
        }

        /// How well the `note`-th note fits its cluster, where the clustering said.
        func fit(_ note: Int) -> NoteFit? {
            result.notes.indices.contains(note) ? result.notes[note] : nil
        }
    }

    public var scope: ClusterScope
    public var count: ClusterCount
    public var parts: [Part]

    /// The parts of `snapshot` that `scope` clusters: groups, workshops, or all notes (two notes or more each).
    static func parts(of snapshot: GraphSnapshot, scope: ClusterScope) -> [Part] {
        var parts: [Part] = []
        let groups = snapshot.groupNotes()
        switch scope {
        case .group:
            for group in groups where group.notes.count >= 2 {
                parts.append(Part(id: group.group.id, title: "\(group.group.properties[.workshop] ?? "") / \(group.group.label)", container: group.group.id, notes: group.notes, result: .empty))
            }
        case .workshop:
            let workshops = snapshot.nodes.filter { $0.kind == .workshop }
            let groupWorkshop = Dictionary(snapshot.edges.filter { $0.kind == .partOf }.map { ($0.source, $0.target) }, uniquingKeysWith: { first, _ in first })
            for workshop in workshops {
                let notes = groups.filter { groupWorkshop[$0.group.id] == workshop.id }.flatMap(\.notes)
                if notes.count >= 2 { parts.append(Part(id: workshop.id, title: workshop.label, container: workshop.id, notes: notes, result: .empty)) }
            }
        case .all:
            let notes = snapshot.nodes.filter { $0.kind == .note }
            if notes.count >= 2 { parts.append(Part(id: "all", title: "all notes", container: nil, notes: notes, result: .empty)) }
        }
        return parts
    }

    /// One stored cluster: its node, the group or workshop it belongs to, and its members'
    /// `assigned-to` edges (which carry their confidence and shared words).
    struct Stored {
        var node: Node
        var container: String?
        var members: [Edge]
    }

    /// The clusters the stored run of `scope` left in `snapshot`, in node order.
    static func stored(in snapshot: GraphSnapshot, scope: ClusterScope) -> [Stored] {
        var members: [String: [Edge]] = [:]
        for edge in snapshot.edges where edge.kind == .assignedTo { members[edge.target, default: []].append(edge) }
        var containerOf: [String: String] = [:]
        for edge in snapshot.edges where edge.kind == .partOf { containerOf[edge.source] = containerOf[edge.source] ?? edge.target }
        return snapshot.nodes.filter { $0.kind == .cluster && $0.provenance.document == scope.runID }.map { node in
            Stored(node: node, container: containerOf[node.id], members: members[node.id] ?? [])
        }
    }

    /// `auto` or the number of clusters asked for.
    public var countDescription: String { count.description }

    /// The parts' maps by part id, where the run made them.
    public var maps: [String: NoteMap] {
        Dictionary(parts.compactMap { part in part.map.map { (part.id, $0) } }, uniquingKeysWith: { first, _ in first })
    }

    /// The number of clusters over all parts.
    public var clusterCount: Int { parts.reduce(0) { $0 + $1.result.k } }

    /// The run as graph nodes and edges.
    var delta: GraphDelta {
        let document = scope.runID
        var nodes: [Node] = []
        var edges: [Edge] = []
        for part in parts {
            for (number, cluster) in part.result.clusters.enumerated() {
                let id = part.clusterID(number, scope: scope)
                let representative = part.notes[cluster.representative]
                var properties: Properties = [
                    .scope: .text(scope.rawValue), .part: .text(part.title), .representative: .text(representative.id),
                    .size: .text(String(cluster.members.count)), .clusterCount: .text(countDescription),
                ]
                properties.setList(.keywords, cluster.keywords)
                nodes.append(Node(id: id, kind: .cluster, label: cluster.label, text: representative.text, provenance: Provenance(document: document, line: 0), properties: properties))
                if let container = part.container { edges.append(Edge(source: id, target: container, kind: .partOf)) }
                for member in cluster.members {
                    // The confidence as the edge's weight, what the note shares as the reason.
                    var properties: Properties = [:]
                    var weight: Double?
                    if let fit = part.fit(member) {
                        weight = NoteFit.rounded(fit.confidence)
                        properties.setList(.sharedTerms, fit.sharedTerms)
                        if let next = fit.nextCluster { properties[.nextCluster] = part.clusterID(next, scope: scope) }
                        if fit.placed { properties[.placed] = "true" }
                    }
                    edges.append(Edge(source: part.notes[member].id, target: id, kind: .assignedTo, weight: weight, properties: properties))
                }
            }
        }
        return GraphDelta(nodes: nodes, edges: edges)
    }

    /// Stores the run, replacing the previous run of the same scope; an identical run writes nothing.
    func store(in store: any GraphStoring) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let hash = ContentDigest.of(try encoder.encode(summary))
        let time = ISO8601DateFormatter().string(from: Date())
        let run = Run(id: scope.runID, kind: .clustering, command: "agenda cluster --scope \(scope.rawValue) --k \(countDescription)", title: "clustering per \(scope.rawValue)", date: time, fingerprint: hash)
        try store.store(run, delta: delta)
    }

    /// The run as `agenda cluster --json` prints it without FILE; its keys are part of the
    /// documented command-line contract.
    public struct Summary: Encodable, Sendable {
        public struct Part: Encodable, Sendable {
            public struct Cluster: Encodable, Sendable {
                public var id: String
                public var label: String
                public var keywords: [String]
                public var members: [String]
                public var representative: String
                /// The members that fit least clearly, least certain first.
                public var uncertain: [String]
            }
            /// How well one note fits its cluster, and why.
            public struct Note: Encodable, Sendable {
                public var id: String
                public var cluster: String
                public var confidence: Double
                public var next: String?
                public var shared: [String]
            }
            public var part: String
            public var k: Int
            public var clusters: [Cluster]
            public var notes: [Note]
        }
        public var scope: String
        public var k: String
        public var parts: [Part]
    }

    public var summary: Summary {
        Summary(scope: scope.rawValue, k: countDescription, parts: parts.map { part in
            Summary.Part(
                part: part.title, k: part.result.k,
                clusters: part.result.clusters.enumerated().map { number, cluster in
                    Summary.Part.Cluster(
                        id: part.clusterID(number, scope: scope), label: cluster.label, keywords: cluster.keywords, members: cluster.members.map { part.notes[$0].id },
                        representative: part.notes[cluster.representative].id, uncertain: part.result.leastCertain(in: number).map { part.notes[$0].id })
                },
                notes: part.notes.indices.compactMap { index in
                    guard let fit = part.fit(index), part.result.assignments.indices.contains(index) else { return nil }
                    return Summary.Part.Note(
                        id: part.notes[index].id, cluster: part.clusterID(part.result.assignments[index], scope: scope), confidence: NoteFit.rounded(fit.confidence),
                        next: fit.nextCluster.map { part.clusterID($0, scope: scope) }, shared: fit.sharedTerms)
                })
        })
    }
}
