import PostgresNIO
public import Graph

/// The knowledge graph on a PostgreSQL server: the store contract (``GraphStoring``) for a
/// team that keeps its graph in a database server it already runs.
///
/// It keeps the SQLite store's tables and guarantees: each ingest is one transaction, writers
/// from several processes take turns (a transaction-scoped advisory lock), and reads see one
/// snapshot. Rows sort byte by byte, so both stores give the same graph in the same order and
/// every export is the same, byte for byte.
public final class PostgresStore: GraphStoring {
    private let connector: PostgresConnector

    /// The address, without its password.
    public var location: String? { connector.address.description }

    /// Connects to the database at `address` and brings its schema up to date.
    ///
    /// - Throws: ``GraphError`` when the server cannot be reached or refuses.
    public init(address: PostgresAddress) throws(GraphError) {
        connector = try PostgresConnector(address)
        try migrate()
    }

    /// The key of the advisory lock every writer takes, so that two processes never resolve
    /// the same shared entity at once.
    private static let writeLock = 0x6167_656E_6461  // "agenda"

    private func migrate() throws(GraphError) {
        let schema = connector.address.schema
        try connector.transaction { session throws(GraphError) in
            try session.rows("SELECT pg_advisory_xact_lock(\(Self.writeLock))")
            try session.execute("CREATE SCHEMA IF NOT EXISTS \(schema)")
            try session.execute("CREATE TABLE IF NOT EXISTS \(PostgresSchema.versionTable) (version integer PRIMARY KEY, name text NOT NULL)")
            let done = Set(try session.rows("SELECT version FROM agenda_schema").map { row throws(GraphError) in try decode(row, as: Int.self) })
            if let newest = done.max(), newest > (PostgresSchema.migrations.last?.version ?? 0) {
                throw GraphError(.database, file: location, problem: "the database was made by a newer version of agenda (schema \(newest))", remedy: "open it with that version, or name another database")
            }
            for migration in PostgresSchema.migrations where !done.contains(migration.version) {
                for statement in migration.statements { try session.execute(statement) }
                try session.rows("INSERT INTO agenda_schema (version, name) VALUES (\(migration.version), \(migration.name))")
            }
        }
    }

    // MARK: Writing

    @discardableResult
    public func ingest(_ documents: [Ingestion]) throws(GraphError) -> [IngestOutcome] {
        try connector.transaction { session throws(GraphError) in
            try session.rows("SELECT pg_advisory_xact_lock(\(Self.writeLock))")
            var outcomes: [IngestOutcome] = []
            for ingestion in documents { outcomes.append(try ingest(ingestion, in: session)) }
            return outcomes
        }
    }

    private func ingest(_ ingestion: Ingestion, in session: PostgresConnector.Session) throws(GraphError) -> IngestOutcome {
        let document = ingestion.document
        let existing = try session.rows("SELECT fingerprint, path FROM document WHERE id = \(document.id)").first
            .map { row throws(GraphError) in try decode(row, as: (String, String).self) }
        if let existing, existing.0 == ingestion.fingerprint {
            // The same content read from another place: only the path is news.
            if existing.1 != document.path {
                try session.rows("UPDATE document SET path = \(document.path) WHERE id = \(document.id)")
            }
            return .unchanged
        }
        try session.rows("""
            INSERT INTO document (id, path, kind, title, date, content_hash, fingerprint, encoding)
            VALUES (\(document.id), \(document.path), \(document.kind.rawValue), \(document.title), \(document.date),
                    \(document.contentHash), \(ingestion.fingerprint), \(ingestion.encoding))
            ON CONFLICT (id) DO UPDATE SET path = excluded.path, kind = excluded.kind, title = excluded.title,
                date = excluded.date, content_hash = excluded.content_hash, fingerprint = excluded.fingerprint,
                encoding = excluded.encoding
            """)
        try replaceContent(of: document.id, with: ingestion.delta, in: session)
        return existing == nil ? .added : .replaced
    }

    @discardableResult
    public func store(_ run: Run, delta: GraphDelta) throws(GraphError) -> IngestOutcome {
        try connector.transaction { session throws(GraphError) in
            try session.rows("SELECT pg_advisory_xact_lock(\(Self.writeLock))")
            let existing = try session.rows("SELECT fingerprint FROM run WHERE id = \(run.id)").first
                .map { row throws(GraphError) in try decode(row, as: String.self) }
            if existing == run.fingerprint { return .unchanged }
            try session.rows("""
                INSERT INTO run (id, kind, command, title, date, fingerprint)
                VALUES (\(run.id), \(run.kind.rawValue), \(run.command), \(run.title), \(run.date), \(run.fingerprint))
                ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, command = excluded.command, title = excluded.title,
                    date = excluded.date, fingerprint = excluded.fingerprint
                """)
            try replaceContent(of: run.id, with: delta, in: session)
            return existing == nil ? .added : .replaced
        }
    }

