public import Graph
public import Foundation

/// The corpus manifest, `corpus.yaml`: which documents the corpus holds and what kind each is.
public struct CorpusManifest: Sendable, Hashable {
    /// One document the manifest lists.
    public struct Entry: Sendable, Hashable, Codable {
        /// The file, relative to the corpus folder.
        public var file: String
        /// The kind, which a table of notes (a board export) may leave out.
        public var kind: DocumentKind?
        public var title: String?
        /// An ISO 8601 date or year, where known.
        public var date: String?

        public init(file: String, kind: DocumentKind?, title: String? = nil, date: String? = nil) {
            self.file = file
            self.kind = kind
            self.title = title
            self.date = date
        }
    }

    public var documents: [Entry]

    public init(documents: [Entry]) {
        self.documents = documents
    }

    /// The manifest's file name inside a corpus folder.
    public static let fileName = "corpus.yaml"

    /// Reads the manifest at `url`.
    ///
    /// - Throws: ``GraphError`` naming the file (and line) when it cannot be read or parsed,
    ///   or lists a kind the toolkit does not know.
    public static func load(from url: URL) throws(GraphError) -> CorpusManifest {
        struct File: Decodable { var documents: [Entry] }
        let kinds = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
        let documents: [Entry]
        do throws(YAMLText.Problem) {
            guard let text = try YAMLText.text(of: url) else {
                throw YAMLText.Problem(problem: "there is no such file", remedy: "create \(fileName) listing each document's file and kind")
            }
            documents = try YAMLText.decode(File.self, from: text).documents
        } catch {
            throw GraphError(.invalidManifest, file: url.path, line: error.line, problem: "the manifest is not valid (\(error.problem))", remedy: error.remedy ?? "give every document a `file` and, unless it is a table of notes, a `kind` (one of \(kinds))")
        }
        return CorpusManifest(documents: documents)
    }

    /// The entry for `file` (a path relative to the corpus folder), if listed.
    public func entry(for file: String) -> Entry? {
        documents.first { $0.file == file }
    }
}
