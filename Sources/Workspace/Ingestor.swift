public import Documents
public import Foundation
public import Graph
import Store

/// Reads documents from disk into a store (``GraphStoring``): the registry's reader makes an outline,
/// the kind's interpreter a graph delta, the store keeps it — one transaction per document.
///
/// Nothing here depends on the format: every file goes through ``ReaderRegistry``.
public struct Ingestor: Sendable {
    public var store: any GraphStoring
    public var lexicon: Lexicon
    /// A digest of the lexicon file's bytes, so that editing the lexicon re-reads documents.
    public var lexiconDigest: String
    public var readers: ReaderRegistry

    public init(store: any GraphStoring, lexicon: Lexicon = .standard, lexiconDigest: String = "", readers: ReaderRegistry = .standard()) {
        self.store = store
        self.lexicon = lexicon
        self.lexiconDigest = lexiconDigest
        self.readers = readers
    }

    /// What ingesting one document did.
    public struct Report: Sendable, Hashable {
        public var document: String
        public var path: String
        public var kind: DocumentKind
        public var encoding: TextDecoding.Encoding
        public var outcome: IngestOutcome
        public var nodes: Int
        public var edges: Int

        /// The report as one line: `bpa: added, workshop-report, UTF-8, 372 nodes, 732 edges`.
        public var summary: String {
            "\(document): \(outcome.rawValue), \(kind.rawValue), \(encoding.rawValue), \(nodes) nodes, \(edges) edges"
        }
    }

    /// Ingests the file at `url` as a document of `kind`. Without a kind, a table (a board
    /// export, a spreadsheet of notes) is read as notes; any other file needs its kind.
    ///
    /// - Throws: ``GraphError`` naming the file when it cannot be read, is of a shape the kind
    ///   does not take, has no kind and is no table, or cannot be stored; the database is then
    ///   as it was.
    @discardableResult
    public func ingest(_ url: URL, kind: DocumentKind?, title: String? = nil, date: String? = nil) throws(GraphError) -> Report {
        try store(try interpreted(url, kind: kind, title: title, date: date))
    }

    /// A document read and interpreted, ready to be stored.
    public struct Interpreted: Sendable {
        var document: Document
        var fingerprint: String
        var encoding: TextDecoding.Encoding
        var delta: GraphDelta
    }

    /// Reads and interprets the file at `url`, touching no database: documents can be read
    /// side by side and stored one after the other.
    ///
    /// - Throws: ``GraphError`` naming the file, as ``ingest(_:kind:title:date:)`` does.
    public func interpreted(_ url: URL, kind: DocumentKind?, title: String? = nil, date: String? = nil) throws(GraphError) -> Interpreted {
        let path = url.path
        let file = try SourceFile(url, readers: readers)
        let (id, data, read) = (file.id, file.data, file.read)
        guard let kind = kind ?? (read.outline.isTable ? .notes : nil) else {
            throw GraphError(.unknownKind, file: path, problem: "the kind of this document is not known", remedy: "pass --kind (one of \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))) or list the file with its kind in \(CorpusManifest.fileName)")
        }
        guard !read.outline.isTable || kind == .notes else {
            throw GraphError(.unsupportedFormat, file: path, problem: "a table can only be read as notes, not as \(kind.rawValue)", remedy: "give it the kind notes")
        }
        let interpreter = try Interpreters.interpreter(for: kind, lexicon: lexicon)
        let contentHash = ContentDigest.of(data)
        let document = Document(id: id, path: path, kind: kind, title: title, date: date, contentHash: contentHash)
        let delta = try interpreter.interpret(read.outline, document: document)
        let fingerprint = ContentDigest.of(Data([contentHash, kind.rawValue, title ?? "", date ?? "", lexiconDigest, AgendaVersion.current].joined(separator: "\u{1F}").utf8))
        return Interpreted(document: document, fingerprint: fingerprint, encoding: read.encoding, delta: delta)
    }

    /// Stores an interpreted document in one transaction.
    ///
    /// - Throws: ``GraphError`` when it cannot be stored; the database is then as it was.
    public func store(_ interpreted: Interpreted) throws(GraphError) -> Report {
        try Self.store([interpreted], in: store)[0]
    }

    /// Stores interpreted documents, read by any ingestor, in one transaction: all or none.
    ///
    /// - Throws: ``GraphError`` when one cannot be stored; the database is then as it was.
    public static func store(_ documents: [Interpreted], in store: any GraphStoring) throws(GraphError) -> [Report] {
        let outcomes = try store.ingest(documents.map {
            Ingestion(document: $0.document, fingerprint: $0.fingerprint, encoding: $0.encoding.rawValue, delta: $0.delta)
        })
        return zip(documents, outcomes).map { interpreted, outcome in
            let (document, delta) = (interpreted.document, interpreted.delta)
            return Report(document: document.id, path: document.path, kind: document.kind, encoding: interpreted.encoding, outcome: outcome, nodes: delta.nodes.count, edges: delta.edges.count)
        }
    }
}