    /// Replaces what `owner` (a document or a run, saved already) states with `delta`: its
    /// nodes and edges, and its versions of the shared entities, each merged again.
    private func replaceContent(of owner: String, with delta: GraphDelta, in session: PostgresConnector.Session) throws(GraphError) {
        let sharedKinds = NodeKind.allCases.filter(\.isShared).map(\.rawValue)
        try session.rows("DELETE FROM edge WHERE document = \(owner)")
        try session.rows("DELETE FROM node WHERE document = \(owner) AND NOT (kind = ANY(\(sharedKinds)))")
        var touched = Set(try session.rows("DELETE FROM source WHERE document = \(owner) RETURNING node").map { row throws(GraphError) in try decode(row, as: String.self) })
        var nodes = NodeColumns(), sources = NodeColumns(), edges = EdgeColumns()
        for (position, node) in delta.nodes.enumerated() {
            var stored = node
            stored.provenance.document = owner
            if node.kind.isShared {
                try sources.append(stored, position: position)
                touched.insert(node.id)
            } else {
                try nodes.append(stored, position: position)
            }
        }
        for (position, edge) in delta.edges.enumerated() { try edges.append(edge, document: owner, position: position) }
        if !nodes.ids.isEmpty { try session.rows(nodes.insert(into: "node", key: "id")) }
        if !sources.ids.isEmpty { try session.rows(sources.insert(into: "source", key: "node")) }
        if !edges.sources.isEmpty { try session.rows(edges.insert()) }
        for id in touched.sorted() { try resolveShared(id, in: session) }
    }

    /// Rebuilds a shared entity's node from every document that names it (``SharedEntity``),
    /// or removes it when none does.
    private func resolveShared(_ id: String, in session: PostgresConnector.Session) throws(GraphError) {
        let rows = try session.rows("SELECT \(unescaped: NodeColumns.selected(key: "node")) FROM source WHERE node = \(id) ORDER BY document")
        let sources = try rows.map { row throws(GraphError) in try NodeColumns.node(row, location: location) }
        try session.rows("DELETE FROM node WHERE id = \(id)")
        guard let first = sources.first, let merged = SharedEntity.merged(sources.map(\.node)) else { return }
        var columns = NodeColumns()
        try columns.append(merged, position: first.position)
        try session.rows(columns.insert(into: "node", key: "id"))
    }

    // MARK: Reading

    public func documents() throws(GraphError) -> [Document] {
        try connector.withSession { session throws(GraphError) in try documents(in: session) }
    }

    public func runs() throws(GraphError) -> [Run] {
        try connector.withSession { session throws(GraphError) in try runs(in: session) }
    }

    public func nodes(kind: NodeKind?) throws(GraphError) -> [Node] {
        try connector.withSession { session throws(GraphError) in
            let rows = if let kind {
                try session.rows("SELECT \(unescaped: NodeColumns.selected(key: "id")) FROM node WHERE kind = \(kind.rawValue) ORDER BY document, position")
            } else {
                try session.rows("SELECT \(unescaped: NodeColumns.selected(key: "id")) FROM node ORDER BY document, position")
            }
            return try rows.map { row throws(GraphError) in try NodeColumns.node(row, location: location).node }
        }
    }

    public func node(id: String) throws(GraphError) -> Node? {
        try connector.withSession { session throws(GraphError) in
            try session.rows("SELECT \(unescaped: NodeColumns.selected(key: "id")) FROM node WHERE id = \(id)").first
                .map { row throws(GraphError) in try NodeColumns.node(row, location: location).node }
        }
    }

    public func edges() throws(GraphError) -> [Edge] {
        try connector.withSession { session throws(GraphError) in try edges(in: session) }
    }

    public func snapshot() throws(GraphError) -> GraphSnapshot {
        try connector.transaction(readOnly: true) { session throws(GraphError) in
            let nodes = try session.rows("SELECT \(unescaped: NodeColumns.selected(key: "id")) FROM node ORDER BY document, position")
                .map { row throws(GraphError) in try NodeColumns.node(row, location: location).node }
            return GraphSnapshot(documents: try documents(in: session), runs: try runs(in: session), nodes: nodes, edges: try edges(in: session))
        }
    }

