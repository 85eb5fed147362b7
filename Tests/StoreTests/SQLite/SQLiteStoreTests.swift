import Foundation
import GRDB
import Graph
@testable import Store
import TestSupport
import Testing

/// What the SQLite store does beyond the contract: its file, its schema's migrations, rows it
/// cannot read, what SQLite's failures tell a person to do.
@Suite struct SQLiteStoreTests {
    func sample(_ suffix: String = "") -> GraphDelta {
        GraphDelta(
            nodes: [
                Node(id: "doc:w1", kind: .workshop, label: "Werkatelier" + suffix, provenance: Provenance(document: "doc", line: 1)),
                Node(id: "doc:w1.n1", kind: .note, label: "Notitie", text: "Notitie <met> tekens & zo", provenance: Provenance(document: "doc", line: 2), properties: [.theme: "Thema"]),
            ],
            edges: [Edge(source: "doc:w1.n1", target: "doc:w1", kind: .partOf)])
    }

    @Test func reportsAFileThatIsNoDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("not.sqlite").path
        try "dit is geen database, maar gewone tekst die lang genoeg is om de kop te vullen".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            (error as? GraphError)?.code == .database && "\(error)".contains(path)
        }
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
        try SQLiteStore(path: path).ingest(testDocument("doc"), fingerprint: "f1", delta: sample())
        try DatabaseQueue(path: path).write { try $0.execute(sql: sql) }
        let store = try SQLiteStore(path: path)
        #expect {
            try store.snapshot()
        } throws: { error in
            (error as? GraphError)?.code == .database && "\(error)".contains(path)
        }
    }
}

extension SQLiteStoreTests {
    /// A database written before runs had their own table: its runs, stored as documents,
    /// become runs, with their nodes and edges, and the documents stay documents.
    @Test func movesRunsStoredAsDocumentsIntoTheirOwnTable() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try SQLiteSchema.migrator.migrate(queue, upTo: "v2: shared entities")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO document VALUES ('doc', 'doc.txt', 'workshop-report', NULL, NULL, 'h', 'f1', NULL)")
            try db.execute(sql: "INSERT INTO document VALUES ('cluster-run-group', 'agenda cluster --scope group --k auto', 'cluster-run', 'clustering per group', '2026-01-01', 'h', 'r1', NULL)")
            try db.execute(sql: "INSERT INTO node VALUES ('doc:n1', 'note', 'Notitie', NULL, 'doc', 1, 1, 0, '{}')")
            try db.execute(sql: "INSERT INTO node VALUES ('cluster-run-group:c1', 'cluster', 'Werk', NULL, 'cluster-run-group', 0, 0, 0, '{}')")
            try db.execute(sql: "INSERT INTO edge VALUES ('doc:n1', 'cluster-run-group:c1', 'assigned-to', 0.7, 'cluster-run-group', 0, '{}')")
        }
        let store = try SQLiteStore(path: path)
        #expect(try store.documents().map(\.id) == ["doc"])
        #expect(try store.runs() == [Run(id: "cluster-run-group", kind: .clustering, command: "agenda cluster --scope group --k auto", title: "clustering per group", date: "2026-01-01", fingerprint: "r1")])
        #expect(try store.nodes().map(\.id) == ["cluster-run-group:c1", "doc:n1"])
        #expect(try store.edges().map(\.kind) == [.assignedTo])
        #expect(try store.statistics().runs == 1)
    }
}

/// What a person is told to do depends on what SQLite said: a full disk is not a wrong file.
@Suite struct DatabaseRemedyTests {
    @Test func saysWhatToDoForEachFailure() {
        #expect(SQLiteStore.remedy(for: DatabaseError(resultCode: .SQLITE_FULL)).contains("disk is full"))
        #expect(SQLiteStore.remedy(for: DatabaseError(resultCode: .SQLITE_BUSY)).contains("another agenda"))
        #expect(SQLiteStore.remedy(for: DatabaseError(resultCode: .SQLITE_READONLY)).contains("may be written"))
        #expect(SQLiteStore.remedy(for: DatabaseError(resultCode: .SQLITE_NOTADB)).contains("agenda database"))
    }
}
