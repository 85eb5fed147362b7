import Foundation
import GRDB
public import Graph

/// The knowledge graph on disk: an SQLite database of documents, runs, nodes and edges, the
/// embedded implementation of the store contract (``GraphStoring``).
///
/// Each document is ingested in one transaction: its previous nodes and edges are replaced
/// as a whole, or, when the document and the way it is read are unchanged, nothing is
/// written at all. A failure leaves the database as it was.
public struct SQLiteStore: GraphStoring {
    private let database: DatabaseQueue
    /// The database file, or `nil` for an in-memory store.
    public let path: String?

    public var location: String? { path }

    /// Opens (or creates) the database at `path` and brings its schema up to date.
    ///
    /// - Throws: ``GraphError`` when the file cannot be opened as an agenda database.
    public init(path: String) throws(GraphError) {
        self.path = path
        database = try Self.mapped(path) { try DatabaseQueue(path: path, configuration: Self.configuration) }
        try migrate()
    }

    /// Opens a fresh database in memory, for tests and one-off runs.
    public init() throws(GraphError) {
        path = nil
        database = try Self.mapped(nil) { try DatabaseQueue(configuration: Self.configuration) }
        try migrate()
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        return configuration
    }

    private func migrate() throws(GraphError) {
        try Self.mapped(path) { try SQLiteSchema.migrator.migrate(database) }
    }

    // MARK: Writing

    /// Stores several documents in one transaction: all of them, or — when any fails — none,
    /// so that an ingest of many files never leaves some stored and some not.
    ///
    /// - Returns: what storing did to each, in the order given.
    @discardableResult
    public func ingest(_ documents: [Ingestion]) throws(GraphError) -> [IngestOutcome] {
        try Self.mapped(path) {
            try database.write { db -> [IngestOutcome] in
                try documents.map { try Self.ingest($0, in: db) }
            }
        }
    }

    private static func ingest(_ ingestion: Ingestion, in db: Database) throws -> IngestOutcome {
        let (document, fingerprint, encoding, delta) = (ingestion.document, ingestion.fingerprint, ingestion.encoding, ingestion.delta)
        let existing = try DocumentRecord.fetchOne(db, key: document.id)
        if var existing, existing.fingerprint == fingerprint {
            // The same content read from another place: only the path is news.
            if existing.path != document.path {
                existing.path = document.path
                try existing.update(db)
            }
            return .unchanged
        }
        try DocumentRecord(
            id: document.id, path: document.path, kind: document.kind, title: document.title,
            date: document.date, contentHash: document.contentHash, fingerprint: fingerprint, encoding: encoding
        ).save(db)
        try replaceContent(of: document.id, with: delta, in: db)
        return existing == nil ? .added : .replaced
    }

    /// Replaces what `owner` (a document or a run, saved already) states with `delta`: its
    /// nodes and edges, and its versions of the shared entities, each merged again.
    private static func replaceContent(of owner: String, with delta: GraphDelta, in db: Database) throws {
        let sharedKinds = NodeKind.allCases.filter(\.isShared)
        try EdgeRecord.filter(EdgeRecord.Columns.document == owner).deleteAll(db)
        try NodeRecord.filter(NodeRecord.Columns.document == owner && !sharedKinds.map(\.rawValue).contains(NodeRecord.Columns.kind)).deleteAll(db)
        var touched = Set(try SourceRecord.filter(SourceRecord.Columns.document == owner).fetchAll(db).map(\.node))
        try SourceRecord.filter(SourceRecord.Columns.document == owner).deleteAll(db)
        for (position, node) in delta.nodes.enumerated() {
            var stored = node
            stored.provenance.document = owner
            if node.kind.isShared {
                try SourceRecord(stored, position: position).insert(db)
                touched.insert(node.id)
            } else {
                try NodeRecord(stored, position: position).insert(db)
            }
        }
        for (position, edge) in delta.edges.enumerated() {
            try EdgeRecord(edge, document: owner, position: position).insert(db)
        }
        for id in touched.sorted() { try resolveShared(id, in: db) }
    }