    public func statistics() throws(GraphError) -> GraphStatistics {
        try connector.transaction(readOnly: true) { session throws(GraphError) in
            let documents = try decode(try session.rows("SELECT COUNT(*) FROM document")[0], as: Int.self)
            let runs = try decode(try session.rows("SELECT COUNT(*) FROM run")[0], as: Int.self)
            var nodes: [NodeKind: Int] = [:], edges: [EdgeKind: Int] = [:]
            for row in try session.rows("SELECT kind, COUNT(*) FROM node GROUP BY kind") {
                let (name, count) = try decode(row, as: (String, Int).self)
                nodes[try known(NodeKind.self, name)] = count
            }
            for row in try session.rows("SELECT kind, COUNT(*) FROM (SELECT DISTINCT source, target, kind FROM edge) AS distinct_edge GROUP BY kind") {
                let (name, count) = try decode(row, as: (String, Int).self)
                edges[try known(EdgeKind.self, name)] = count
            }
            return GraphStatistics(documents: documents, runs: runs, nodes: nodes, edges: edges)
        }
    }

    private func documents(in session: PostgresConnector.Session) throws(GraphError) -> [Document] {
        try session.rows("SELECT id, path, kind, title, date, content_hash FROM document ORDER BY id").map { row throws(GraphError) in
            let (id, path, kind, title, date, contentHash) = try decode(row, as: (String, String, String, String?, String?, String).self)
            return Document(id: id, path: path, kind: try known(DocumentKind.self, kind), title: title, date: date, contentHash: contentHash)
        }
    }

    private func runs(in session: PostgresConnector.Session) throws(GraphError) -> [Run] {
        try session.rows("SELECT id, kind, command, title, date, fingerprint FROM run ORDER BY id").map { row throws(GraphError) in
            let (id, kind, command, title, date, fingerprint) = try decode(row, as: (String, String, String, String, String?, String).self)
            return Run(id: id, kind: try known(RunKind.self, kind), command: command, title: title, date: date, fingerprint: fingerprint)
        }
    }

    /// All edges, each (source, target, kind) once: the first document that states it wins.
    private func edges(in session: PostgresConnector.Session) throws(GraphError) -> [Edge] {
        var seen: Set<String> = []
        var edges: [Edge] = []
        for row in try session.rows("SELECT source, target, kind, weight, properties FROM edge ORDER BY document, position") {
            let (source, target, kind, weight, properties) = try decode(row, as: (String, String, String, Double?, String).self)
            guard seen.insert("\(source)\u{1}\(target)\u{1}\(kind)").inserted else { continue }
            edges.append(Edge(source: source, target: target, kind: try known(EdgeKind.self, kind), weight: weight, properties: try PropertyCoding.decoded(properties, location: location)))
        }
        return edges
    }

    // MARK: Decisions

    /// A PostgreSQL store is a team's: the decisions in force are the ones kept here.
    public var holdsDecisions: Bool { true }

    public func decisions(_ set: DecisionSet) throws(GraphError) -> DecisionVersion? {
        try connector.withSession { session throws(GraphError) in
            try session.rows("SELECT \(unescaped: Self.decisionColumns) FROM decision WHERE decision_set = \(set.rawValue) ORDER BY sequence DESC LIMIT 1").first
                .map { row throws(GraphError) in try decision(row) }
        }
    }

    @discardableResult
    public func appendDecisions(_ version: DecisionVersion, after expected: Int) throws(GraphError) -> DecisionVersion {
        try connector.transaction { session throws(GraphError) in
            try session.rows("SELECT pg_advisory_xact_lock(\(Self.writeLock))")
            let newest = try decode(try session.rows("SELECT COALESCE(MAX(sequence), 0) FROM decision WHERE decision_set = \(version.set.rawValue)")[0], as: Int.self)
            guard newest == expected else {
                throw GraphError(.conflict, file: location, problem: "the \(version.set.rawValue) were changed since they were read", remedy: "read them again and make the change again")
            }
            let row = try session.rows("""
                INSERT INTO decision (decision_set, author, time, change, content)
                VALUES (\(version.set.rawValue), \(version.author), \(version.time), \(version.change), \(version.content))
                RETURNING sequence
                """)[0]
            var stored = version
            stored.sequence = try decode(row, as: Int.self)
            return stored
        }
    }

