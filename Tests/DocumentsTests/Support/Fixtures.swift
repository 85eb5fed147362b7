import Foundation
import Testing
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

    /// The workshop-report graph of `outline`, read with the corpus lexicon.
    static func reportGraph(_ outline: Outline) throws -> GraphDelta {
        let (lexicon, _) = try Corpus.loadLexicon(in: corpus)
        return try WorkshopReportInterpreter(lexicon: lexicon).interpret(outline, document: document(outline.document))
    }

    /// What every shape of the same report must give alike: each workshop, group, theme,
    /// question and note with its text, line, theme and number, and every edge between them.
    static func reportSignature(_ delta: GraphDelta) -> [String] {
        let kinds: Set<NodeKind> = [.workshop, .group, .theme, .question, .note]
        let nodes = delta.nodes.filter { kinds.contains($0.kind) }.map { node in
            [node.kind.rawValue, node.id, node.label, node.text ?? "", "line \(node.provenance.line)", node.properties[.theme] ?? "", node.properties[.number] ?? "", node.properties[.group] ?? ""].joined(separator: " | ")
        }
        let ids = Set(delta.nodes.filter { kinds.contains($0.kind) }.map(\.id))
        let edges = delta.edges.filter { ids.contains($0.source) && ids.contains($0.target) }.map { "\($0.source) \($0.kind.rawValue) \($0.target)" }
        return nodes + edges.sorted()
    }

    /// The first line where two signatures differ, for a readable failure.
    static func firstDifference(_ a: [String], _ b: [String]) -> String {
        for (x, y) in zip(a, b) where x != y { return "\(x)\n≠ \(y)" }
        return a.count == b.count ? "none" : "\(a.count) lines against \(b.count)"
    }

    /// Checks that `outline` marks its list items as LibreOffice's text export `oracle` shows them:
    /// the same lines are items, each with the same number or a bullet.
    static func expectMarkers(of outline: Outline, asLibreOfficeShows oracle: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let items = outline.blocks.filter { $0.marker != nil }
        let shown = try libreOfficeMarkers(oracle)
        #expect(items.count > 200, sourceLocation: sourceLocation)
        #expect(Set(items.map(\.line)) == Set(shown.keys), sourceLocation: sourceLocation)
        for item in items {
            let marker = try #require(item.marker)
            #expect(shown[item.line] == (marker.isOrdered ? marker.written : "•"), "line \(item.line): \(item.text.prefix(40))", sourceLocation: sourceLocation)
        }
    }

    /// The list markers LibreOffice shows, by line, in its plain-text export (`soffice
    /// --convert-to txt`): one line per paragraph, each item led by its number or bullet.
    static func libreOfficeMarkers(_ url: URL) throws -> [Int: String] {
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\u{FEFF}", with: "")
        var markers: [Int: String] = [:]
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.count < line.count, let marker = trimmed.split(separator: " ", maxSplits: 1).first else { continue }
            if marker == "•" || marker.last == "." || marker.last == ")" { markers[index + 1] = String(marker) }
        }
        return markers
    }
}

extension GraphDelta {
    func nodes(_ kind: NodeKind) -> [Node] { nodes.filter { $0.kind == kind } }
    func edges(_ kind: EdgeKind) -> [Edge] { edges.filter { $0.kind == kind } }
    func node(_ id: String) -> Node? { nodes.first { $0.id == id } }
}
