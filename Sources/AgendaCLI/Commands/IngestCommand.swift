import ArgumentParser
import Foundation
import Graph

/// `agenda ingest PATH…`: read documents or corpus folders into the database.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read documents or corpus folders into the database.",
        discussion: "A file's kind comes from --kind, or else from the corpus.yaml in its folder. A folder must hold a corpus.yaml."
    )

    @Argument(help: "Files or corpus folders.")
    var paths: [String]

    @Option(help: "The kind of the documents: \(DocumentKind.corpusKinds.map(\.rawValue).joined(separator: ", ")).")
    var kind: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var inflate: InflateOptions

    func run() throws {
        let kind = try kind.map { name in
            guard let kind = DocumentKind(rawValue: name), DocumentKind.corpusKinds.contains(kind) else {
                throw CommandFailure(message: "'\(name)' is not a document kind; use one of \(DocumentKind.corpusKinds.map(\.rawValue).joined(separator: ", "))")
            }
            return kind
        }
        let store = try store.open()
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw GraphError(.unreadableFile, file: path, problem: "no such file or folder", remedy: "check the path")
            }
            if isDirectory.boolValue {
                for report in try CorpusIngestion.ingest(try Corpus.open(url), into: store, limits: inflate.limits) {
                    Console.out(CorpusIngestion.describe(report))
                }
                continue
            }
            let folder = url.deletingLastPathComponent()
            let manifestURL = folder.appendingPathComponent(CorpusManifest.fileName)
            let entry = FileManager.default.fileExists(atPath: manifestURL.path)
                ? try CorpusManifest.load(from: manifestURL).entry(for: url.lastPathComponent) : nil
            guard let documentKind = kind ?? entry?.kind else {
                throw GraphError(.unknownKind, file: path, problem: "the kind of this document is not known", remedy: "pass --kind or list the file in \(CorpusManifest.fileName)")
            }
            let (lexicon, digest) = try Corpus.loadLexicon(in: folder)
            let ingestor = Ingestor(store: store, lexicon: lexicon, lexiconDigest: digest, docxLimits: inflate.limits)
            let report = try ingestor.ingest(url, kind: documentKind, title: entry?.title, date: entry?.date)
            Console.out(CorpusIngestion.describe(report))
        }
    }
}
