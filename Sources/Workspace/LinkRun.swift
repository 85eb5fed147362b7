import Documents
import Foundation
import Graph
public import Linking
import Store

/// The cross-links of one run, stored as `links-to` and `addresses` edges with their scores
/// and shared terms.
public struct LinkRun: Sendable {
    public var linksTo: [CrossLink]
    public var addresses: [CrossLink]
    public var threshold: Double
    public var perSource: Int

    /// The id of the run the links are stored as.
    static let runID = "link-run"

    var delta: GraphDelta {
        func edge(_ link: CrossLink, _ kind: EdgeKind) -> Edge {
            var properties = Properties()
            properties.setList(.sharedTerms, link.sharedTerms)
            return Edge(source: link.source, target: link.target, kind: kind, weight: link.score, properties: properties)
        }
        return GraphDelta(edges: linksTo.map { edge($0, .linksTo) } + addresses.map { edge($0, .addresses) })
    }

    func store(in store: any GraphStoring) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let hash = ContentDigest.of(try encoder.encode([linksTo, addresses]))
        let run = Run(
            id: Self.runID, kind: .linking, command: "agenda link --threshold \(threshold) --per-question \(perSource)",
            title: "cross-links", date: ISO8601DateFormatter().string(from: Date()), fingerprint: hash)
        try store.store(run, delta: delta)
    }
}