    /// Rebuilds a shared entity's node from every document that names it (``SharedEntity``),
    /// or removes it when none does.
    private static func resolveShared(_ id: String, in db: Database) throws {
        let sources = try SourceRecord.filter(SourceRecord.Columns.node == id).order(SourceRecord.Columns.document).fetchAll(db)
        try NodeRecord.deleteOne(db, key: id)
        guard let first = sources.first, let merged = SharedEntity.merged(try sources.map { try $0.version() }) else { return }
        try NodeRecord(merged, position: first.position).insert(db)
    }

    /// Stores `delta` as the whole result of `run`, replacing the run's previous result; a run
    /// with an unchanged fingerprint writes nothing.
    @discardableResult
    public func store(_ run: Run, delta: GraphDelta) throws(GraphError) -> IngestOutcome {
        try Self.mapped(path) {
            try database.write { db -> IngestOutcome in
                let existing = try RunRecord.fetchOne(db, key: run.id)
                if existing?.fingerprint == run.fingerprint { return .unchanged }
                try RunRecord(run).save(db)
                try Self.replaceContent(of: run.id, with: delta, in: db)
                return existing == nil ? .added : .replaced
            }
        }
    }

    // MARK: Reading

    /// The stored documents, by id.
    public func documents() throws(GraphError) -> [Document] {
        try Self.mapped(path) {
            try database.read { db in
                try DocumentRecord.order(DocumentRecord.Columns.id).fetchAll(db).map(\.document)
            }
        }
    }

    /// The stored runs, by id.
    public func runs() throws(GraphError) -> [Run] {
        try Self.mapped(path) {
            try database.read { db in try RunRecord.order(RunRecord.Columns.id).fetchAll(db).map(\.run) }
        }
    }

    /// The nodes of `kind` (all nodes when `nil`), in document order.
    public func nodes(kind: NodeKind?) throws(GraphError) -> [Node] {
        try Self.mapped(path) {
            try database.read { db in
                var request = NodeRecord.all()
                if let kind { request = request.filter(NodeRecord.Columns.kind == kind.rawValue) }
                return try request.order(NodeRecord.Columns.document, NodeRecord.Columns.position).fetchAll(db).map { try $0.node() }
            }
        }
    }

    /// The node with `id`, if stored.
    public func node(id: String) throws(GraphError) -> Node? {
        try Self.mapped(path) { try database.read { db in try NodeRecord.fetchOne(db, key: id)?.node() } }
    }

    /// All edges, in document order.
    public func edges() throws(GraphError) -> [Edge] {
        try Self.mapped(path) {
            try database.read { db in
                Self.distinct(try EdgeRecord.order(EdgeRecord.Columns.document, EdgeRecord.Columns.position).fetchAll(db).map { try $0.edge() })
            }
        }
    }

    /// The edges with each (source, target, kind) once: the first document that states it wins.
    private static func distinct(_ edges: [Edge]) -> [Edge] {
        var seen: Set<String> = []
        return edges.filter { seen.insert("\($0.source)\u{1}\($0.target)\u{1}\($0.kind.rawValue)").inserted }
    }

    /// Documents, nodes and edges as they are at one moment.
    public func snapshot() throws(GraphError) -> GraphSnapshot {
        try Self.mapped(path) {
            try database.read { db in
                let documents = try DocumentRecord.order(DocumentRecord.Columns.id).fetchAll(db).map(\.document)
                let runs = try RunRecord.order(RunRecord.Columns.id).fetchAll(db).map(\.run)
                let nodes = try NodeRecord.order(NodeRecord.Columns.document, NodeRecord.Columns.position).fetchAll(db).map { try $0.node() }
                let edges = Self.distinct(try EdgeRecord.order(EdgeRecord.Columns.document, EdgeRecord.Columns.position).fetchAll(db).map { try $0.edge() })
                return GraphSnapshot(documents: documents, runs: runs, nodes: nodes, edges: edges)
            }
        }
    }