    public func decisionHistory() throws(GraphError) -> [DecisionVersion] {
        try connector.withSession { session throws(GraphError) in
            try session.rows("SELECT \(unescaped: Self.decisionColumns) FROM decision ORDER BY sequence").map { row throws(GraphError) in try decision(row) }
        }
    }

    private static let decisionColumns = "sequence, decision_set, author, time, change, content"

    private func decision(_ row: PostgresRow) throws(GraphError) -> DecisionVersion {
        let (sequence, set, author, time, change, content) = try decode(row, as: (Int, String, String, String, String, String).self)
        return DecisionVersion(sequence: sequence, set: try known(DecisionSet.self, set), author: author, time: time, change: change, content: content)
    }

    // MARK: People

    public func addPerson(_ person: TeamMember) throws(GraphError) {
        try connector.withSession { session throws(GraphError) in
            try session.rows("""
                INSERT INTO person (name, token_digest, added) VALUES (\(person.name), \(person.tokenDigest), \(person.added))
                ON CONFLICT (name) DO UPDATE SET token_digest = excluded.token_digest, added = excluded.added
                """)
        }
    }

    public func person(tokenDigest: String) throws(GraphError) -> TeamMember? {
        try connector.withSession { session throws(GraphError) in
            try session.rows("SELECT name, token_digest, added FROM person WHERE token_digest = \(tokenDigest)").first.map { row throws(GraphError) in try member(row) }
        }
    }

    public func people() throws(GraphError) -> [TeamMember] {
        try connector.withSession { session throws(GraphError) in try people(in: session) }
    }

    private func people(in session: PostgresConnector.Session) throws(GraphError) -> [TeamMember] {
        try session.rows("SELECT name, token_digest, added FROM person ORDER BY name").map { row throws(GraphError) in try member(row) }
    }

    private func member(_ row: PostgresRow) throws(GraphError) -> TeamMember {
        let (name, digest, added) = try decode(row, as: (String, String, String).self)
        return TeamMember(name: name, tokenDigest: digest, added: added)
    }

    // MARK: Checking

    /// PostgreSQL's amcheck: every table's pages and every index against its table. It needs
    /// the amcheck extension (in postgresql-contrib), which a superuser installs once.
    public func integrityCheck() throws(GraphError) -> IntegrityReport {
        try connector.withSession { session throws(GraphError) in
            let installed = try session.rows("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'amcheck'").first
            let schema: String
            if let installed {
                schema = try decode(installed, as: String.self)
            } else {
                try session.execute("CREATE EXTENSION IF NOT EXISTS amcheck SCHEMA public")
                schema = "public"
            }
            var problems: [String] = []
            let tables = ["document", "run", "node", "source", "edge", "decision", "person"]
            for table in tables {
                for row in try session.rows("SELECT blkno, msg FROM \(unescaped: schema).verify_heapam(relation => \(table)::regclass)") {
                    let (block, message) = try decode(row, as: (Int?, String?).self)
                    problems.append("table \(table), page \(block.map(String.init) ?? "?"): \(message ?? "damaged")")
                }
            }
            let indexes = try session.rows("""
                SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam
                WHERE n.nspname = current_schema() AND a.amname = 'btree' ORDER BY c.relname
                """).map { row throws(GraphError) in try decode(row, as: String.self) }
            for index in indexes {
                try session.rows("SELECT \(unescaped: schema).bt_index_check(index => \(index)::regclass, heapallindexed => true)")
            }
            return IntegrityReport(checks: ["PostgreSQL's amcheck of the pages of \(tables.count) tables (verify_heapam)", "PostgreSQL's amcheck of \(indexes.count) indexes against their tables (bt_index_check)"], problems: problems)
        }
    }

    // MARK: Copying

    public func contents() throws(GraphError) -> StoreContents {
        try connector.transaction(readOnly: true) { session throws(GraphError) in
            var documents: [Ingestion] = []
            for row in try session.rows("SELECT id, path, kind, title, date, content_hash, fingerprint, encoding FROM document ORDER BY id") {
                let (id, path, kind, title, date, contentHash, fingerprint, encoding) = try decode(row, as: (String, String, String, String?, String?, String, String, String?).self)
                let document = Document(id: id, path: path, kind: try known(DocumentKind.self, kind), title: title, date: date, contentHash: contentHash)
                documents.append(Ingestion(document: document, fingerprint: fingerprint, encoding: encoding, delta: try delta(of: id, in: session)))
            }
            var stored: [StoredRun] = []
            for run in try runs(in: session) { stored.append(StoredRun(run: run, delta: try delta(of: run.id, in: session))) }
            let decisions = try session.rows("SELECT \(unescaped: Self.decisionColumns) FROM decision ORDER BY sequence").map { row throws(GraphError) in try decision(row) }
            return StoreContents(documents: documents, runs: stored, decisions: decisions, people: try people(in: session))
        }
    }

