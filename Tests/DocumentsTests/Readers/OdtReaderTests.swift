import Foundation
import TestSupport
import Testing
@testable import Documents
import Graph

/// The LibreOffice reader on LibreOffice's own conversions of the Word fixtures and on the
/// hand-made files of `Fixtures/odt/make_odt.py`.
@Suite struct OdtReaderTests {
    static let folder = Fixtures.folder.appendingPathComponent("odt")

    static func read(_ name: String, limits: ArchiveLimits = ArchiveLimits()) throws -> Outline {
        let url = folder.appendingPathComponent(name)
        return try OdtReader(limits: limits).outline(Data(contentsOf: url), file: url.path, document: "d")
    }

    /// The direct-numbered Word report, saved by LibreOffice as .odt, gives the text's graph.
    @Test func givesTheGraphOfTheTextReport() throws {
        let fromODF = Fixtures.reportSignature(try Fixtures.reportGraph(try Self.read("report.odt")))
        let fromText = Fixtures.reportSignature(try Fixtures.reportGraph(PlainTextReader().read(try Fixtures.reportText(), document: "d")))
        #expect(fromODF.count > 600)
        #expect(fromODF == fromText, "\(Fixtures.firstDifference(fromODF, fromText))")
    }

    /// LibreOffice's .odt of the style-numbered Word report writes some of Word's restarted lists
    /// as lists that continue a list it never wrote, and then shows other numbers than Word; the
    /// reader counts as LibreOffice shows (its text export is the oracle).
    @Test func numbersListsAsLibreOfficeShowsThem() throws {
        let outline = try Self.read("report-styled.odt")
        try Fixtures.expectMarkers(of: outline, asLibreOfficeShows: Self.folder.appendingPathComponent("report-styled.lo.txt"))
        // The notes and their texts stay those of the text, whatever the numbers.
        let notes = try Fixtures.reportGraph(outline).nodes(.note)
        let textNotes = try Fixtures.realReport().nodes(.note)
        #expect(notes.count == textNotes.count)
    }

    @Test func readsEveryConstruct() throws {
        let blocks = try Self.read("constructs.odt").blocks
        #expect(blocks.map(\.text) == [
            "Verslag van de regiodag", "Eerste deel", "Groep noord",
            "Werkgevers betrekken", "Goede voorbeelden delen", "Subsidies eenvoudiger maken", "Regels tellen",
            "Tussendoor", "Passend werk", "Zonder nummer", "Regelruimte", "Zeven", "Acht",
            "Tweede deel", "cel een", "cel twee",
            "Zie de website en   pagina 3.",
            "regel een regel twee\tna tab",
        ])
        // A short paragraph the classifier guesses is a heading reads as the text reader would read it.
        #expect(blocks.map { $0.isGuessed ? .paragraph : $0.kind }.prefix(14) == [
            .heading(level: 1), .heading(level: 1), .heading(level: 2),
            .listItem(level: 1, marker: .number(1, punctuation: ".")),
            .listItem(level: 2, marker: .letter("a", punctuation: ")")),
            .listItem(level: 2, marker: .letter("b", punctuation: ")")),
            .listItem(level: 3, marker: .roman(1, punctuation: ".")),
            .paragraph,
            .listItem(level: 1, marker: .number(2, punctuation: ".")),  // continues list L1
            .paragraph,  // a list header has no number
            .listItem(level: 1, marker: .bullet("·")),
            .listItem(level: 1, marker: .number(7, punctuation: ".")),
            .listItem(level: 1, marker: .number(8, punctuation: ".")),
            .heading(level: 1),  // a style based on "Kop 1"
        ])
        #expect(blocks.map(\.line) == Array(1...18))  // the deleted paragraph is none of the document's
    }

    @Test func isFoundByItsContentWhateverItIsCalled() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("constructs.odt"))
        let reader = ReaderRegistry.standard().reader(for: URL(fileURLWithPath: "verslag.bin"), data: data)
        #expect(reader is OdtReader)
        #expect(!(DocxReader().recognises(data)))
    }

    @Test(arguments: ["external-entity.odt", "billion-laughs.odt"])
    func refusesDeclaredEntities(name: String) throws {
        #expect {
            try Self.read(name)
        } throws: { error in
            "\(error)".contains("declares a document type or entities") && "\(error)".contains(name) && "\(error)".contains("LibreOffice")
        }
    }

    /// A hang would be a failure; how fast the refusal is belongs in the benchmarks.
    @Test(.timeLimit(HangGuard.limit)) func refusesAZipBombWithinItsLimit() throws {
        #expect {
            try Self.read("zip-bomb.odt", limits: ArchiveLimits(entryBytes: 8 << 20, totalBytes: 16 << 20))
        } throws: { error in
            "\(error)".contains("content.xml would inflate to") || "\(error)".contains("inflates to more than the limit")
        }
    }

    /// Headers that claim content.xml is small do not let it inflate further: the bytes are counted.
    @Test(.timeLimit(HangGuard.limit)) func refusesAZipBombThatLiesAboutItsSize() throws {
        #expect {
            try Self.read("zip-bomb-lying.odt", limits: ArchiveLimits(entryBytes: 8 << 20, totalBytes: 16 << 20))
        } throws: { error in
            "\(error)".contains("content.xml inflates to more than the limit of 8388608 bytes")
        }
    }

    @Test func refusesATruncatedArchive() throws {
        #expect {
            try Self.read("truncated.odt")
        } throws: { error in
            (error as? GraphError)?.code == .unsupportedFormat && "\(error)".contains("truncated.odt")
        }
    }

    /// A thousand `text:s` asking for two billion spaces each make a bounded line.
    @Test(.timeLimit(HangGuard.limit)) func boundsSpaceRuns() throws {
        let blocks = try Self.read("huge-spaces.odt").blocks
        #expect(blocks.count == 1)
        #expect(blocks[0].text.count == 2 + 1000 * ODFBody.maximumSpaces)
    }
}
