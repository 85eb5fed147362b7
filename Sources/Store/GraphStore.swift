import Foundation
import GRDB
public import Graph

/// The knowledge graph on disk: an SQLite database of documents, nodes and edges.
///
/// Each document is ingested in one transaction: its previous nodes and edges are replaced
/// as a whole, or, when the document and the way it is read are unchanged, nothing is
/// written at all. A failure leaves the database as it was.
public struct GraphStore: Sendable {
    private let database: DatabaseQueue
    /// The database file, or `nil` for an in-memory store.
    public let path: String?

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
        try Self.mapped(path) { try GraphSchema.migrator.migrate(database) }
    }

    // MARK: Writing

    /// What ingesting a document did.
    public enum IngestOutcome: String, Sendable, Hashable, Codable {
        /// The document was new.
        case added
        /// The document had changed; its previous nodes and edges were replaced.
        case replaced
        /// The document and the way it is read were unchanged; nothing was written.
        case unchanged
    }

    /// Stores `delta` as the whole content of `document`, in one transaction.
    ///
    /// - Parameter fingerprint: identifies the document's bytes together with everything that
    ///   shapes how they are read (kind, lexicon, toolkit version); equal fingerprints mean the
    ///   stored content is already right.
    @discardableResult
    public func ingest(_ document: Document, fingerprint: String, encoding: String? = nil, delta: GraphDelta) throws(GraphError) -> IngestOutcome {
        try ingest([Ingestion(document: document, fingerprint: fingerprint, encoding: encoding, delta: delta)])[0]
    }

    /// One document's content to store: what ``ingest(_:)`` takes.
    public struct Ingestion: Sendable {
        public var document: Document
        /// See ``GraphStore/ingest(_:fingerprint:encoding:delta:)``.
        public var fingerprint: String
        public var encoding: String?
        public var delta: GraphDelta

        public init(document: Document, fingerprint: String, encoding: String? = nil, delta: GraphDelta) {
            self.document = document
            self.fingerprint = fingerprint
            self.encoding = encoding
            self.delta = delta
        }
    }

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
        let sharedKinds = NodeKind.allCases.filter(\.isShared)
        try EdgeRecord.filter(EdgeRecord.Columns.document == document.id).deleteAll(db)
        try NodeRecord.filter(NodeRecord.Columns.document == document.id && !sharedKinds.map(\.rawValue).contains(NodeRecord.Columns.kind)).deleteAll(db)
        var touched = Set(try SourceRecord.filter(SourceRecord.Columns.document == document.id).fetchAll(db).map(\.node))
        try SourceRecord.filter(SourceRecord.Columns.document == document.id).deleteAll(db)
        try DocumentRecord(
            id: document.id, path: document.path, kind: document.kind, title: document.title,
            date: document.date, contentHash: document.contentHash, fingerprint: fingerprint, encoding: encoding
        ).save(db)
        for (position, node) in delta.nodes.enumerated() {
            var stored = node
            stored.provenance.document = document.id
            if node.kind.isShared {
                try SourceRecord(stored, position: position).insert(db)
                touched.insert(node.id)
            } else {
                try NodeRecord(stored, position: position).insert(db)
            }
        }
        for (position, edge) in delta.edges.enumerated() {
            try EdgeRecord(edge, document: document.id, position: position).insert(db)
        }
        for id in touched.sorted() { try Self.resolveShared(id, in: db) }
        return existing == nil ? .added : .replaced
    }

    /// Rebuilds a shared entity's node from every document that names it, or removes it when
    /// none does. The first document (by id) gives label and provenance; a property that the
    /// documents give differently becomes the list of their values, each once.
    private static func resolveShared(_ id: String, in db: Database) throws {
        let sources = try SourceRecord.filter(SourceRecord.Columns.node == id).order(SourceRecord.Columns.document).fetchAll(db)
        try NodeRecord.deleteOne(db, key: id)
        guard let first = sources.first else { return }
        var values: [PropertyKey: [PropertyValue]] = [:]
        for source in sources {
            for (key, value) in try PropertyCoding.decode(source.properties) where !(values[key]?.contains(value) ?? false) {
                values[key, default: []].append(value)
            }
        }
        var merged = Properties()
        for (key, found) in values {
            if found.count == 1, let only = found.first {
                merged[value: key] = only
            } else {
                var items: [String] = []
                for item in found.flatMap(\.items) where !items.contains(item) { items.append(item) }
                merged.setList(key, items)
            }
        }
        if sources.count > 1 { merged.setList(.documents, sources.map(\.document)) }
        try NodeRecord(
            id: id, kind: first.kind, label: first.label, text: sources.compactMap(\.text).first,
            document: first.document, line: first.line, endLine: first.endLine, position: first.position,
            properties: try PropertyCoding.encode(merged)
        ).insert(db)
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

    /// The nodes of `kind` (all nodes when `nil`), in document order.
    public func nodes(kind: NodeKind? = nil) throws(GraphError) -> [Node] {
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
                let nodes = try NodeRecord.order(NodeRecord.Columns.document, NodeRecord.Columns.position).fetchAll(db).map { try $0.node() }
                let edges = Self.distinct(try EdgeRecord.order(EdgeRecord.Columns.document, EdgeRecord.Columns.position).fetchAll(db).map { try $0.edge() })
                return GraphSnapshot(documents: documents, nodes: nodes, edges: edges)
            }
        }
    }

    /// Counts of documents, and of nodes and edges by kind.
    public func statistics() throws(GraphError) -> GraphStatistics {
        try Self.mapped(path) {
            try database.read { db in
                let derived = DocumentKind.allCases.filter(\.isRun).map(\.rawValue)
                let documents = try DocumentRecord.filter(!derived.contains(DocumentRecord.Columns.kind)).fetchCount(db)
                let runs = try DocumentRecord.filter(derived.contains(DocumentRecord.Columns.kind)).fetchCount(db)
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

/// Counts of what a graph holds.
public struct GraphStatistics: Sendable, Hashable {
    /// Documents read from files (the toolkit's own runs not counted).
    public var documents: Int
    /// Stored runs of the toolkit's own (clustering, cross-links).
    public var runs: Int
    /// Node counts by kind.
    public var nodes: [NodeKind: Int]
    /// Edge counts by kind.
    public var edges: [EdgeKind: Int]

    public init(documents: Int, runs: Int = 0, nodes: [NodeKind: Int], edges: [EdgeKind: Int]) {
        self.documents = documents
        self.runs = runs
        self.nodes = nodes
        self.edges = edges
    }

    public var nodeTotal: Int { nodes.values.reduce(0, +) }
    public var edgeTotal: Int { edges.values.reduce(0, +) }
}
