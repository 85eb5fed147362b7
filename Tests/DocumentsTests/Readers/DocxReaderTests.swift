import Foundation
import Testing
@testable import Documents
import Graph
import TestSupport

/// The Word reader on fixtures made by `Fixtures/docx/make_docx.py`.
@Suite struct DocxReaderTests {
    static let folder = Fixtures.folder.appendingPathComponent("docx")

    static func read(_ name: String, limits: DocxReader.Limits = DocxReader.Limits()) throws -> Outline {
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

    @Test func givesTheSameWorkshopsGroupsThemesAndNotesAsTheText() throws {
        let (lexicon, _) = try Corpus.loadLexicon(in: Fixtures.corpus)
        let interpreter = try WorkshopReportInterpreter(lexicon: lexicon)
        let fromWord = interpreter.interpret(try Self.read("report.docx"), document: Fixtures.document("d"))
        let fromText = interpreter.interpret(PlainTextReader().read(try Fixtures.reportText(), document: "d"), document: Fixtures.document("d"))
        for kind in [NodeKind.workshop, .group, .theme, .question, .note, .person] {
            #expect(fromWord.nodes(kind).map(\.label) == fromText.nodes(kind).map(\.label), "\(kind)")
        }
        #expect(fromWord.nodes(.note).map(\.text) == fromText.nodes(.note).map(\.text))
        #expect(fromWord.edges(.belongsTo).count == fromText.edges(.belongsTo).count)
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
    @Test(.timeLimit(.minutes(1))) func refusesAZipBombWithinItsLimit() throws {
        #expect {
            try Self.read("zip-bomb.docx", limits: DocxReader.Limits(entryBytes: 8 << 20, totalBytes: 16 << 20))
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
    @Test(.timeLimit(.minutes(1))) func endsOnADamagedDeflateStream() throws {
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
