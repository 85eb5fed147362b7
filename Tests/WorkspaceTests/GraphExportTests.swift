import Foundation
import Graph
import Store
import TestSupport
import Testing
import Workspace

/// A graph stored and exported as `agenda export graphml` exports it.
@Suite struct GraphExportTests {
    @Test func aListValueWithSeparatorsInItsItemsSurvivesStoreAndGraphML() throws {
        let folder = try TemporaryFolder()
        let workspace = Workspace(corpus: folder.url, store: try SQLiteStore(), reporter: RecordingReporter())
        let roles = ["lector Inclusieve arbeid, kwetsbare burgers", "voorzitter; tijdelijk"]
        var person = Node(id: "person:anna-de-vries", kind: .person, label: "Anna de Vries", provenance: Provenance(document: "doc", line: 1))
        person.properties.setList(.role, roles)
        person.properties[.affiliation] = "Hogeschool; Rotterdam, afdeling Zorg"
        try workspace.store(testDocument("doc"), fingerprint: "f", delta: GraphDelta(nodes: [person]))
        #expect(try workspace.node(id: person.id).node.properties.list(.role) == roles)

        let file = folder.file("graph.graphml")
        try workspace.writeGraph(.graphml(.plain), to: file)
        let xml = try String(contentsOf: file, encoding: .utf8)
        let data = try #require(Self.data(xml, key: "v_p_role"))
        #expect(try JSONDecoder().decode([String].self, from: Data(data.utf8)) == roles)
        #expect(Self.data(xml, key: "v_p_affiliation") == "Hogeschool; Rotterdam, afdeling Zorg")
    }

    @Test func storesAClusterRunWithItsKeywordsAsAList() throws {
        let workspace = try BundledCorpus.ingested()
        let run = try workspace.cluster(scope: .group, count: .automatic, analysis: try workspace.textAnalysis())
        let stored = try workspace.nodes(kind: .cluster)
        #expect(stored.count == run.clusterCount)
        let first = try #require(run.parts.first?.result.clusters.first)
        #expect(stored.first?.properties.list(.keywords) == first.keywords)
        #expect(stored.allSatisfy { $0.id.hasPrefix(ClusterScope.group.runID + ":") })
    }

    /// The unescaped text of the first `<data key="KEY">` element.
    static func data(_ xml: String, key: String) -> String? {
        guard let start = xml.range(of: #"<data key="\#(key)">"#), let end = xml[start.upperBound...].range(of: "</data>") else { return nil }
        return String(xml[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
