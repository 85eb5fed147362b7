import Foundation
import Testing
import Graph
@testable import Export

@Suite struct GEXFWriterTests {
    @Test func theCorpusGraphValidatesAgainstTheGrammarAndReadsBackWithItsCounts() throws {
        let store = try ExportFixtures.corpusWorkspace()
        let snapshot = try store.graph()
        let statistics = try store.statistics()
        let xml = GEXFWriter().string(snapshot)
        #expect(LibXML.validateRelaxNG(xml, schema: ExportFixtures.gexfSchema) == [])

        let elements = LibXML.elements(xml)
        let nodes = elements.filter { $0.name == "node" }
        let edges = elements.filter { $0.name == "edge" }
        #expect(nodes.count == statistics.nodeTotal)
        #expect(edges.count == statistics.edgeTotal)
        #expect(elements.filter { $0.name == "position" }.count == nodes.count)
        #expect(elements.filter { $0.name == "color" }.count == nodes.count)
        #expect(elements.filter { $0.name == "size" }.count == nodes.count)
        var kinds: [String: Int] = [:]
        for value in elements where value.name == "attvalue" && value.attributes["for"] == "kind" { kinds[value.attributes["value"] ?? "?", default: 0] += 1 }
        var expected = Dictionary(uniqueKeysWithValues: statistics.nodes.map { ($0.key.rawValue, $0.value) })
        for (kind, count) in statistics.edges { expected[kind.rawValue, default: 0] += count }
        #expect(kinds == expected)
        #expect(!xml.contains("hex="))
        #expect(!xml.contains("schemaLocation"))
    }

    @Test func escapesTextAndKeepsLineBreaksInAttributes() throws {
        let xml = GEXFWriter().string(ExportFixtures.awkward)
        #expect(LibXML.validateRelaxNG(xml, schema: ExportFixtures.gexfSchema) == [])
        let elements = LibXML.elements(xml)
        #expect(elements.filter { $0.name == "node" }.map { $0.attributes["label"] } == ["Werkatelier <1> & \"2\"", "Notitie", "Émile Ünal"])
        let text = elements.first { $0.name == "attvalue" && $0.attributes["for"] == "text" }
        #expect(text?.attributes["value"] == "a < b && c > d, 'quote' \"dubbel\" tab\there\r\nregel 😀 👩‍👩‍👧")
        // The edge to a node outside the graph is left out, and a weight that is not finite becomes 1.
        let edges = elements.filter { $0.name == "edge" }
        #expect(edges.map { $0.attributes["weight"] } == ["1.0", "0.25"])
        #expect(edges.map { $0.attributes["label"] } == ["part-of", "speaks-at"])
    }

    @Test func placesTheAgendaNetworkWhereTheReportDrawsIt() throws {
        let snapshot = try ExportFixtures.corpusWorkspace().graph()
        let network = GraphLayout.network(of: snapshot)
        #expect(!network.nodes.isEmpty)
        let elements = LibXML.elements(GEXFWriter().string(snapshot))
        var positions: [String: (Double, Double)] = [:]
        var current: String?
        for element in elements {
            if element.name == "node" { current = element.attributes["id"] }
            if element.name == "position", let id = current {
                positions[id] = (Double(element.attributes["x"] ?? "") ?? .nan, Double(element.attributes["y"] ?? "") ?? .nan)
            }
        }
        let ids = Dictionary(zip(snapshot.nodes.map(\.id), GraphMLWriter.tokens(for: snapshot.nodes.map(\.id))), uniquingKeysWith: { a, _ in a })
        for (offset, node) in network.nodes.enumerated() {
            let position = try #require(positions[ids[node.id] ?? ""])
            #expect(abs(position.0 - network.layout.x[offset] * GraphAppearance.scale) < 0.06)
            #expect(abs(position.1 - network.layout.y[offset] * GraphAppearance.scale) < 0.06)
        }
        // Every node has a place of its own on the canvas.
        #expect(positions.count == snapshot.nodes.count)
    }

    @Test func coloursNotesByTheirClusterWhenAsked() {
        let note = { (id: String) in Node(id: id, kind: .note, label: id, provenance: Provenance(document: "d", line: 1)) }
        let snapshot = GraphSnapshot(
            nodes: [
                note("n1"), note("n2"), note("n3"),
                Node(id: "c1", kind: .cluster, label: "a", provenance: Provenance(document: "run", line: 1)),
                Node(id: "c2", kind: .cluster, label: "b", provenance: Provenance(document: "run", line: 1)),
            ],
            edges: [Edge(source: "n1", target: "c1", kind: .assignedTo), Edge(source: "n2", target: "c2", kind: .assignedTo), Edge(source: "n3", target: "c1", kind: .assignedTo)])
        let appearance = GraphAppearance(snapshot, colouring: .cluster)
        let colours = snapshot.nodes.map { appearance.colour(of: $0).hex }
        #expect(colours[0] == colours[2])
        #expect(colours[0] != colours[1])
        #expect(colours[3] == colours[0])
        #expect(GraphAppearance(snapshot).colour(of: snapshot.nodes[0]) == NodeStyle.of(.note))
        // Size grows with degree: the cluster with two notes is larger than the one with one.
        #expect(appearance.size(of: snapshot.nodes[3]) > appearance.size(of: snapshot.nodes[4]))
    }

    @Test func writesTheSameBytesEveryTime() throws {
        let first = GEXFWriter(colouring: .cluster).string(try ExportFixtures.corpusWorkspace().graph())
        let second = GEXFWriter(colouring: .cluster).string(try ExportFixtures.corpusWorkspace().graph())
        #expect(first == second)
    }
}
