import Foundation
import Graph
import Linking

/// The cross-links of one run, stored as `links-to` and `addresses` edges with their scores
/// and shared terms.
struct LinkRun {
    var linksTo: [CrossLink]
    var addresses: [CrossLink]
    var threshold: Double
    var perSource: Int

    static let documentID = "link-run"

    var delta: GraphDelta {
        func edge(_ link: CrossLink, _ kind: EdgeKind) -> Edge {
            Edge(source: link.source, target: link.target, kind: kind, weight: link.score, properties: ["shared-terms": link.sharedTerms.joined(separator: ", ")])
        }
        return GraphDelta(edges: linksTo.map { edge($0, .linksTo) } + addresses.map { edge($0, .addresses) })
    }

    func store(in store: GraphStore) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let hash = Ingestor.digest(try encoder.encode([linksTo, addresses]))
        let document = Document(
            id: Self.documentID, path: "agenda link --threshold \(threshold) --per-question \(perSource)", kind: .linkRun,
            title: "cross-links", date: ISO8601DateFormatter().string(from: Date()), contentHash: hash)
        try store.ingest(document, fingerprint: hash, delta: delta)
    }
}
