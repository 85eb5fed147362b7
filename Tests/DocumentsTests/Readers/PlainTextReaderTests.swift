import Testing
@testable import Documents
import Graph
import TestSupport

@Suite struct PlainTextReaderTests {
    let reader = PlainTextReader()

    @Test func readsHeadingsItemsAndParagraphsWithLines() {
        let text = """
            Verslag van de dag

            Groep geel
            Na een korte voorstelronde hebben we geeltjes geschreven, en die daarna besproken.
            1. Hoe leren mensen?
            · Formeel en informeel.
            """
        let outline = reader.read(text, document: "d")
        #expect(outline.blocks.map(\.kind) == [
            .heading(level: 1), .heading(level: 2), .paragraph,
            .listItem(level: 1, marker: .number(1, punctuation: ".")), .listItem(level: 1, marker: .bullet("·")),
        ])
        #expect(outline.blocks.map(\.line) == [1, 3, 4, 5, 6])
        #expect(outline.blocks[3].text == "Hoe leren mensen?")
    }

    @Test func givesLettersAndNumeralsTheirLevels() {
        let text = """
            2. De vraag naar de versterking van de inclusieve cultuur.
            a. Hoe verleiden we werkgevers?
            i. Wat zijn werkelijke drijfveren?
            ii. Op welke behoeften kan ingespeeld worden?
            b. Wat kan de bijdrage van HRM zijn?
            i. Hoe kan focus op sterke punten helpen?
            """
        let kinds = reader.read(text, document: "d").blocks.map(\.kind)
        #expect(kinds == [
            .listItem(level: 1, marker: .number(2, punctuation: ".")),
            .listItem(level: 2, marker: .letter("a", punctuation: ".")),
            .listItem(level: 3, marker: .roman(1, punctuation: ".")),
            .listItem(level: 3, marker: .roman(2, punctuation: ".")),
            .listItem(level: 2, marker: .letter("b", punctuation: ".")),
            .listItem(level: 3, marker: .roman(1, punctuation: ".")),
        ])
    }

    @Test func readsILetterAfterHAsALetter() {
        let text = (["a", "b", "c", "d", "e", "f", "g", "h", "i"]).map { "\($0). punt \($0)" }.joined(separator: "\n")
        let last = reader.read(text, document: "d").blocks.last
        #expect(last?.kind == .listItem(level: 1, marker: .letter("i", punctuation: ".")))
    }

    @Test func dropsConversionMarksAndEmptyBullets() {
        let text = """
            [image: ]
            [bookmark: _GoBack]Bij deze vraag ging het om leren.
            ·\u{20}
            · Echte notitie
            - **Welkom**
            \tJosephine Engels
            \tPaul van der Aa
            """
        let blocks = reader.read(text, document: "d").blocks
        #expect(blocks.map(\.text) == ["Bij deze vraag ging het om leren.", "Echte notitie", "Welkom", "Josephine Engels", "Paul van der Aa"])
        #expect(blocks[0].line == 2)
        #expect(blocks[3].kind == .caption)
        #expect(blocks[4].kind == .caption)
        #expect(!blocks.contains { $0.text.contains("[") || $0.text.contains("**") })
    }

    @Test func keepsTabIndentedProseAsProse() {
        let blocks = reader.read("\tTot slot werden de resultaten aan elkaar gepresenteerd.\n\tImpressie walking & working lunch", document: "d").blocks
        #expect(blocks.map(\.kind) == [.paragraph, .heading(level: 2)])
    }

    @Test func nestsSpaceIndentedBullets() {
        let blocks = reader.read("- **Voorstellen**\n - **Waar ben jij mee bezig?**\n- **Afsluiting**", document: "d").blocks
        #expect(blocks.map(\.listLevel) == [1, 2, 1])
        #expect(blocks[1].text == "Waar ben jij mee bezig?")
    }

    @Test func countsLinesAcrossWindowsLineEndings() {
        let blocks = reader.read("Titel\r\n\r\n· een\r\n· twee", document: "d").blocks
        #expect(blocks.map(\.line) == [1, 3, 4])
    }

    @Test func readsTheWholeCorpusReportWithoutMarks() throws {
        let outline = reader.read(try Fixtures.reportText(), document: "bpa")
        let lines = try Fixtures.reportLines()
        #expect(outline.blocks.count > 300)
        for block in outline.blocks {
            #expect(!block.text.contains("[image:"))
            #expect(!block.text.contains("[bookmark:"))
            #expect(!block.text.isEmpty)
            // Each block's text stands on the line it points at.
            let source = lines[block.line - 1]
            #expect(source.contains(block.text.prefix(20)), "line \(block.line): \(block.text.prefix(40))")
        }
    }
}
