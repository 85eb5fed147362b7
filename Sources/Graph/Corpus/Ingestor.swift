public import Foundation
import Crypto

/// Reads documents from disk into a ``GraphStore``: decode, read into an outline,
/// interpret, store — one transaction per document.
public struct Ingestor: Sendable {
    public var store: GraphStore
    public var lexicon: Lexicon
    /// A digest of the lexicon file's bytes, so that editing the lexicon re-reads documents.
    public var lexiconDigest: String

    /// How much a Word document may inflate.
    public var docxLimits: DocxReader.Limits

    public init(store: GraphStore, lexicon: Lexicon = .standard, lexiconDigest: String = "", docxLimits: DocxReader.Limits = DocxReader.Limits()) {
        self.store = store
        self.lexicon = lexicon
        self.lexiconDigest = lexiconDigest
        self.docxLimits = docxLimits
    }

    /// What ingesting one document did.
    public struct Report: Sendable, Hashable, Codable {
        public var document: String
        public var path: String
        public var kind: DocumentKind
        public var encoding: TextDecoding.Encoding
        public var outcome: GraphStore.IngestOutcome
        public var nodes: Int
        public var edges: Int
        /// Whether the toolkit has an interpreter for this kind yet.
        public var interpreted: Bool
    }

    /// The readers by file extension.
    public static func reader(forExtension ext: String) -> (any DocumentReader)? {
        switch ext.lowercased() {
        case "txt", "text": PlainTextReader()
        case "md", "markdown": MarkdownReader()
        default: nil
        }
    }

    /// Ingests the file at `url` as a document of `kind`.
    ///
    /// - Throws: ``GraphError`` naming the file when it cannot be read, decoded or stored;
    ///   the database is then as it was.
    @discardableResult
    public func ingest(_ url: URL, kind: DocumentKind, title: String? = nil, date: String? = nil) throws(GraphError) -> Report {
        let path = url.path
        let ext = url.pathExtension.lowercased()
        let tabular = ext == "csv" || ext == "tsv"
        let word = ext == "docx"
        let reader = Self.reader(forExtension: ext)
        guard reader != nil || tabular || word else {
            throw GraphError(.unsupportedFormat, file: path, problem: "the format .\(url.pathExtension) cannot be read", remedy: "save it as .txt, .md, .docx or .csv")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GraphError(.unreadableFile, file: path, problem: "the file cannot be read", remedy: "check that it exists and is readable")
        }
        var text = ""
        var encoding = TextDecoding.Encoding.docx
        var wordOutline: Outline?
        if word {
            wordOutline = try DocxReader(limits: docxLimits).read(data, file: path, document: url.deletingPathExtension().lastPathComponent)
        } else {
            (text, encoding) = try TextDecoding.decode(data, file: path)
        }
        let id = url.deletingPathExtension().lastPathComponent
        let contentHash = Self.sha256(data)
        let document = Document(id: id, path: path, kind: kind, title: title, date: date, contentHash: contentHash)
        let delta: GraphDelta
        var interpreted = true
        if tabular {
            guard kind == .notes else {
                throw GraphError(.unsupportedFormat, file: path, problem: "a table can only be read as notes, not as \(kind.rawValue)", remedy: "give it the kind notes")
            }
            delta = try BoardExportInterpreter().interpret(CSVTable(parsing: text), document: document)
        } else if let interpreter = Interpreters.interpreter(for: kind, lexicon: lexicon), let outline = wordOutline ?? reader?.read(text, document: id) {
            delta = interpreter.interpret(outline, document: document)
        } else {
            delta = GraphDelta()
            interpreted = false
        }
        let fingerprint = Self.sha256(Data([contentHash, kind.rawValue, title ?? "", date ?? "", lexiconDigest, AgendaVersion.current].joined(separator: "\u{1F}").utf8))
        let outcome = try store.ingest(document, fingerprint: fingerprint, encoding: encoding.rawValue, delta: delta)
        return Report(document: id, path: path, kind: kind, encoding: encoding, outcome: outcome, nodes: delta.nodes.count, edges: delta.edges.count, interpreted: interpreted)
    }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The hex SHA-256 digest of `data`.
    public static func digest(_ data: Data) -> String { sha256(data) }
}
