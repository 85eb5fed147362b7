import Foundation
import Testing
@testable import Documents
import Graph
import TestSupport

/// The Word reader on fixtures made by `Fixtures/docx/make_docx.py`.
@Suite struct DocxReaderTests {
    static let folder = Fixtures.folder.appendingPathComponent("docx")

    static func read(_ name: String, limits: ArchiveLimits = ArchiveLimits()) throws -> Outline {
        let url = folder.appendingPathComponent(name)
        return try DocxReader(limits: limits).outline(Data(contentsOf: url), file: url.path, document: "d")
    }

    @Test func readsTheReportAsTheTextReaderDoes() throws {
        let fromWord = try Self.read("report.docx")
        let fromText = PlainTextReader().read(try Fixtures.reportText(), document: "d")
        #expect(fromWord.blocks.count == fromText.blocks.count)
        for (word, text) in zip(fromWord.blocks, fromText.blocks) {
            #expect(word.text == text.text, "line \(text.line)")
            #expect(word.line == text.line)
            #expect(word.marker?.ordinal == text.marker?.ordinal, "line \(text.line): \(text.text.prefix(30))")
            #expect(word.listLevel == text.listLevel, "line \(text.line)")
        }
    }

    /// The report as Word holds it with numbering on each paragraph (make_docx.py) and with the
    /// numbering in the list styles, as Word's list buttons and python-docx make it
    /// (make_styled_docx.py): both give the text's graph, node for node and edge for edge.
    @Test(arguments: ["report.docx", "report-styled.docx"])
    func givesTheGraphOfTheTextReport(name: String) throws {
        let fromWord = Fixtures.reportSignature(try Fixtures.reportGraph(try Self.read(name)))
        let fromText = Fixtures.reportSignature(try Fixtures.reportGraph(PlainTextReader().read(try Fixtures.reportText(), document: "d")))
        #expect(fromWord.count > 600)
        #expect(fromWord == fromText, "\(Fixtures.firstDifference(fromWord, fromText))")
    }

    /// LibreOffice's own reading of the style-numbered report is the oracle for Word's counting:
    /// lists sharing a definition count on together, and a "Restart at 1" instance starts again.
    @Test func numbersStyleListsAsLibreOfficeShowsThem() throws {
        try Fixtures.expectMarkers(of: try Self.read("report-styled.docx"), asLibreOfficeShows: Self.folder.appendingPathComponent("report-styled.lo.txt"))
    }

    @Test func readsEveryConstruct() throws {
        let blocks = try Self.read("constructs.docx").blocks
        #expect(blocks.map(\.text) == [
            "Verslag van de regiodag", "Eerste deel", "Groep noord",
            "Werkgevers betrekken", "Goede voorbeelden delen", "Subsidies eenvoudiger maken", "Passend werk", "Regelruimte",
            "cel een", "cel twee",
            "Zie de website en pagina 3, link.",
            "regel een regel twee\tna tab",
        ])
        #expect(blocks[0].kind == .heading(level: 1))
        #expect(blocks[1].kind == .heading(level: 1))
        #expect(blocks[2].kind == .heading(level: 2))
        // Word's own numbering counts on, nests and restarts below.
        #expect(blocks[3].kind == .listItem(level: 1, marker: .number(1, punctuation: ".")))
        #expect(blocks[4].listLevel == 2 && blocks[4].marker?.ordinal == 1)
        #expect(blocks[5].marker?.ordinal == 2)
        #expect(blocks[6].kind == .listItem(level: 1, marker: .number(2, punctuation: ".")))
        #expect(blocks[7].kind == .listItem(level: 1, marker: .bullet("·")))
    }

    @Test(arguments: ["external-entity.docx", "billion-laughs.docx"])
    func refusesDeclaredEntities(name: String) throws {
        #expect {
            try Self.read(name)
        } throws: { error in
            "\(error)".contains("declares a document type or entities") && "\(error)".contains(name)
        }
    }

    /// A hang would be a failure; how fast the refusal is belongs in the benchmarks.
    @Test(.timeLimit(HangGuard.limit)) func refusesAZipBombWithinItsLimit() throws {
        #expect {
            try Self.read("zip-bomb.docx", limits: ArchiveLimits(entryBytes: 8 << 20, totalBytes: 16 << 20))
        } throws: { error in
            "\(error)".contains("word/document.xml would inflate to") || "\(error)".contains("inflates to more than the limit")
        }
    }

    /// Inputs the fuzzer found that once crashed the reader (through ZIPFoundation's in-memory archive).
    @Test(arguments: ["fuzz-crash-1.docx"])
    func survivesFuzzerFindings(name: String) throws {
        #expect(throws: GraphError.self) { try Self.read(name) }
    }

    /// A fuzzer finding: with one byte of `word/document.xml`'s deflate stream changed,
    /// ZIPFoundation 0.9.20's inflate loop asked for more input forever; the reader's own
    /// inflating ends at the damage.
    @Test(.timeLimit(HangGuard.limit)) func endsOnADamagedDeflateStream() throws {
        #expect(throws: GraphError.self) { try Self.read("fuzz-timeout-1.docx") }
    }

    @Test func refusesATruncatedArchive() throws {
        #expect {
            try Self.read("truncated.docx")
        } throws: { error in
            (error as? GraphError)?.code == .unsupportedFormat && "\(error)".contains("truncated.docx")
        }
    }
}
