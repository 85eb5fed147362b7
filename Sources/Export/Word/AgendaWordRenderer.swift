public import Foundation
import Zip

/// Writes the draft agenda as a Word document (`.docx`), laid out with Word's own means, so a
/// lector can edit it in Word and LibreOffice.
///
/// - Headings use Word's built-in heading styles (*heading 1* to *heading 3*), so the
///   navigation pane and a table of contents work.
/// - Lists are real Word lists (bullets, or numbers that restart for every list), with
///   sub-items on the second level.
/// - A table of contents of the sections follows the title (a TOC field, which Word brings up
///   to date with page numbers when the document opens); every page has its number in the footer.
/// - Tables are Word tables with a repeating header row, each column at least as wide as its
///   longest word (so no word is broken), the rest of the width by how much text it holds.
/// - Quoted texts (the systemic questions) are in Word's *Quote* style.
/// - Sources and emphasis are small italic runs in the character style *Bron*, one click from
///   all of them.
///
/// The package is written with the toolkit's own zip code (deflate with zlib); the same
/// document gives the same bytes.
public struct AgendaWordRenderer: AgendaRenderer {
    public var format: AgendaFormat { .word }

    public init() {}

    /// The Word document of `document`.
    ///
    /// - Throws: ``ExportError`` when the package cannot be compressed.
    public func render(_ document: AgendaDocument) throws -> Data {
        var body = WordBody()
        body.add(heading: .text(document.title), level: 1)
        for block in document.introduction { body.add(block) }
        body.addContents(document.sections.map(\.heading.plainText))
        for section in document.sections { body.add(section, level: 2) }
        var zip = ZipWriter()
        do {
            // The content types first, as Word writes them.
            try zip.add("[Content_Types].xml", Data(WordPackage.contentTypes.utf8))
            try zip.add("_rels/.rels", Data(WordPackage.packageRelationships.utf8))
            try zip.add("docProps/core.xml", Data(WordPackage.coreProperties(title: document.title).utf8))
            try zip.add("word/_rels/document.xml.rels", Data(WordPackage.documentRelationships.utf8))
            try zip.add("word/document.xml", Data(body.document().utf8))
            try zip.add("word/styles.xml", Data(WordPackage.styles.utf8))
            try zip.add("word/numbering.xml", Data(body.numbering().utf8))
            try zip.add("word/footer1.xml", Data(WordPackage.footer.utf8))
            try zip.add("word/settings.xml", Data(WordPackage.settings.utf8))
        } catch {
            throw ExportError(problem: "the Word document cannot be compressed (\(error))", remedy: "report this as a bug with the agenda that caused it")
        }
        return zip.data()
    }
}

/// The body of `word/document.xml`, built block by block, and the list instances it uses.
struct WordBody {
    private var xml = ""
    /// One numbering instance per ordered list, so each starts at 1.
    private var orderedLists = 0

    /// The bullet list instance; ordered lists are 2, 3, …
    static let bulletList = 1

    mutating func add(heading: AgendaDocument.Inline, level: Int) {
        xml += paragraph(heading, style: "Heading\(min(level, 3))")
    }