    /// What `owner` stated, in the order it stated it: its own nodes and its versions of the
    /// shared entities, by position, and its edges.
    private func delta(of owner: String, in session: PostgresConnector.Session) throws(GraphError) -> GraphDelta {
        let sharedKinds = NodeKind.allCases.filter(\.isShared).map(\.rawValue)
        let own = try session.rows("SELECT \(unescaped: NodeColumns.selected(key: "id")) FROM node WHERE document = \(owner) AND NOT (kind = ANY(\(sharedKinds)))")
            .map { row throws(GraphError) in try NodeColumns.node(row, location: location) }
        let shared = try session.rows("SELECT \(unescaped: NodeColumns.selected(key: "node")) FROM source WHERE document = \(owner)")
            .map { row throws(GraphError) in try NodeColumns.node(row, location: location) }
        var edges: [Edge] = []
        for row in try session.rows("SELECT source, target, kind, weight, properties FROM edge WHERE document = \(owner) ORDER BY position") {
            let (source, target, kind, weight, properties) = try decode(row, as: (String, String, String, Double?, String).self)
            edges.append(Edge(source: source, target: target, kind: try known(EdgeKind.self, kind), weight: weight, properties: try PropertyCoding.decoded(properties, location: location)))
        }
        return GraphDelta(nodes: (own + shared).sorted { $0.position < $1.position }.map(\.node), edges: edges)
    }

    public func load(_ contents: StoreContents) throws(GraphError) {
        try connector.transaction { session throws(GraphError) in
            try session.rows("SELECT pg_advisory_xact_lock(\(Self.writeLock))")
            let held = try decode(try session.rows("SELECT (SELECT COUNT(*) FROM document) + (SELECT COUNT(*) FROM run) + (SELECT COUNT(*) FROM decision) + (SELECT COUNT(*) FROM person)")[0], as: Int.self)
            guard held == 0 else {
                throw GraphError(.database, file: location, problem: "already holds a graph", remedy: "copy into a new database or schema, or an empty one")
            }
            for ingestion in contents.documents { _ = try ingest(ingestion, in: session) }
            for stored in contents.runs {
                try session.rows("""
                    INSERT INTO run (id, kind, command, title, date, fingerprint)
                    VALUES (\(stored.run.id), \(stored.run.kind.rawValue), \(stored.run.command), \(stored.run.title), \(stored.run.date), \(stored.run.fingerprint))
                    """)
                try replaceContent(of: stored.run.id, with: stored.delta, in: session)
            }
            for version in contents.decisions {
                try session.rows("""
                    INSERT INTO decision (sequence, decision_set, author, time, change, content)
                    VALUES (\(version.sequence), \(version.set.rawValue), \(version.author), \(version.time), \(version.change), \(version.content))
                    """)
            }
            for person in contents.people {
                try session.rows("INSERT INTO person (name, token_digest, added) VALUES (\(person.name), \(person.tokenDigest), \(person.added))")
            }
            // Numbering goes on after the copied history.
            try session.execute("SELECT setval(pg_get_serial_sequence('decision', 'sequence'), COALESCE((SELECT MAX(sequence) FROM decision), 0) + 1, false)")
        }
    }

    // MARK: Rows

    private func decode<each Column: PostgresDecodable>(_ row: PostgresRow, as _: (repeat each Column).Type) throws(GraphError) -> (repeat each Column) {
        do {
            return try row.decode((repeat each Column).self)
        } catch {
            throw PostgresRows.unreadable(error, location: location)
        }
    }

    private func decode<Column: PostgresDecodable>(_ row: PostgresRow, as _: Column.Type) throws(GraphError) -> Column {
        do {
            return try row.decode(Column.self)
        } catch {
            throw PostgresRows.unreadable(error, location: location)
        }
    }

    private func known<Kind: RawRepresentable>(_: Kind.Type, _ name: String) throws(GraphError) -> Kind where Kind.RawValue == String {
        try PostgresRows.known(Kind.self, name, location: location)
    }
}
