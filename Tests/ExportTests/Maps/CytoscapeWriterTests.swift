import Foundation
import Testing
import Graph
@testable import Export

@Suite struct CytoscapeWriterTests {
    /// The document as `JSONSerialization` reads it, with its nodes' and edges' `data`.
    static func read(_ json: String) throws -> (root: [String: Any], nodes: [[String: Any]], edges: [[String: Any]]) {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let elements = try #require(root["elements"] as? [String: Any])
        let nodes = try #require(elements["nodes"] as? [[String: Any]])
        let edges = try #require(elements["edges"] as? [[String: Any]])
        return (root, nodes, edges)
    }

    @Test func theCorpusGraphReadsBackWithItsCountsAndPositions() throws {
        let store = try ExportFixtures.corpusWorkspace()
        let statistics = try store.statistics()
        let (root, nodes, edges) = try Self.read(CytoscapeWriter().string(try store.graph()))
        #expect(nodes.count == statistics.nodeTotal)
        #expect(edges.count == statistics.edgeTotal)
        #expect(root["directed"] as? Bool == true)
        #expect(root["data"] is [String: Any])
        var ids: Set<String> = []
        for node in nodes {
            let data = try #require(node["data"] as? [String: Any])
            let id = try #require(data["id"] as? String)
            #expect(data["value"] as? String == id)
            #expect(data["name"] is String && data["kind"] is String && data["color"] is String)
            let position = try #require(node["position"] as? [String: Any])
            #expect(position["x"] is Double || position["x"] is Int)
            ids.insert(id)
        }
        #expect(ids.count == nodes.count)
        var pairs: Set<String> = []
        for edge in edges {
            let data = try #require(edge["data"] as? [String: Any])
            let source = try #require(data["source"] as? String), target = try #require(data["target"] as? String)
            #expect(ids.contains(source) && ids.contains(target))
            // NetworkX keys a multigraph's edges by (source, target, key): no two may share one.
            #expect(pairs.insert("\(source)|\(target)|\(data["key"] as? Int ?? -1)").inserted)
        }
    }

    @Test func keepsTextExactlyAndGivesParallelEdgesTheirOwnKey() throws {
        var snapshot = ExportFixtures.awkward
        snapshot.edges.append(Edge(source: "doc:w1.n1", target: "doc:w1", kind: .partOf))
        let (_, nodes, edges) = try Self.read(CytoscapeWriter().string(snapshot))
        let note = try #require(nodes.compactMap { $0["data"] as? [String: Any] }.first { $0["kind"] as? String == "note" })
        #expect(note["text"] as? String == "a < b && c > d, 'quote' \"dubbel\"\u{0}\u{1}\u{B}\u{1F} tab\there\r\nregel 😀 👩‍👩‍👧")
        // A property called like a field the writer fills is renamed.
        #expect(note["property-label"] as? String == "eigen label")
        let keys = edges.compactMap { ($0["data"] as? [String: Any])?["key"] as? Int }
        #expect(keys == [0, 0, 1])
    }

    @Test func writesTheSameBytesEveryTime() throws {
        #expect(CytoscapeWriter().string(try ExportFixtures.corpusWorkspace().graph()) == CytoscapeWriter().string(try ExportFixtures.corpusWorkspace().graph()))
    }
}
