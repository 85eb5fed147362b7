import Foundation
import TestSupport
import Testing
@testable import Documents
import Graph

/// Where Word keeps headings and numbering: on the paragraph, in its style, in the styles that
/// style is based on, and in numbering.xml's overrides; each case a hand-made document.
@Suite struct WordStylesTests {
    static let namespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    /// The blocks of a document whose body, styles and numbering are the given XML fragments.
    static func read(_ body: String, styles: String? = nil, numbering: String? = nil) throws -> [OutlineBlock] {
        func part(_ root: String, _ inner: String) -> Data { Data(#"<?xml version="1.0" encoding="UTF-8"?><w:\#(root) \#(namespace)>\#(inner)</w:\#(root)>"#.utf8) }
        return try DocxReader.outline(
            documentXML: part("document", "<w:body>\(body)</w:body>"),
            stylesXML: styles.map { part("styles", $0) },
            numberingXML: numbering.map { part("numbering", $0) },
            file: "test.docx", document: "d"
        ).blocks
    }

    static func paragraph(_ text: String, style: String? = nil, numId: String? = nil, ilvl: Int? = nil, outline: Int? = nil) -> String {
        var properties = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
        if numId != nil || ilvl != nil {
            properties += "<w:numPr>" + (ilvl.map { #"<w:ilvl w:val="\#($0)"/>"# } ?? "") + (numId.map { #"<w:numId w:val="\#($0)"/>"# } ?? "") + "</w:numPr>"
        }
        if let outline { properties += #"<w:outlineLvl w:val="\#(outline)"/>"# }
        return "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    static func style(_ id: String, name: String? = nil, basedOn: String? = nil, numId: String? = nil, ilvl: Int? = nil, outline: Int? = nil) -> String {
        var properties = ""
        if numId != nil || ilvl != nil {
            properties += "<w:numPr>" + (ilvl.map { #"<w:ilvl w:val="\#($0)"/>"# } ?? "") + (numId.map { #"<w:numId w:val="\#($0)"/>"# } ?? "") + "</w:numPr>"
        }
        if let outline { properties += #"<w:outlineLvl w:val="\#(outline)"/>"# }
        return #"<w:style w:type="paragraph" w:styleId="\#(id)"><w:name w:val="\#(name ?? id)"/>"#
            + (basedOn.map { #"<w:basedOn w:val="\#($0)"/>"# } ?? "") + "<w:pPr>\(properties)</w:pPr></w:style>"
    }

    /// Abstract list 1: "%1." numbers, then "%2)" letters, then "%3." roman numerals; list 2: bullets.
    static let numbering = """
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:pStyle w:val="Opsomming2"/></w:lvl>\
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>\
        <w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>\
        <w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>\
        <w:num w:numId="7"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>\
        <w:num w:numId="8"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>
        """

    @Test func followsTheBasedOnChainToTheNumbering() throws {
        let styles = Self.style("ListNumber", name: "List Number", numId: "5") + Self.style("Tussen", basedOn: "ListNumber") + Self.style("MijnLijst", name: "Mijn lijst", basedOn: "Tussen")
        let blocks = try Self.read(Self.paragraph("Een", style: "MijnLijst") + Self.paragraph("Twee", style: "MijnLijst"), styles: styles, numbering: Self.numbering)
        #expect(blocks.map(\.kind) == [.listItem(level: 1, marker: .number(1, punctuation: ".")), .listItem(level: 1, marker: .number(2, punctuation: "."))])
    }

    @Test(.timeLimit(HangGuard.limit)) func endsABasedOnLoop() throws {
        let styles = Self.style("A", basedOn: "B") + Self.style("B", basedOn: "C") + Self.style("C", basedOn: "A")
        let blocks = try Self.read(Self.paragraph("Gewone tekst in een lus, met een punt aan het eind.", style: "A"), styles: styles, numbering: Self.numbering)
        #expect(blocks.map(\.kind) == [.paragraph])
    }

    @Test func numIdZeroSwitchesInheritedNumberingOff() throws {
        let styles = Self.style("ListBullet", name: "List Bullet", numId: "6")
        let blocks = try Self.read(Self.paragraph("Geen bolletje, maar een gewone zin.", style: "ListBullet", numId: "0") + Self.paragraph("Wel een", style: "ListBullet"), styles: styles, numbering: Self.numbering)
        #expect(blocks.map(\.kind) == [.paragraph, .listItem(level: 1, marker: .bullet("·"))])
    }

    @Test func takesTheLevelFromTheParagraphTheStyleOrTheLevelsLinkedStyle() throws {
        let styles = Self.style("ListNumber", name: "List Number", numId: "5") + Self.style("Opsomming2", numId: "5") + Self.style("Diep", numId: "5", ilvl: 2)
        let body = Self.paragraph("Eerste", style: "ListNumber") + Self.paragraph("Letter door de alinea", style: "ListNumber", ilvl: 1)
            + Self.paragraph("Letter door de koppeling", style: "Opsomming2") + Self.paragraph("Romeins door de stijl", style: "Diep")
        let blocks = try Self.read(body, styles: styles, numbering: Self.numbering)
        #expect(blocks.map(\.kind) == [
            .listItem(level: 1, marker: .number(1, punctuation: ".")),
            .listItem(level: 2, marker: .letter("a", punctuation: ")")),
            .listItem(level: 2, marker: .letter("b", punctuation: ")")),
            .listItem(level: 3, marker: .roman(1, punctuation: ".")),
        ])
    }

    @Test func restartsAtAStartOverrideAndAppliesALevelOverride() throws {
        let body = Self.paragraph("Een", numId: "5", ilvl: 0) + Self.paragraph("Twee", numId: "5", ilvl: 0)
            + Self.paragraph("Opnieuw een", numId: "7", ilvl: 0) + Self.paragraph("Opnieuw twee", numId: "7", ilvl: 0)
            + Self.paragraph("Hoofdletter", numId: "8", ilvl: 0)
        let markers = try Self.read(body, numbering: Self.numbering).compactMap(\.marker)
        #expect(markers.prefix(4).map(\.written) == ["1.", "2.", "1.", "2."])
        #expect(markers.last.map { if case .letter = $0 { true } else { false } } == true)
    }

    @Test func findsHeadingsByOutlineLevelAndByEnglishAndDutchNames() throws {
        let styles = Self.style("Kop1", name: "heading 1") + Self.style("Hoofdstuk", basedOn: "Kop1") + Self.style("Titel", name: "Title")
            + Self.style("Gewoon", basedOn: "Kop1", outline: 9) + Self.style("Tussenkop", outline: 2)
        let body = Self.paragraph("Titel van het verslag", style: "Titel") + Self.paragraph("Een hoofdstuk", style: "Hoofdstuk")
            + Self.paragraph("Een derde niveau", style: "Tussenkop") + Self.paragraph("Direct tweede niveau", outline: 1)
            + Self.paragraph("Geen kop meer, maar een gewone zin.", style: "Gewoon") + Self.paragraph("Kop 2 zonder definitie", style: "Heading2")
            + Self.paragraph("Hier weer gewone tekst, met een punt.", style: "Kop1", outline: 9)
        let blocks = try Self.read(body, styles: styles)
        #expect(blocks.map(\.kind) == [.heading(level: 1), .heading(level: 1), .heading(level: 3), .heading(level: 2), .paragraph, .heading(level: 2), .paragraph])
    }

    /// Dutch Word writes its built-in list styles with Dutch ids; where numbering.xml says nothing
    /// about them, the name still tells bullets from numbers and the level.
    @Test func readsDutchListStylesByName() throws {
        let styles = Self.style("Lijstopsommingsteken", name: "List Bullet") + Self.style("Lijstnummering2", name: "List Number 2")
        let body = Self.paragraph("Bolletje", style: "Lijstopsommingsteken") + Self.paragraph("Genummerd", style: "Lijstnummering2")
            + Self.paragraph("Nog een", style: "Lijstnummering2")
        let blocks = try Self.read(body, styles: styles)
        #expect(blocks.map(\.kind) == [
            .listItem(level: 1, marker: .bullet("·")),
            .listItem(level: 2, marker: .number(1, punctuation: ".")),
            .listItem(level: 2, marker: .number(2, punctuation: ".")),
        ])
    }
}
