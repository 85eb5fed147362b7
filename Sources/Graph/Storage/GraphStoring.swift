/// What the toolkit asks of a store of the graph: the contract the application layer
/// (`Workspace`) holds its store by, which the SQLite store implements and a second store (a
/// database server) implements the same way, tested by the same suite.
///
/// The guarantees every store gives:
/// - ``ingest(_:)`` stores documents in one transaction: all of them or, when any fails, none;
///   each document's previous content is replaced as a whole; an unchanged fingerprint writes
///   nothing. A process killed during a write leaves the previous state.
/// - A shared entity (``NodeKind/isShared``) is one node, merged by ``SharedEntity/merged(_:)``
///   from the versions of the documents that name it, and gone when none does.
/// - An edge stated by several documents is one edge; the first document (by id) gives it.
/// - Runs are kept apart from documents (``store(_:delta:)``, ``runs()``).
/// - Reads see one consistent state; nodes and edges come in document (or run) order.
/// - Decisions are versions appended to a history, never changed: a version is appended only
///   when the newest one is still the one the writer read (``appendDecisions(_:after:)``).
/// - ``load(_:)`` fills an empty store with another's ``contents()`` in one transaction, giving
///   the same graph, nodes and edges in the same order.
///
/// Calls are synchronous: the workspace and its faces call them one at a time from their own
/// thread; a store that talks to a server waits for its answer there.
public protocol GraphStoring: Sendable {
    /// Where the graph is kept, for messages: a file's path, a server's address, or `nil` in memory.
    var location: String? { get }

    /// Stores each document's delta as the whole content of that document, all in one transaction.
    ///
    /// - Returns: what storing did to each, in the order given.
    @discardableResult
    func ingest(_ documents: [Ingestion]) throws(GraphError) -> [IngestOutcome]

    /// Stores `delta` as the whole result of `run`, replacing that run's previous result.
    @discardableResult
    func store(_ run: Run, delta: GraphDelta) throws(GraphError) -> IngestOutcome

    /// The stored documents, by id.
    func documents() throws(GraphError) -> [Document]
    /// The stored runs, by id.
    func runs() throws(GraphError) -> [Run]
    /// The nodes of `kind` (all nodes when `nil`), in document order.
    func nodes(kind: NodeKind?) throws(GraphError) -> [Node]
    /// The node with `id`, if stored.
    func node(id: String) throws(GraphError) -> Node?
    /// All edges, each (source, target, kind) once, in document order.
    func edges() throws(GraphError) -> [Edge]
    /// Documents, runs, nodes and edges as they are at one moment.
    func snapshot() throws(GraphError) -> GraphSnapshot
    /// Counts of documents and runs, and of nodes and edges by kind.
    func statistics() throws(GraphError) -> GraphStatistics

    /// Whether the decisions in force are the ones kept here (a store a team shares), rather
    /// than the corpus folder's files (a store of one person's).
    var holdsDecisions: Bool { get }
    /// The newest version of `set`, if any was stored.
    func decisions(_ set: DecisionSet) throws(GraphError) -> DecisionVersion?
    /// Appends `version` to the history, numbered next, when the newest version of its set is
    /// still `expected` (its sequence; `0` when there was none).
    ///
    /// - Throws: ``GraphError`` with code ``GraphError/Code/conflict`` when another version came in between.
    @discardableResult
    func appendDecisions(_ version: DecisionVersion, after expected: Int) throws(GraphError) -> DecisionVersion
    /// Every version of every set, oldest first.
    func decisionHistory() throws(GraphError) -> [DecisionVersion]

    /// Adds `person` (or gives her a new token) with the digest of her access token; the token
    /// itself is never stored.
    func addPerson(_ person: TeamMember) throws(GraphError)
    /// The person whose token has `tokenDigest`, if any.
    func person(tokenDigest: String) throws(GraphError) -> TeamMember?
    /// Everyone added, by name.
    func people() throws(GraphError) -> [TeamMember]

    /// The database's own checks of its files, tables and indexes: what was checked, and any
    /// problem found, each as a clause.
    func integrityCheck() throws(GraphError) -> IntegrityReport

    /// Everything stored, as it was given: what ``load(_:)`` takes.
    func contents() throws(GraphError) -> StoreContents
    /// Stores `contents` in this store, which must be empty, in one transaction.
    ///
    /// - Throws: ``GraphError`` when the store already holds documents, runs or decisions.
    func load(_ contents: StoreContents) throws(GraphError)
}

extension GraphStoring {
    /// Stores `delta` as the whole content of `document`, in one transaction.
    @discardableResult
    public func ingest(_ document: Document, fingerprint: String, encoding: String? = nil, delta: GraphDelta) throws(GraphError) -> IngestOutcome {
        try ingest([Ingestion(document: document, fingerprint: fingerprint, encoding: encoding, delta: delta)])[0]
    }

    /// Every node, in document order.
    public func nodes() throws(GraphError) -> [Node] { try nodes(kind: nil) }
}

/// One document's content to store.
public struct Ingestion: Sendable {
    public var document: Document
    /// Identifies the document's bytes together with everything that shapes how they are read
    /// (kind, lexicon, toolkit version); equal fingerprints mean the stored content is already right.
    public var fingerprint: String
    /// The text encoding the document was read in, when it was text.
    public var encoding: String?
    public var delta: GraphDelta

    public init(document: Document, fingerprint: String, encoding: String? = nil, delta: GraphDelta) {
        self.document = document
        self.fingerprint = fingerprint
        self.encoding = encoding
        self.delta = delta
    }
}

/// What storing a document or a run did.
public enum IngestOutcome: String, Sendable, Hashable, Codable {
    /// It was new.
    case added
    /// It had changed; its previous nodes and edges were replaced.
    case replaced
    /// It was unchanged (same fingerprint); nothing was written.
    case unchanged
}

/// Counts of what a graph holds.
public struct GraphStatistics: Sendable, Hashable {
    /// Documents read from files.
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
