import Testing
@testable import Graph

/// People and organisations named in several documents are one node each.
@Suite struct SharedEntityTests {
    func delta(_ document: String, role: String?) -> GraphDelta {
        var properties: [String: String] = [:]
        if let role { properties["role"] = role }
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
        try store.ingest(Fixtures.document("a"), fingerprint: "a1", delta: delta("a", role: "lector HRM"))
        try store.ingest(Fixtures.document("b"), fingerprint: "b1", delta: delta("b", role: "lector Persoonlijk Ondernemerschap"))
        let people = try store.nodes(kind: .person)
        #expect(people.count == 1)
        #expect(people.first?.properties["role"] == "lector HRM; lector Persoonlijk Ondernemerschap")
        #expect(people.first?.properties["documents"] == "a; b")
        #expect(people.first?.provenance.document == "a")
        // The same edge stated by both documents is one edge.
        #expect(try store.edges().filter { $0.kind == .affiliatedWith }.count == 1)
        #expect(try store.statistics().edges["affiliated-with"] == 1)

        // Document a no longer names her: she stays, as b gives her.
        try store.ingest(Fixtures.document("a"), fingerprint: "a2", delta: GraphDelta(nodes: [Node(id: "a:n1", kind: .note, label: "Notitie", provenance: Provenance(document: "a", line: 1))]))
        let remaining = try store.nodes(kind: .person)
        #expect(remaining.first?.properties["role"] == "lector Persoonlijk Ondernemerschap")
        #expect(remaining.first?.provenance.document == "b")

        // No document names her: she is gone.
        try store.ingest(Fixtures.document("b"), fingerprint: "b2", delta: GraphDelta())
        #expect(try store.nodes(kind: .person).isEmpty)
        #expect(try store.nodes(kind: .organisation).isEmpty)
    }

    @Test func mergesTheCorpusStakeholdersAcrossDocuments() throws {
        let store = try GraphStore()
        let corpus = try Corpus.open(Fixtures.corpus)
        let ingestor = Ingestor(store: store, lexicon: corpus.lexicon, lexiconDigest: corpus.lexiconDigest)
        for entry in corpus.manifest.documents { try ingestor.ingest(corpus.url(of: entry), kind: entry.kind, title: entry.title, date: entry.date) }
        let organisations = try store.nodes(kind: .organisation)
        let divosa = organisations.filter { $0.label == "Divosa" }
        #expect(divosa.count == 1)
        #expect(divosa.first?.properties["documents"]?.contains("warm-rotterdam-passend-werk-2019") == true)
        #expect(organisations.filter { $0.label.lowercased() == "inholland" }.count == 1)
        let ministries = organisations.filter { $0.label == "Ministerie van Sociale Zaken en Werkgelegenheid" }
        #expect(ministries.count == 1)
        #expect((ministries.first?.properties["documents"]?.components(separatedBy: "; ").count ?? 0) >= 2)
    }
}
