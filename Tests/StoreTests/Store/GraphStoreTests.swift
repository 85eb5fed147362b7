import Foundation
import GRDB
import Graph
@testable import Store
import TestSupport
import Testing

@Suite struct GraphStoreTests {
    func sample(_ suffix: String = "") -> GraphDelta {
        GraphDelta(
            nodes: [
                Node(id: "doc:w1", kind: .workshop, label: "Werkatelier" + suffix, provenance: Provenance(document: "doc", line: 1)),
                Node(id: "doc:w1.n1", kind: .note, label: "Notitie", text: "Notitie <met> tekens & zo", provenance: Provenance(document: "doc", line: 2), properties: [.theme: "Thema"]),
            ],
            edges: [Edge(source: "doc:w1.n1", target: "doc:w1", kind: .partOf)])
    }

    @Test func storesAndReadsBackNodesAndEdges() throws {
        let store = try GraphStore()
        let outcome = try store.ingest(testDocument("doc"), fingerprint: "f1", delta: sample())
        #expect(outcome == .added)
        #expect(try store.nodes() == sample().nodes)
        #expect(try store.edges() == sample().edges)
        #expect(try store.nodes(kind: .note).first?.properties == [.theme: "Thema"])
        #expect(try store.statistics() == GraphStatistics(documents: 1, nodes: [.note: 1, .workshop: 1], edges: [.partOf: 1]))
    }

    @Test func writesNothingForAnUnchangedDocument() throws {
        let store = try GraphStore()
        try store.ingest(testDocument("doc"), fingerprint: "f1", delta: sample())
        // The same fingerprint with a different delta proves nothing was written.
        let outcome = try store.ingest(testDocument("doc"), fingerprint: "f1", delta: sample(" anders"))
        #expect(outcome == .unchanged)
        #expect(try store.nodes().first?.label == "Werkatelier")
    }

    @Test func replacesExactlyTheChangedDocument() throws {
        let store = try GraphStore()
        try store.ingest(testDocument("doc"), fingerprint: "f1", delta: sample())
        let other = GraphDelta(nodes: [Node(id: "other:n1", kind: .note, label: "Ander", provenance: Provenance(document: "other", line: 1))])
        try store.ingest(testDocument("other"), fingerprint: "o1", delta: other)
        let changed = GraphDelta(nodes: [Node(id: "doc:w1", kind: .workshop, label: "Nieuw", provenance: Provenance(document: "doc", line: 1))])
        #expect(try store.ingest(testDocument("doc"), fingerprint: "f2", delta: changed) == .replaced)
        #expect(try store.nodes().map(\.label) == ["Nieuw", "Ander"])
        #expect(try store.edges().isEmpty)
    }

    @Test func leavesTheDatabaseAsItWasWhenAnIngestFails() throws {
        let store = try GraphStore()
        try store.ingest(testDocument("doc"), fingerprint: "f1", delta: sample())
        var broken = sample(" kapot")
        broken.nodes.append(broken.nodes[0])  // two nodes with one id fail inside the transaction
        #expect(throws: GraphError.self) {
            try store.ingest(testDocument("doc"), fingerprint: "f2", delta: broken)
        }
        #expect(try store.nodes() == sample().nodes)
        #expect(try store.edges() == sample().edges)
        // The old fingerprint still stands: the next good ingest of the old content is a no-op.
        #expect(try store.ingest(testDocument("doc"), fingerprint: "f1", delta: sample()) == .unchanged)
    }

    @Test func keepsDataOnDiskAcrossOpenings() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("graph.sqlite").path
        try GraphStore(path: path).ingest(testDocument("doc"), fingerprint: "f1", delta: sample())
        #expect(try GraphStore(path: path).nodes().count == 2)
    }

    @Test func reportsAFileThatIsNoDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("not.sqlite").path
        try "dit is geen database, maar gewone tekst die lang genoeg is om de kop te vullen".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try GraphStore(path: path)
        } throws: { error in
            (error as? GraphError)?.code == .database && "\(error)".contains(path)
        }
    }

    @Test func keepsListsAsListsWhateverTheirItemsHold() throws {
        let store = try GraphStore()
        var node = Node(id: "doc:c1", kind: .cluster, label: "Cluster", provenance: Provenance(document: "doc", line: 1))
        node.properties.setList(.keywords, ["werk; inkomen", "leren, ontwikkelen", "zorg"])
        node.properties[.description] = "een tekst; met, scheidingstekens"
        var edge = Edge(source: "doc:c1", target: "doc:c1", kind: .linksTo, weight: 0.5)
        edge.properties.setList(.sharedTerms, ["a, b", "c; d"])
        try store.ingest(testDocument("doc"), fingerprint: "f", delta: GraphDelta(nodes: [node], edges: [edge]))
        let stored = try #require(try store.node(id: "doc:c1"))
        #expect(stored.properties.list(.keywords) == ["werk; inkomen", "leren, ontwikkelen", "zorg"])
        #expect(stored.properties[.description] == "een tekst; met, scheidingstekens")
        #expect(try store.edges().first?.properties.list(.sharedTerms) == ["a, b", "c; d"])
    }

    @Test(arguments: [
        "UPDATE node SET kind = 'mind-map'",
        "UPDATE edge SET kind = 'inspires'",
        "UPDATE document SET kind = 'spreadsheet'",
        "UPDATE node SET properties = '{\"theme\": 3}'",
    ])
    func refusesARowItCannotReadInsteadOfDroppingIt(_ sql: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.file("graph.sqlite").path
        try GraphStore(path: path).ingest(testDocument("doc"), fingerprint: "f1", delta: sample())
        try DatabaseQueue(path: path).write { try $0.execute(sql: sql) }
        let store = try GraphStore(path: path)
        #expect {
            try store.snapshot()
        } throws: { error in
            (error as? GraphError)?.code == .database && "\(error)".contains(path)
        }
    }
}

/// What a person is told to do depends on what SQLite said: a full disk is not a wrong file.
@Suite struct DatabaseRemedyTests {
    @Test func saysWhatToDoForEachFailure() {
        #expect(GraphStore.remedy(for: DatabaseError(resultCode: .SQLITE_FULL)).contains("disk is full"))
        #expect(GraphStore.remedy(for: DatabaseError(resultCode: .SQLITE_BUSY)).contains("another agenda"))
        #expect(GraphStore.remedy(for: DatabaseError(resultCode: .SQLITE_READONLY)).contains("may be written"))
        #expect(GraphStore.remedy(for: DatabaseError(resultCode: .SQLITE_NOTADB)).contains("agenda database"))
    }
}
