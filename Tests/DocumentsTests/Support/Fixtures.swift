import Foundation
@testable import Documents
import Graph
import TestSupport

/// Paths and helpers shared by the document tests.
enum Fixtures {
    static let corpus = BundledCorpus.folder
    static let reportURL = BundledCorpus.report
    /// This target's own fixture files.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func reportText() throws -> String {
        try String(contentsOf: reportURL, encoding: .utf8)
    }

    static func reportLines() throws -> [Substring] {
        TextLines.split(try reportText())
    }

    static func document(_ id: String, kind: DocumentKind = .workshopReport, hash: String = "h") -> Document {
        Document(id: id, path: "\(id).txt", kind: kind, contentHash: hash)
    }

    /// Reads plain `text` as a workshop report with the corpus lexicon.
    static func interpretReport(_ text: String, id: String = "report") throws -> GraphDelta {
        let (lexicon, _) = try Corpus.loadLexicon(in: corpus)
        let outline = PlainTextReader().read(text, document: id)
        return try WorkshopReportInterpreter(lexicon: lexicon).interpret(outline, document: document(id))
    }

    /// The BPA report, interpreted.
    static func realReport() throws -> GraphDelta {
        try interpretReport(try reportText(), id: "bpa")
    }
}

extension GraphDelta {
    func nodes(_ kind: NodeKind) -> [Node] { nodes.filter { $0.kind == kind } }
    func edges(_ kind: EdgeKind) -> [Edge] { edges.filter { $0.kind == kind } }
    func node(_ id: String) -> Node? { nodes.first { $0.id == id } }
}
