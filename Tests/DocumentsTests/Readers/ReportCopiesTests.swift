import Foundation
import Testing
@testable import Documents
import Graph
import TestSupport

/// The Word copy of a report a lector makes by hand — list styles from Word's buttons (List
/// Bullet, List Number, List Number 2), no empty paragraphs between blocks, short plain
/// paragraphs as sub-headings between lists — and LibreOffice's ODF of it give the notes of the
/// text, with the same texts, groups and themes.
@Suite struct ReportCopiesTests {
    /// The report's lines as Word paragraphs: bullets, numbers and letters in their list
    /// styles (a number out of turn restarts the list, as Word's "Restart at" writes it), group
    /// names as Heading 2, every other non-empty line a plain paragraph. With `indented`, the
    /// numbers are in *List Number 2* and the letters in *List Number 3*, as a person who likes
    /// the indented list better picks them.
    static func compactWordCopy(of text: String, indented: Bool = false) throws -> Data {
        let (numberStyle, letterStyle) = indented ? ("ListNumber2", "ListNumber3") : ("ListNumber", "ListNumber2")
        var paragraphs: [String] = []
        var overrides: [String] = []
        var expected: [String: Int] = [:]
        var nextNumId = 10
        let bullet = #/^[·•\-*]\s+(.+)$/#
        let number = #/^(\d{1,2})[.)]?[ \t]+(\D.*)$/#
        let letter = #/^([a-z])[.)][ \t]+(.+)$/#
        let group = #/^Groep\s+\S+(\s+en\s+\S+)?$/#
        for raw in TextLines.split(text) {
            let line = String(raw).replacingOccurrences(of: "[image: ]", with: "").trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
            guard !line.isEmpty else { continue }
            if let match = line.wholeMatch(of: bullet) {
                paragraphs.append(OfficeFiles.wordParagraph(String(match.1), style: "ListBullet"))
                continue
            }
            let item: (style: String, abstract: Int, number: Int, text: String)?
            if let match = line.wholeMatch(of: number), let value = Int(match.1) {
                item = (numberStyle, 1, value, String(match.2))
                expected[letterStyle] = nil
            } else if let match = line.wholeMatch(of: letter), let scalar = match.1.unicodeScalars.first {
                item = (letterStyle, 2, Int(scalar.value) - 96, String(match.2))
            } else {
                item = nil
            }
            if let item {
                var numId: String?
                if expected[item.style, default: 1] != item.number {
                    nextNumId += 1
                    overrides.append(#"<w:num w:numId="\#(nextNumId)"><w:abstractNumId w:val="\#(item.abstract)"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="\#(item.number)"/></w:lvlOverride></w:num>"#)
                    numId = String(nextNumId)
                }
                expected[item.style] = item.number + 1
                paragraphs.append(OfficeFiles.wordParagraph(item.text, style: item.style, numId: numId))
            } else if line.wholeMatch(of: group) != nil {
                paragraphs.append(OfficeFiles.wordParagraph(line, style: "Heading2"))
            } else {
                paragraphs.append(OfficeFiles.wordParagraph(line))
            }
        }
        func level(_ format: String, _ text: String) -> String {
            #"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="\#(format)"/><w:lvlText w:val="\#(text)"/></w:lvl>"#
        }
        let numbering = #"<w:abstractNum w:abstractNumId="0">\#(level("bullet", "·"))</w:abstractNum><w:abstractNum w:abstractNumId="1">\#(level("decimal", "%1."))</w:abstractNum><w:abstractNum w:abstractNumId="2">\#(level("lowerLetter", "%1."))</w:abstractNum>"#
            + (0...2).map { #"<w:num w:numId="\#($0 + 1)"><w:abstractNumId w:val="\#($0)"/></w:num>"# }.joined() + overrides.joined()
        func style(_ id: String, _ name: String, numId: Int?, outline: Int? = nil) -> String {
            let numPr = numId.map { #"<w:numPr><w:numId w:val="\#($0)"/></w:numPr>"# } ?? ""
            let level = outline.map { #"<w:outlineLvl w:val="\#($0)"/>"# } ?? ""
            return #"<w:style w:type="paragraph" w:styleId="\#(id)"><w:name w:val="\#(name)"/><w:pPr>\#(numPr)\#(level)</w:pPr></w:style>"#
        }
        let styles = style("ListBullet", "List Bullet", numId: 1) + style(numberStyle, indented ? "List Number 2" : "List Number", numId: 2)
            + style(letterStyle, indented ? "List Number 3" : "List Number 2", numId: 3) + style("Heading2", "heading 2", numId: nil, outline: 1)
        return try OfficeFiles.docx(body: paragraphs.joined(), numbering: numbering, styles: styles)
    }

    /// What a person compares: each note's text with its group and theme, in order.
    static func notes(_ outline: Outline) throws -> [String] {
        try Fixtures.reportGraph(outline).nodes(.note).map { note in
            [note.text ?? "", note.properties[.group] ?? "", note.properties[.theme] ?? ""].joined(separator: " | ")
        }
    }

    @Test(arguments: [false, true]) func givesTheNotesOfTheText(indented: Bool) throws {
        let text = try Self.notes(PlainTextReader().read(try Fixtures.reportText(), document: "d"))
        #expect(text.count == 224)
        let word = try Self.compactWordCopy(of: try Fixtures.reportText(), indented: indented)
        let fromWord = try Self.notes(try DocxReader().outline(word, file: "kopie.docx", document: "d"))
        #expect(fromWord == text, "\(Fixtures.firstDifference(fromWord, text))")
    }

    /// LibreOffice's ODF of the same copies gives the same notes.
    @Test(.enabled(if: ExternalTool.isInstalled("soffice"), "needs LibreOffice (Debian's libreoffice-writer-nogui)"), arguments: [false, true])
    func givesTheNotesOfTheTextInLibreOffice(indented: Bool) throws {
        let text = try Self.notes(PlainTextReader().read(try Fixtures.reportText(), document: "d"))
        let word = try Self.compactWordCopy(of: try Fixtures.reportText(), indented: indented)
        let folder = try TemporaryFolder()
        try word.write(to: folder.file("kopie.docx"))
        _ = ExternalTool.run("soffice", ["-env:UserInstallation=file://" + folder.file("lo-profile").path, "--headless", "--convert-to", "odt", "--outdir", folder.url.path, folder.file("kopie.docx").path], input: "")
        let odt = try Data(contentsOf: folder.file("kopie.odt"))
        let fromODF = try Self.notes(try OdtReader().outline(odt, file: "kopie.odt", document: "d"))
        #expect(fromODF == text, "\(Fixtures.firstDifference(fromODF, text))")
    }

    /// Where lists are marked up, a short plain paragraph between lists that heads prose is a
    /// sub-heading; one that closes a run of items (nothing after it but a heading) is a note,
    /// as in the text.
    @Test func tellsSubheadingsFromItemsThatLostTheirBullet() throws {
        let body = [
            OfficeFiles.wordParagraph("Groep geel", style: "Heading2"),
            OfficeFiles.wordParagraph("Werkgevers betrekken", style: "ListBullet"),
            OfficeFiles.wordParagraph("Achterliggende discussie"),
            OfficeFiles.wordParagraph("In deze groep was er weinig verschil van mening; de deelnemers spraken elkaars taal en kwamen snel tot de hoofdthema's die hierboven staan."),
            OfficeFiles.wordParagraph("Regels eenvoudiger maken", style: "ListBullet"),
            OfficeFiles.wordParagraph("Wat zijn randvoorwaarden voor duurzame plaatsing"),
            OfficeFiles.wordParagraph("Groep groen", style: "Heading2"),
        ].joined()
        let styles = #"<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>"#
        let report = #"<w:p><w:r><w:t>Verslag van het werkatelier ‘werk’ op 28 maart 2018</w:t></w:r></w:p>"#
        let outline = try DocxReader().outline(try OfficeFiles.docx(body: report + body, styles: styles), file: "klein.docx", document: "d")
        let notes = try Fixtures.reportGraph(outline).nodes(.note).compactMap(\.text)
        #expect(notes == ["Werkgevers betrekken", "Regels eenvoudiger maken", "Wat zijn randvoorwaarden voor duurzame plaatsing"])
    }
}
