import Testing
@testable import Graph

@Suite struct GraphStoreTests {
    func sample(_ suffix: String = "") -> GraphDelta {
        GraphDelta(
            nodes: [
                Node(id: "doc:w1", kind: .workshop, label: "Werkatelier" + suffix, provenance: Provenance(document: "doc", line: 1)),
                Node(id: "doc:w1.n1", kind: .note, label: "Notitie", text: "Notitie <met> tekens & zo", provenance: Provenance(document: "doc", line: 2), properties: ["theme": "Thema"]),
            ],
            edges: [Edge(source: "doc:w1.n1", target: "doc:w1", kind: .partOf)])
    }

    @Test func storesAndReadsBackNodesAndEdges() throws {
        let store = try GraphStore()
        let outcome = try store.ingest(Fixtures.document("doc"), fingerprint: "f1", delta: sample())
        #expect(outcome == .added)
        #expect(try store.nodes() == sample().nodes)
        #expect(try store.edges() == sample().edges)
        #expect(try store.nodes(kind: .note).first?.properties == ["theme": "Thema"])
        #expect(try store.statistics() == GraphStatistics(documents: 1, nodes: ["note": 1, "workshop": 1], edges: ["part-of": 1]))
    }

    @Test func writesNothingForAnUnchangedDocument() throws {
        let store = try GraphStore()
        try store.ingest(Fixtures.document("doc"), fingerprint: "f1", delta: sample())
        // The same fingerprint with a different delta proves nothing was written.
        let outcome = try store.ingest(Fixtures.document("doc"), fingerprint: "f1", delta: sample(" anders"))
        #expect(outcome == .unchanged)
        #expect(try store.nodes().first?.label == "Werkatelier")
    }

    @Test func replacesExactlyTheChangedDocument() throws {
        let store = try GraphStore()
        try store.ingest(Fixtures.document("doc"), fingerprint: "f1", delta: sample())
        let other = GraphDelta(nodes: [Node(id: "other:n1", kind: .note, label: "Ander", provenance: Provenance(document: "other", line: 1))])
        try store.ingest(Fixtures.document("other"), fingerprint: "o1", delta: other)
        let changed = GraphDelta(nodes: [Node(id: "doc:w1", kind: .workshop, label: "Nieuw", provenance: Provenance(document: "doc", line: 1))])
        #expect(try store.ingest(Fixtures.document("doc"), fingerprint: "f2", delta: changed) == .replaced)
        #expect(try store.nodes().map(\.label) == ["Nieuw", "Ander"])
        #expect(try store.edges().isEmpty)
    }

    @Test func leavesTheDatabaseAsItWasWhenAnIngestFails() throws {
        let store = try GraphStore()
        try store.ingest(Fixtures.document("doc"), fingerprint: "f1", delta: sample())
        var broken = sample(" kapot")
        broken.nodes.append(broken.nodes[0])  // two nodes with one id fail inside the transaction
        #expect(throws: GraphError.self) {
            try store.ingest(Fixtures.document("doc"), fingerprint: "f2", delta: broken)
        }
        #expect(try store.nodes() == sample().nodes)
        #expect(try store.edges() == sample().edges)
        // The old fingerprint still stands: the next good ingest of the old content is a no-op.
        #expect(try store.ingest(Fixtures.document("doc"), fingerprint: "f1", delta: sample()) == .unchanged)
    }

    @Test func keepsDataOnDiskAcrossOpenings() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("graph.sqlite").path
        try GraphStore(path: path).ingest(Fixtures.document("doc"), fingerprint: "f1", delta: sample())
        #expect(try GraphStore(path: path).nodes().count == 2)
    }

    @Test func reportsAFileThatIsNoDatabase() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("not.sqlite").path
        try "dit is geen database, maar gewone tekst die lang genoeg is om de kop te vullen".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try GraphStore(path: path)
        } throws: { error in
            (error as? GraphError)?.code == .database && "\(error)".contains(path)
        }
    }
}
