import Foundation
@testable import Graph

/// Paths and helpers shared by the Graph tests.
enum Fixtures {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpus = root.appendingPathComponent("corpus")
    static let reportURL = corpus.appendingPathComponent("bpa-werkateliers-2018.txt")

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
        return WorkshopReportInterpreter(lexicon: lexicon).interpret(outline, document: document(id))
    }

    /// The BPA report, interpreted.
    static func realReport() throws -> GraphDelta {
        try interpretReport(try reportText(), id: "bpa")
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension GraphDelta {
    func nodes(_ kind: NodeKind) -> [Node] { nodes.filter { $0.kind == kind } }
    func edges(_ kind: EdgeKind) -> [Edge] { edges.filter { $0.kind == kind } }
    func node(_ id: String) -> Node? { nodes.first { $0.id == id } }
}
