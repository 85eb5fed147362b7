import Foundation
import Testing
import Graph
@testable import Export

@Suite struct GraphMLWriterTests {
    @Test func theCorpusGraphValidatesAndReadsBack() throws {
        let store = try ExportFixtures.corpusWorkspace()
        let snapshot = try store.graph()
        let statistics = try store.statistics()
        let xml = GraphMLWriter().string(snapshot)
        #expect(LibXML.validate(xml, schema: ExportFixtures.graphMLSchema) == [])

        let elements = LibXML.graphElements(xml)
        let nodes = elements.filter { $0.name == "node" }
        let edges = elements.filter { $0.name == "edge" }
        #expect(nodes.count == statistics.nodeTotal)
        #expect(edges.count == statistics.edgeTotal)
        var kinds: [String: Int] = [:]
        for node in nodes { kinds[node.data["v_kind"] ?? "?", default: 0] += 1 }
        #expect(kinds == Dictionary(uniqueKeysWithValues: statistics.nodes.map { ($0.key.rawValue, $0.value) }))
        var edgeKinds: [String: Int] = [:]
        for edge in edges { edgeKinds[edge.data["e_kind"] ?? "?", default: 0] += 1 }
        #expect(edgeKinds == Dictionary(uniqueKeysWithValues: statistics.edges.map { ($0.key.rawValue, $0.value) }))

        let note = try #require(nodes.first { $0.data["v_text"] == "Inclusieve cultuur bevorderen" })
        #expect(note.data["v_kind"] == "note")
        #expect(note.data["v_line"] == "238")
        #expect(note.data["v_p_group"] == "Groep geel")
        #expect(note.data["v_p_workshop"] == "inclusieve organisatie")
        let workshop = try #require(nodes.first { $0.data["v_kind"] == "workshop" })
        #expect(workshop.data["v_p_date"] == "2018-03-28")
        #expect(edges.allSatisfy { $0.data["e_weight"] != nil })
    }

    @Test func declaresEveryKeyOnceWithNameAndTypeAndNoGephiDefaultIDs() throws {
        let xml = GraphMLWriter().string(try ExportFixtures.corpusWorkspace().graph())
        let keys = LibXML.graphElements(xml).filter { $0.name == "key" }
        let ids = keys.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count)
        #expect(keys.allSatisfy { $0.attributes["attr.name"] != nil && $0.attributes["attr.type"] != nil })
        #expect(!ids.contains { $0.range(of: #"^d[0-9]+$"#, options: .regularExpression) != nil })
        #expect(ids.allSatisfy { $0.hasPrefix("v_") || $0.hasPrefix("e_") })
    }

    @Test func escapesMarkupAndDropsForbiddenCharacters() throws {
        let xml = GraphMLWriter().string(ExportFixtures.awkward)
        #expect(LibXML.validate(xml, schema: ExportFixtures.graphMLSchema) == [])
        let nodes = LibXML.graphElements(xml).filter { $0.name == "node" }
        #expect(nodes.map { $0.data["v_label"] } == ["Werkatelier <1> & \"2\"", "Notitie", "Émile Ünal"])
        #expect(nodes[1].data["v_text"] == "a < b && c > d, 'quote' \"dubbel\" tab\there\r\nregel 😀 👩‍👩‍👧")
        #expect(nodes[1].data["v_p_theme"] == "Thema]]>")
        // A property that shares a name with a reader's own attribute is renamed, not clashing.
        #expect(nodes[1].data["v_p_label"] == "eigen label")
        #expect(xml.contains(#"attr.name="property-label""#))
        #expect(nodes.map { $0.attributes["id"] } == ["doc_w1", "doc_w1.n1", "doc_with_space_x"])
    }

    @Test func keepsOnlyEdgesWithBothEndsAndWritesFiniteWeights() {
        let edges = LibXML.graphElements(GraphMLWriter().string(ExportFixtures.awkward)).filter { $0.name == "edge" }
        #expect(edges.count == 2)
        #expect(edges.map { $0.data["e_weight"] } == ["1.0", "0.25"])
        #expect(edges[1].data["e_p_sentence"] == "<zin> & meer")
        #expect(edges.map { $0.attributes["id"] } == ["e0", "e1"])
    }

    @Test func writesTheSameBytesEveryTime() throws {
        let first = GraphMLWriter().string(try ExportFixtures.corpusWorkspace().graph())
        let second = GraphMLWriter().string(try ExportFixtures.corpusWorkspace().graph())
        #expect(first == second)
    }

    @Test func yedProfileValidatesAgainstTheLaxSchemaAndCarriesLabelsAndColours() throws {
        let snapshot = try ExportFixtures.corpusWorkspace().graph()
        let xml = GraphMLWriter(profile: .yed).string(snapshot)
        #expect(LibXML.validate(xml, schema: ExportFixtures.yedSchema) == [])
        #expect(!LibXML.validate(xml, schema: ExportFixtures.graphMLSchema).isEmpty)
        #expect(xml.contains(#"<key id="v_graphics" for="node" yfiles.type="nodegraphics"/>"#))
        #expect(xml.components(separatedBy: "<y:ShapeNode>").count - 1 == snapshot.nodes.count)
        #expect(xml.contains("<y:NodeLabel>Groep geel</y:NodeLabel>"))
        #expect(xml.contains(#"<y:Fill color="\#(NodeStyle.of(.theme).hex)" transparent="false"/>"#))
    }

    @Test func tokensStayUniqueWhenIDsFoldTogether() {
        #expect(GraphMLWriter.tokens(for: ["a:b", "a b", "a_b", "a:b-2"]) == ["a_b", "a_b-2", "a_b-3", "a_b-2-2"])
    }
}

@Suite struct GraphMLListTests {
    @Test func writesAListAsAJSONArrayThatReadsBackItemForItem() throws {
        let items = ["a; b", "c, d", "\"quoted\" \\ slash/", "tab\there\nnew line", "\u{1}control", "😀 Ünal"]
        var node = Node(id: "d:n1", kind: .note, label: "Notitie", provenance: Provenance(document: "d", line: 1))
        node.properties.setList(.keywords, items)
        let text = GraphMLWriter.text(of: node.properties[value: .keywords] ?? .text(""))
        #expect(try JSONDecoder().decode([String].self, from: Data(text.utf8)) == items)
        #expect(GraphMLWriter.text(of: .text("a; b, c")) == "a; b, c")
    }
}
