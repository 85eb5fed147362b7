import Testing
@testable import Documents
import Graph
import TestSupport

@Suite struct MarkdownReaderTests {
    /// The same report in plain text (as Word exports it) and in Markdown.
    static let plain = """
        Verslag van de dag

        Groep geel
        De groep schreef geeltjes en bracht ze onder bij thema's.
        1. Hoe creëer je inclusief leven lang leren?
        · Hoe kan je competenties (h)erkennen?
        · Zijn er grenzen aan leren?
        2) Matching op skills
        a. Hoe matchen op talenten?
        i. Welke talenten tellen?
        b. Wie helpt de werkgever?
        """

    static let markdown = """
        # Verslag van de dag

        ## Groep geel

        De groep schreef **geeltjes** en bracht ze
        onder bij thema's.

        1. Hoe creëer je inclusief leven lang leren?
           - Hoe kan je competenties (h)erkennen?
           - Zijn er grenzen aan [leren](https://example.org)?
        2) Matching op skills
           a. Hoe matchen op talenten?
              i. Welke talenten tellen?
           b. Wie helpt de werkgever?
        """

    struct Shape: Equatable {
        var kind: String
        var level: Int?
        var ordinal: Int?
        var text: String
    }

    static func shape(_ outline: Outline) -> [Shape] {
        outline.blocks.map { block in
            let kind: String
            var level: Int?
            switch block.kind {
            case .heading: kind = "heading"
            case .listItem(let l, let marker):
                kind = marker.isOrdered ? "ordered-\(marker.nestingRank)" : "bullet"
                level = l
            case .paragraph: kind = "paragraph"
            case .tableRow: kind = "row"
            case .caption: kind = "caption"
            }
            return Shape(kind: kind, level: level, ordinal: block.marker?.ordinal, text: block.text)
        }
    }

    @Test func producesTheSameTreeAsThePlainTextReader() {
        let fromText = Self.shape(PlainTextReader().read(Self.plain, document: "d"))
        let fromMarkdown = Self.shape(MarkdownReader().read(Self.markdown, document: "d"))
        // Levels differ where Markdown indents bullets under a number; text and order agree.
        #expect(fromText.map(\.text) == fromMarkdown.map(\.text))
        #expect(fromText.map(\.kind) == fromMarkdown.map(\.kind))
        #expect(fromText.map(\.ordinal) == fromMarkdown.map(\.ordinal))
    }

    @Test func givesHeadingLevelsAndParagraphSpans() {
        let blocks = MarkdownReader().read(Self.markdown, document: "d").blocks
        #expect(blocks[0].kind == .heading(level: 1))
        #expect(blocks[1].kind == .heading(level: 2))
        #expect(blocks[2].line == 5)
        #expect(blocks[2].endLine == 6)
        #expect(blocks[2].text == "De groep schreef geeltjes en bracht ze onder bij thema's.")
    }

    @Test func nestsListsByIndentation() {
        let blocks = MarkdownReader().read("- een\n  - twee\n    - drie\n- vier", document: "d").blocks
        #expect(blocks.map(\.listLevel) == [1, 2, 3, 1])
    }

    @Test func keepsEscapedCharactersAndCodeText() {
        let blocks = MarkdownReader().read("Prijs \\* 2 en `code` en \\#tag", document: "d").blocks
        #expect(blocks.first?.text == "Prijs * 2 en code en #tag")
    }
}