    /// The table of contents: a heading and a TOC field over the level-2 headings, holding
    /// `headings` until Word updates it with page numbers.
    mutating func addContents(_ headings: [String]) {
        guard !headings.isEmpty else { return }
        xml += "<w:p><w:pPr><w:pStyle w:val=\"TOCHeading\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Inhoud</w:t></w:r></w:p>"
        xml += "<w:p><w:pPr><w:pStyle w:val=\"TOC2\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o &quot;2-2&quot; \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        xml += headings.enumerated().map { offset, heading in
            (offset == 0 ? "" : "<w:p><w:pPr><w:pStyle w:val=\"TOC2\"/></w:pPr>") + "<w:r><w:t xml:space=\"preserve\">\(XMLText.escape(heading))</w:t></w:r>" + (offset == headings.count - 1 ? "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" : "") + "</w:p>"
        }.joined()
    }

    mutating func add(_ section: AgendaDocument.Section, level: Int) {
        add(heading: section.heading, level: level)
        for block in section.blocks { add(block) }
        for subsection in section.sections { add(subsection, level: level + 1) }
    }

    mutating func add(_ block: AgendaDocument.Block) {
        switch block {
        case .paragraph(let text):
            xml += paragraph(text, style: nil)
        case .quote(let text):
            xml += paragraph(text, style: "Quote")
        case .list(let list):
            var id = Self.bulletList
            if list.ordered {
                orderedLists += 1
                id = Self.bulletList + orderedLists
            }
            for item in list.items {
                xml += paragraph(item.content, style: "ListParagraph", list: (id, 0))
                for child in item.children { xml += paragraph(child.content, style: "ListParagraph", list: (id, 1)) }
            }
        case .table(let table):
            xml += self.table([table.header.map(AgendaDocument.Inline.text)] + table.rows)
        }
    }

    func document() -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(xml)<w:sectPr><w:footerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>
        """
    }

    /// Bullets (instance 1) and one restarting decimal instance per ordered list.
    func numbering() -> String {
        func level(_ index: Int, format: String, text: String, indent: Int) -> String {
            "<w:lvl w:ilvl=\"\(index)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(indent)\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        out += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>" + level(0, format: "bullet", text: "•", indent: 720) + level(1, format: "bullet", text: "–", indent: 1440) + "</w:abstractNum>"
        out += "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>" + level(0, format: "decimal", text: "%1.", indent: 720) + level(1, format: "bullet", text: "–", indent: 1440) + "</w:abstractNum>"
        out += "<w:num w:numId=\"\(Self.bulletList)\"><w:abstractNumId w:val=\"0\"/></w:num>"
        for list in 0..<orderedLists {
            out += "<w:num w:numId=\"\(Self.bulletList + 1 + list)\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        }
        return out + "</w:numbering>"
    }

    private func paragraph(_ text: AgendaDocument.Inline, style: String?, list: (id: Int, level: Int)? = nil) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if let list { properties += "<w:numPr><w:ilvl w:val=\"\(list.level)\"/><w:numId w:val=\"\(list.id)\"/></w:numPr>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs(text) + "</w:p>"
    }

    /// Plain text as plain runs, emphasis and sources as runs in the style *Bron*; neighbouring
    /// spans of the same look make one run.
    private func runs(_ text: AgendaDocument.Inline) -> String {
        var runs: [(text: String, emphasised: Bool)] = []
        for span in text.spans {
            let (words, emphasised): (String, Bool) = switch span {
            case .text(let words): (words, false)
            case .emphasis(let words): (words, true)
            case .source(let citation): (citation.plainText, true)
            }
            if let last = runs.last, last.emphasised == emphasised, !emphasised {
                runs[runs.count - 1].text += words
            } else if !words.isEmpty {
                runs.append((words, emphasised))
            }
        }
        return runs.map { run in
            let properties = run.emphasised ? "<w:rPr><w:rStyle w:val=\"Bron\"/></w:rPr>" : ""
            // A soft hyphen is Word's own, so that Word and LibreOffice may break the word there.
            let text = run.text.split(separator: "\u{AD}", omittingEmptySubsequences: false).map { "<w:t xml:space=\"preserve\">\(XMLText.escape(String($0)))</w:t>" }.joined(separator: "<w:softHyphen/>")
            return "<w:r>\(properties)\(text)</w:r>"
        }.joined()
    }

    /// Column widths in twips over the page's `page` twips: each column at least as wide as its
    /// longest word in the tables' 8-point text (header included), so that no word is broken;
    /// the width left over shared by how much text each column holds. When even the longest
    /// words do not fit, the column with the most text gives up what is missing.
    static func columnWidths(_ rows: [[String]], page: Int = 9070) -> [Int] {
        let columns = rows.map(\.count).max() ?? 0
        guard columns > 0 else { return [] }
        // About 100 twips a character of 8-point Calibri, capitals included, 120 in the bold
        // header row, plus the cell's margins.
        let perCharacter = 100, perHeaderCharacter = 120, margins = 190
        func longestWord(_ cell: String) -> Int { min(30, cell.split(whereSeparator: { $0.isWhitespace || $0 == "\u{AD}" }).map(\.count).max() ?? 0) }
        var floors = (0..<columns).map { column in
            rows.enumerated().map { row, cells in
                column < cells.count ? longestWord(cells[column]) * (row == 0 ? perHeaderCharacter : perCharacter) : 0
            }.max().map { $0 + margins } ?? margins
        }
        let text = (0..<columns).map { column in min(60, max(8, rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0)) }
        let missing = floors.reduce(0, +) - page
        if missing > 0, let widest = text.indices.max(by: { text[$0] < text[$1] }) {
            floors[widest] = max(margins + 4 * perCharacter, floors[widest] - missing)
        }
        let floorTotal = floors.reduce(0, +), textTotal = text.reduce(0, +)
        guard floorTotal < page else { return floors.map { page * $0 / floorTotal } }
        return zip(floors, text).map { $0 + (page - floorTotal) * $1 / textTotal }
    }

    private func table(_ rows: [[AgendaDocument.Inline]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        guard columns > 0 else { return "" }
        let widths = Self.columnWidths(rows.map { $0.map(\.plainText) })
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        out += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in rows.enumerated() {
            out += "<w:tr>" + (index == 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            for column in 0..<columns {
                let cell = column < row.count ? row[column] : AgendaDocument.Inline([])
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/></w:tcPr>" + paragraph(cell, style: index == 0 ? "TableHeading" : "TableText") + "</w:tc>"
            }
            out += "</w:tr>"
        }
        return out + "</w:tbl><w:p/>"
    }
}

/// The fixed parts of the package: content types, relationships, properties, styles.
enum WordPackage {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>
        """

    /// The footer of every page: its number, centred.
    static let footer = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>
        """

    /// Word brings the fields (the table of contents' page numbers) up to date on opening.
    static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:updateFields w:val="true"/><w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/></w:settings>
        """

    /// The title only: no author or date, so the bytes depend on the agenda alone.
    static func coreProperties(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(XMLText.escape(title))</dc:title><dc:language>nl-NL</dc:language></cp:coreProperties>
        """
    }

    /// Word's built-in names and ids for the heading, list and table styles, so Word treats
    /// them as its own (navigation pane, outline level), plus the character style for sources.
    static let styles: String = {
        func heading(_ level: Int, size: Int) -> String {
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"\(level == 1 ? 360 : 240)\" w:after=\"120\"/><w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr><w:rPr><w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr></w:style>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\(heading(1, size: 36))\(heading(2, size: 30))\(heading(3, size: 26))<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs><w:spacing w:after="60"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/><w:pPr><w:ind w:left="567" w:right="567"/></w:pPr><w:rPr><w:i/><w:color w:val="404040"/></w:rPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Tabeltekst"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHeading"><w:name w:val="Tabelkop"/><w:basedOn w:val="TableText"/><w:rPr><w:b/></w:rPr></w:style><w:style w:type="character" w:customStyle="1" w:styleId="Bron"><w:name w:val="Bron"/><w:rPr><w:i/><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/></w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>
            """
    }()
}
