import Graph
import Store
import TestSupport
import Testing

/// People and organisations named in several documents are one node each.
@Suite struct SharedEntityTests {
    func delta(_ document: String, role: String?) -> GraphDelta {
        var properties = Properties()
        if let role { properties.setList(.role, [role]) }
        return GraphDelta(
            nodes: [
                Node(id: "\(document):n1", kind: .note, label: "Notitie", provenance: Provenance(document: document, line: 1)),
                Node(id: "person:petra-biemans", kind: .person, label: "Petra Biemans", provenance: Provenance(document: document, line: 2), properties: properties),
                Node(id: "organisation:inholland", kind: .organisation, label: "Inholland", provenance: Provenance(document: document, line: 2)),
            ],
            edges: [Edge(source: "person:petra-biemans", target: "organisation:inholland", kind: .affiliatedWith)])
    }

    @Test func mergesAnEntityNamedInTwoDocumentsAndKeepsItWhileOneStillNamesIt() throws {
        let store = try GraphStore()
        try store.ingest(testDocument("a"), fingerprint: "a1", delta: delta("a", role: "lector HRM"))
        try store.ingest(testDocument("b"), fingerprint: "b1", delta: delta("b", role: "lector Persoonlijk Ondernemerschap"))
        let people = try store.nodes(kind: .person)
        #expect(people.count == 1)
        #expect(people.first?.properties.list(.role) == ["lector HRM", "lector Persoonlijk Ondernemerschap"])
        #expect(people.first?.properties.list(.documents) == ["a", "b"])
        #expect(people.first?.provenance.document == "a")
        // The same edge stated by both documents is one edge.
        #expect(try store.edges().filter { $0.kind == .affiliatedWith }.count == 1)
        #expect(try store.statistics().edges[.affiliatedWith] == 1)

        // Document a no longer names her: she stays, as b gives her.
        try store.ingest(testDocument("a"), fingerprint: "a2", delta: GraphDelta(nodes: [Node(id: "a:n1", kind: .note, label: "Notitie", provenance: Provenance(document: "a", line: 1))]))
        let remaining = try store.nodes(kind: .person)
        #expect(remaining.first?.properties.list(.role) == ["lector Persoonlijk Ondernemerschap"])
        #expect(remaining.first?.provenance.document == "b")

        // No document names her: she is gone.
        try store.ingest(testDocument("b"), fingerprint: "b2", delta: GraphDelta())
        #expect(try store.nodes(kind: .person).isEmpty)
        #expect(try store.nodes(kind: .organisation).isEmpty)
    }
}
