import Foundation
import Graph

/// Ingests a whole corpus folder from its manifest, reporting each document.
enum CorpusIngestion {
    static func ingest(_ corpus: Corpus, into store: GraphStore, limits: DocxReader.Limits = DocxReader.Limits()) throws -> [Ingestor.Report] {
        for file in corpus.unlisted {
            Console.warning("\(corpus.folder.appendingPathComponent(file).path) is not listed in \(CorpusManifest.fileName) and was not ingested; add it with its kind to ingest it")
        }
        let ingestor = Ingestor(store: store, lexicon: corpus.lexicon, lexiconDigest: corpus.lexiconDigest, docxLimits: limits)
        var reports: [Ingestor.Report] = []
        for entry in corpus.manifest.documents {
            Console.progress("reading \(entry.file)…")
            reports.append(try ingestor.ingest(corpus.url(of: entry), kind: entry.kind, title: entry.title, date: entry.date))
        }
        return reports
    }

    static func describe(_ report: Ingestor.Report) -> String {
        var line = "\(report.document): \(report.outcome.rawValue), \(report.kind.rawValue), \(report.encoding.rawValue), \(report.nodes) nodes, \(report.edges) edges"
        if !report.interpreted { line += " (no interpreter for this kind yet: stored as a document only)" }
        return line
    }
}
