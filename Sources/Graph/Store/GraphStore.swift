public import Foundation
import GRDB

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
        try Self.mapped(path) {
            try database.write { db -> IngestOutcome in
                let existing = try DocumentRecord.fetchOne(db, key: document.id)
                if var existing, existing.fingerprint == fingerprint {
                    // The same content read from another place: only the path is news.
                    if existing.path != document.path {
                        existing.path = document.path
                        try existing.update(db)
                    }
                    return .unchanged
                }
                let sharedKinds = NodeKind.allCases.filter(\.isShared).map(\.rawValue)
                try EdgeRecord.filter(Column("document") == document.id).deleteAll(db)
                try NodeRecord.filter(Column("document") == document.id && !sharedKinds.contains(Column("kind"))).deleteAll(db)
                var touched = Set(try SourceRecord.filter(Column("document") == document.id).fetchAll(db).map(\.node))
                try SourceRecord.filter(Column("document") == document.id).deleteAll(db)
                try DocumentRecord(
                    id: document.id, path: document.path, kind: document.kind.rawValue, title: document.title,
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
        }
    }

    /// Rebuilds a shared entity's node from every document that names it (in document order:
    /// the first gives label and provenance, properties are joined), or removes it when none does.
    private static func resolveShared(_ id: String, in db: Database) throws {
        let sources = try SourceRecord.filter(Column("node") == id).order(Column("document")).fetchAll(db)
        try NodeRecord.deleteOne(db, key: id)
        guard let first = sources.first else { return }
        var properties: [String: [String]] = [:]
        for source in sources {
            for (key, value) in PropertyCoding.decode(source.properties) {
                for part in value.components(separatedBy: "; ") where !(properties[key]?.contains(part) ?? false) {
                    properties[key, default: []].append(part)
                }
            }
        }
        var merged = properties.mapValues { $0.joined(separator: "; ") }
        if sources.count > 1 { merged["documents"] = sources.map(\.document).joined(separator: "; ") }
        try NodeRecord(
            id: id, kind: first.kind, label: first.label, text: sources.compactMap(\.text).first,
            document: first.document, line: first.line, endLine: first.endLine, position: first.position,
            properties: PropertyCoding.encode(merged)
        ).insert(db)
    }

    // MARK: Reading

    /// The stored documents, by id.
    public func documents() throws(GraphError) -> [Document] {
        try Self.mapped(path) {
            try database.read { db in
                try DocumentRecord.order(Column("id")).fetchAll(db).compactMap { record in
                    DocumentKind(rawValue: record.kind).map {
                        Document(id: record.id, path: record.path, kind: $0, title: record.title, date: record.date, contentHash: record.contentHash)
                    }
                }
            }
        }
    }

    /// The nodes of `kind` (all nodes when `nil`), in document order.
    public func nodes(kind: NodeKind? = nil) throws(GraphError) -> [Node] {
        try Self.mapped(path) {
            try database.read { db in
                var request = NodeRecord.all()
                if let kind { request = request.filter(Column("kind") == kind.rawValue) }
                return try request.order(Column("document"), Column("position")).fetchAll(db).compactMap(\.node)
            }
        }
    }

    /// The node with `id`, if stored.
    public func node(id: String) throws(GraphError) -> Node? {
        try Self.mapped(path) { try database.read { db in try NodeRecord.fetchOne(db, key: id)?.node } }
    }

    /// All edges, in document order.
    public func edges() throws(GraphError) -> [Edge] {
        try Self.mapped(path) {
            try database.read { db in
                Self.distinct(try EdgeRecord.order(Column("document"), Column("position")).fetchAll(db).compactMap(\.edge))
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
                let documents = try DocumentRecord.order(Column("id")).fetchAll(db).compactMap { record in
                    DocumentKind(rawValue: record.kind).map {
                        Document(id: record.id, path: record.path, kind: $0, title: record.title, date: record.date, contentHash: record.contentHash)
                    }
                }
                let nodes = try NodeRecord.order(Column("document"), Column("position")).fetchAll(db).compactMap(\.node)
                let edges = Self.distinct(try EdgeRecord.order(Column("document"), Column("position")).fetchAll(db).compactMap(\.edge))
                return GraphSnapshot(documents: documents, nodes: nodes, edges: edges)
            }
        }
    }

    /// Counts of documents, and of nodes and edges by kind.
    public func statistics() throws(GraphError) -> GraphStatistics {
        try Self.mapped(path) {
            try database.read { db in
                let derived = [DocumentKind.clusterRun.rawValue, DocumentKind.linkRun.rawValue]
                let documents = try DocumentRecord.filter(!derived.contains(Column("kind"))).fetchCount(db)
                let runs = try DocumentRecord.filter(derived.contains(Column("kind"))).fetchCount(db)
                let nodeRows = try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) AS n FROM node GROUP BY kind ORDER BY kind")
                let edgeRows = try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) AS n FROM (SELECT DISTINCT source, target, kind FROM edge) GROUP BY kind ORDER BY kind")
                func counts(_ rows: [Row]) -> [String: Int] {
                    Dictionary(uniqueKeysWithValues: rows.map { (($0["kind"] as String?) ?? "", ($0["n"] as Int?) ?? 0) })
                }
                return GraphStatistics(documents: documents, runs: runs, nodes: counts(nodeRows), edges: counts(edgeRows))
            }
        }
    }

    // MARK: Errors

    private static func mapped<T>(_ path: String?, _ body: () throws -> T) throws(GraphError) -> T {
        do {
            return try body()
        } catch let error as GraphError {
            throw error
        } catch let error as DatabaseError {
            throw GraphError(.database, file: path, problem: "the database refused the operation (\(error.message ?? error.description))", remedy: "check the file is an agenda database and not in use, or pass another --db")
        } catch {
            throw GraphError(.database, file: path, problem: "the database cannot be used (\(error))", remedy: "check the path and its permissions, or pass another --db")
        }
    }
}

/// Counts of what a graph holds.
public struct GraphStatistics: Sendable, Hashable, Codable {
    /// Documents read from files (the toolkit's own runs not counted).
    public var documents: Int
    /// Stored runs of the toolkit's own (clustering, cross-links).
    public var runs: Int
    /// Node counts by kind name.
    public var nodes: [String: Int]
    /// Edge counts by kind name.
    public var edges: [String: Int]

    public init(documents: Int, runs: Int = 0, nodes: [String: Int], edges: [String: Int]) {
        self.documents = documents
        self.runs = runs
        self.nodes = nodes
        self.edges = edges
    }

    public var nodeTotal: Int { nodes.values.reduce(0, +) }
    public var edgeTotal: Int { edges.values.reduce(0, +) }
}
