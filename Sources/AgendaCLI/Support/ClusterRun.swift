import Clustering
import Foundation
import Graph

/// What `agenda cluster` clusters together.
enum ClusterScope: String, CaseIterable {
    case group, workshop, all
}

/// One clustering run over the database: the notes of each part (group, workshop or all)
/// clustered, and the clusters as graph nodes with `assigned-to` edges from their notes.
struct ClusterRun {
    struct Part {
        var id: String
        var title: String
        /// The group or workshop the part is, if any.
        var container: String?
        var notes: [Node]
        var result: ClusterResult
    }

    var scope: ClusterScope
    var count: ClusterCount
    var parts: [Part]

    /// The id of the document a run of `scope` is stored as.
    static func documentID(_ scope: ClusterScope) -> String { "cluster-run-\(scope.rawValue)" }

    static func make(scope: ClusterScope, count: ClusterCount, context: ClusteringContext, snapshot: GraphSnapshot) throws -> ClusterRun {
        var parts: [Part] = []
        let groups = snapshot.groupNotes()
        switch scope {
        case .group:
            for group in groups where group.notes.count >= 2 {
                parts.append(Part(id: group.group.id, title: "\(group.group.properties["workshop"] ?? "") / \(group.group.label)", container: group.group.id, notes: group.notes, result: .empty))
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
        for index in parts.indices {
            let texts = parts[index].notes.map { $0.text ?? $0.label }
            parts[index].result = context.setup.cluster(texts, count: count, corrections: context.corrections)
        }
        return ClusterRun(scope: scope, count: count, parts: parts)
    }

    var countDescription: String {
        switch count {
        case .automatic: "auto"
        case .fixed(let k): String(k)
        }
    }

    /// The run as graph nodes and edges.
    var delta: GraphDelta {
        let document = Self.documentID(scope)
        var nodes: [Node] = []
        var edges: [Edge] = []
        for part in parts {
            for (number, cluster) in part.result.clusters.enumerated() {
                let id = "\(document):\(Slug.token(part.id)).c\(number + 1)"
                let representative = part.notes[cluster.representative]
                nodes.append(Node(
                    id: id, kind: .cluster, label: cluster.label, text: representative.text,
                    provenance: Provenance(document: document, line: 0),
                    properties: [
                        "scope": scope.rawValue, "part": part.title, "keywords": cluster.keywords.joined(separator: ", "),
                        "representative": representative.id, "size": String(cluster.members.count),
                        "k": countDescription,
                    ]))
                if let container = part.container { edges.append(Edge(source: id, target: container, kind: .partOf)) }
                for member in cluster.members {
                    edges.append(Edge(source: part.notes[member].id, target: id, kind: .assignedTo))
                }
            }
        }
        return GraphDelta(nodes: nodes, edges: edges)
    }

    /// Stores the run, replacing the previous run of the same scope; an identical run writes nothing.
    func store(in store: GraphStore) throws {
        let delta = self.delta
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let content = try encoder.encode(summary)
        let hash = Ingestor.digest(content)
        let time = ISO8601DateFormatter().string(from: Date())
        let document = Document(id: Self.documentID(scope), path: "agenda cluster --scope \(scope.rawValue) --k \(countDescription)", kind: .clusterRun, title: "clustering per \(scope.rawValue)", date: time, contentHash: hash)
        try store.ingest(document, fingerprint: hash, delta: delta)
    }

    /// The run as `agenda cluster --json` prints it without FILE.
    struct Summary: Encodable {
        struct Part: Encodable {
            struct Cluster: Encodable {
                var id: String
                var label: String
                var keywords: [String]
                var members: [String]
                var representative: String
            }
            var part: String
            var k: Int
            var clusters: [Cluster]
        }
        var scope: String
        var k: String
        var parts: [Part]
    }

    var summary: Summary {
        let document = Self.documentID(scope)
        return Summary(scope: scope.rawValue, k: countDescription, parts: parts.map { part in
            Summary.Part(part: part.title, k: part.result.k, clusters: part.result.clusters.enumerated().map { number, cluster in
                Summary.Part.Cluster(id: "\(document):\(Slug.token(part.id)).c\(number + 1)", label: cluster.label, keywords: cluster.keywords, members: cluster.members.map { part.notes[$0].id }, representative: part.notes[cluster.representative].id)
            })
        })
    }
}

/// Ids made of other ids.
enum Slug {
    /// `bpa:w1.g2` → `bpa_w1.g2`: a fragment safe inside another id.
    static func token(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" })
    }
}