    /// Counts of documents, and of nodes and edges by kind.
    public func statistics() throws(GraphError) -> GraphStatistics {
        try Self.mapped(path) {
            try database.read { db in
                let documents = try DocumentRecord.fetchCount(db)
                let runs = try RunRecord.fetchCount(db)
                let nodeRows = try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) AS n FROM node GROUP BY kind ORDER BY kind")
                let edgeRows = try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) AS n FROM (SELECT DISTINCT source, target, kind FROM edge) GROUP BY kind ORDER BY kind")
                func counts<Kind: RawRepresentable & Hashable>(_ rows: [Row], as _: Kind.Type) throws -> [Kind: Int] where Kind.RawValue == String {
                    var counts: [Kind: Int] = [:]
                    for row in rows {
                        let name: String = row["kind"]
                        guard let kind = Kind(rawValue: name) else {
                            throw GraphError(.database, file: path, problem: "the database holds the kind '\(name)', which this version of agenda does not know", remedy: "rebuild it with `agenda build`, or open it with the version of agenda that wrote it")
                        }
                        counts[kind] = row["n"]
                    }
                    return counts
                }
                return GraphStatistics(documents: documents, runs: runs, nodes: try counts(nodeRows, as: NodeKind.self), edges: try counts(edgeRows, as: EdgeKind.self))
            }
        }
    }

    // MARK: Decisions

    /// An SQLite store is one person's: the decisions in force are the corpus folder's files.
    public var holdsDecisions: Bool { false }

    public func decisions(_ set: DecisionSet) throws(GraphError) -> DecisionVersion? {
        try Self.mapped(path) {
            try database.read { db in
                try DecisionRecord.filter(DecisionRecord.Columns.set == set.rawValue).order(DecisionRecord.Columns.sequence.desc).fetchOne(db)?.version
            }
        }
    }

    @discardableResult
    public func appendDecisions(_ version: DecisionVersion, after expected: Int) throws(GraphError) -> DecisionVersion {
        let path = path
        return try Self.mapped(path) {
            try database.write { db in
                let newest = try DecisionRecord.filter(DecisionRecord.Columns.set == version.set.rawValue).order(DecisionRecord.Columns.sequence.desc).fetchOne(db)
                guard (newest?.sequence ?? 0) == expected else {
                    throw GraphError(.conflict, file: path, problem: "the \(version.set.rawValue) were changed since they were read", remedy: "read them again and make the change again")
                }
                let record = DecisionRecord(version)
                try record.insert(db)
                return DecisionVersion(sequence: Int(db.lastInsertedRowID), set: version.set, author: version.author, time: version.time, change: version.change, content: version.content)
            }
        }
    }

    public func decisionHistory() throws(GraphError) -> [DecisionVersion] {
        try Self.mapped(path) {
            try database.read { db in try DecisionRecord.order(DecisionRecord.Columns.sequence).fetchAll(db).map(\.version) }
        }
    }

    // MARK: People

    public func addPerson(_ person: TeamMember) throws(GraphError) {
        try Self.mapped(path) { try database.write { db in try PersonRecord(person).save(db) } }
    }

    public func person(tokenDigest: String) throws(GraphError) -> TeamMember? {
        try Self.mapped(path) {
            try database.read { db in try PersonRecord.filter(PersonRecord.Columns.tokenDigest == tokenDigest).fetchOne(db)?.member }
        }
    }

    public func people() throws(GraphError) -> [TeamMember] {
        try Self.mapped(path) { try database.read { db in try PersonRecord.order(PersonRecord.Columns.name).fetchAll(db).map(\.member) } }
    }

    // MARK: Checking

    public func integrityCheck() throws(GraphError) -> IntegrityReport {
        try Self.mapped(path) {
            try database.read { db in
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "a row of \($0["table"] as String? ?? "?") refers to a missing row of \($0["parent"] as String? ?? "?")" }
                return IntegrityReport(checks: ["SQLite's integrity check", "SQLite's foreign key check"], problems: integrity + keys)
            }
        }
    }

    // MARK: Copying

    public func contents() throws(GraphError) -> StoreContents {
        try Self.mapped(path) {
            try database.read { db in
                let documents = try Row.fetchAll(db, sql: "SELECT id, fingerprint, encoding FROM document ORDER BY id")
                var ingestions: [Ingestion] = []
                for row in documents {
                    let id: String = row["id"]
                    guard let document = try DocumentRecord.fetchOne(db, key: id)?.document else { continue }
                    ingestions.append(Ingestion(document: document, fingerprint: row["fingerprint"], encoding: row["encoding"], delta: try Self.delta(of: id, in: db)))
                }
                let runs = try RunRecord.order(RunRecord.Columns.id).fetchAll(db).map { StoredRun(run: $0.run, delta: try Self.delta(of: $0.id, in: db)) }
                let decisions = try DecisionRecord.order(DecisionRecord.Columns.sequence).fetchAll(db).map(\.version)
                let people = try PersonRecord.order(PersonRecord.Columns.name).fetchAll(db).map(\.member)
                return StoreContents(documents: ingestions, runs: runs, decisions: decisions, people: people)
            }
        }
    }

    /// What `owner` stated, in the order it stated it: its own nodes and its versions of the
    /// shared entities, by position, and its edges.
    private static func delta(of owner: String, in db: Database) throws -> GraphDelta {
        let sharedKinds = NodeKind.allCases.filter(\.isShared).map(\.rawValue)
        let own = try NodeRecord.filter(NodeRecord.Columns.document == owner && !sharedKinds.contains(NodeRecord.Columns.kind))
            .fetchAll(db).map { (position: $0.position, node: try $0.node()) }
        let shared = try SourceRecord.filter(SourceRecord.Columns.document == owner).fetchAll(db).map { (position: $0.position, node: try $0.version()) }
        let nodes = (own + shared).sorted { $0.position < $1.position }.map(\.node)
        let edges = try EdgeRecord.filter(EdgeRecord.Columns.document == owner).order(EdgeRecord.Columns.position).fetchAll(db).map { try $0.edge() }
        return GraphDelta(nodes: nodes, edges: edges)
    }

    public func load(_ contents: StoreContents) throws(GraphError) {
        let path = path
        try Self.mapped(path) {
            try database.write { db in
                let held = try DocumentRecord.fetchCount(db) + RunRecord.fetchCount(db) + DecisionRecord.fetchCount(db) + PersonRecord.fetchCount(db)
                guard held == 0 else {
                    throw GraphError(.database, file: path, problem: "already holds a graph", remedy: "copy into a new file or an empty database")
                }
                for ingestion in contents.documents { _ = try Self.ingest(ingestion, in: db) }
                for stored in contents.runs {
                    try RunRecord(stored.run).insert(db)
                    try Self.replaceContent(of: stored.run.id, with: stored.delta, in: db)
                }
                for version in contents.decisions {
                    try DecisionRecord(sequence: version.sequence, set: version.set, author: version.author, time: version.time, change: version.change, content: version.content).insert(db)
                }
                for person in contents.people { try PersonRecord(person).insert(db) }
            }
        }
    }

    // MARK: Errors

    /// What a person can do about what SQLite said: a full disk, a read-only file or folder, a
    /// database another program holds, a file that is not a database.
    static func remedy(for error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_FULL: "the disk is full; free some space and run the command again (nothing was half-written)"
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: "check that the file and its folder may be written, or pass another --db"
        case .SQLITE_BUSY, .SQLITE_LOCKED: "another agenda (or another program) is using the database; wait for it to finish and try again"
        case .SQLITE_IOERR: "the disk could not be read or written; check it has space and is still there, and try again"
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: "check the file is an agenda database, or pass another --db"
        default: "check the file is an agenda database and not in use, or pass another --db"
        }
    }

    private static func mapped<T>(_ path: String?, _ body: () throws -> T) throws(GraphError) -> T {
        do {
            return try body()
        } catch let error as GraphError {
            throw error
        } catch let error as DecodingError {
            throw GraphError(.database, file: path, problem: "the database holds a row this version of agenda cannot read (\(DecodingFailure.summary(error)))", remedy: "rebuild it with `agenda build`, or open it with the version of agenda that wrote it")
        } catch let error as DatabaseError {
            throw GraphError(.database, file: path, problem: "the database refused the operation (\(error.message ?? error.description))", remedy: remedy(for: error))
        } catch {
            throw GraphError(.database, file: path, problem: "the database cannot be used (\(error))", remedy: "check the path and its permissions, or pass another --db")
        }
    }
}
