import CLibXML2
import Foundation
import TestSupport
import Testing
import Zip
@testable import Export

/// The Word renderer on small hand-made agendas: the package, its parts, its lists.
@Suite struct AgendaWordRendererTests {
    static let document = AgendaDocument(
        title: "Agenda & <concept>",
        introduction: [
            .paragraph("Een alinea met " + .source(.init(group: "Groep geel", workshop: "", document: "d", line: 3)) + " als bron."),
            .quote("Een systeemvraag."),
        ],
        sections: [
            .init("Vragen", blocks: [
                .list(.init(ordered: true, items: [
                    .init("Eerste vraag — " + .emphasis("bron 1"), children: [.init("Draagvlak: 2 groepen."), .init("Ook gesteld als: tweede formulering")]),
                    .init("Tweede vraag"),
                ])),
            ], sections: [
                .init("Thema", blocks: [
                    .list(.init(ordered: false, items: [.init("los punt met *sterretje*")])),
                    .list(.init(ordered: true, items: [.init("Weer één")])),
                    .table(.init(header: ["Kop", "Aantal"], rows: [[.text("a | b"), .text("3")]])),
                ]),
            ]),
        ])

    static func parts() throws -> [String: String] {
        let archive = try ZipArchive(try AgendaWordRenderer().render(document))
        var parts: [String: String] = [:]
        for path in archive.entries.keys {
            parts[path] = String(decoding: try #require(try archive.contents(of: path, limit: 1 << 20)), as: UTF8.self)
        }
        return parts
    }

    /// Whether libxml2 parses `xml` without error.
    static func isWellFormed(_ xml: String) -> Bool {
        let bytes = Array(xml.utf8)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { xmlReadMemory($0, Int32(buffer.count), nil, nil, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)) }
            } ?? nil
        }
        defer { xmlFreeDoc(document) }
        return document != nil
    }

    @Test func writesAPackageWordOpensWithWellFormedParts() throws {
        let parts = try Self.parts()
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footer1.xml", "word/settings.xml"])
        for (path, xml) in parts { #expect(Self.isWellFormed(xml), "\(path)") }
        // Python's zip module checks every entry's CRC.
        let folder = try TemporaryFolder()
        let file = folder.file("agenda.docx")
        try AgendaWordRenderer().render(Self.document).write(to: file)
        let output = try #require(ExternalTool.run("python3", ["-m", "zipfile", "-t", file.path], input: ""), "python3 checks the zip")
        #expect(output.contains("Done testing"))
    }

    @Test func usesWordsHeadingStylesAndListsAndKeepsTheText() throws {
        let document = try #require(try Self.parts()["word/document.xml"])
        #expect(document.contains("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Agenda &amp; &lt;concept&gt;</w:t>"))
        #expect(document.contains("<w:pStyle w:val=\"Heading3\"/>"))
        #expect(document.contains("<w:pStyle w:val=\"Quote\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Een systeemvraag.</w:t>"))
        // Sources are runs in the character style Bron; asterisks in the text stay asterisks.
        #expect(document.contains("<w:rStyle w:val=\"Bron\"/></w:rPr><w:t xml:space=\"preserve\">Groep geel, d, regel 3</w:t>"))
        #expect(document.contains("los punt met *sterretje*"))
        // Sub-items on the second level of the list they belong to; each ordered list its own instance.
        #expect(document.components(separatedBy: "<w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/>").count - 1 == 2)
        #expect(document.contains("<w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/>"))
        #expect(document.contains("<w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"))
        // A table with a repeating header row; a pipe stays in its cell.
        #expect(document.contains("<w:tblHeader/>"))
        #expect(document.contains("a | b"))
        let numbering = try #require(try Self.parts()["word/numbering.xml"])
        #expect(numbering.contains("<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"))
        let styles = try #require(try Self.parts()["word/styles.xml"])
        #expect(styles.contains("<w:name w:val=\"heading 1\"/>") && styles.contains("<w:outlineLvl w:val=\"0\"/>"))
    }

    /// A table of contents of the sections after the title, a page number in every footer,
    /// Word asked to bring the fields up to date, and columns at least as wide as their words.
    @Test func listsTheSectionsNumbersThePagesAndFitsTheColumnsToTheirWords() throws {
        let parts = try Self.parts()
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains(#"<w:instrText xml:space="preserve"> TOC \o &quot;2-2&quot; \h \z \u </w:instrText>"#))
        #expect(document.contains(#"<w:pStyle w:val="TOC2"/></w:pPr><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/>"#) && document.contains(">Vragen</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/>"))
        #expect(document.contains(#"<w:footerReference w:type="default" r:id="rId3"/>"#))
        #expect(try #require(parts["word/footer1.xml"]).contains(" PAGE "))
        #expect(try #require(parts["word/settings.xml"]).contains(#"<w:updateFields w:val="true"/>"#))
        #expect(try #require(parts["word/_rels/document.xml.rels"]).contains(#"Target="footer1.xml""#))
        // A header with a soft hyphen breaks there in Word's own way.
        let hyphenated = AgendaDocument(title: "T", introduction: [.table(.init(header: ["Onderzoeks\u{AD}vragen"], rows: [[.text("1")]]))], sections: [])
        let xml = String(decoding: try #require(try ZipArchive(AgendaWordRenderer().render(hyphenated)).contents(of: "word/document.xml", limit: 1 << 20)), as: UTF8.self)
        #expect(xml.contains(">Onderzoeks</w:t><w:softHyphen/><w:t xml:space=\"preserve\">vragen<"))
        // Every column at least as wide as its longest word (120 twips a bold header character,
        // 100 a body character, 190 of margins); the rest by text.
        let widths = WordBody.columnWidths([["Groepen", "Agendathema"], ["3", "Hoe creëer je een inclusief leven lang leren?"]])
        #expect(widths[0] >= 7 * 120 + 190 && widths[1] >= 11 * 120 + 190 && widths.reduce(0, +) <= 9070 && widths[1] > widths[0])
    }

    @Test func givesTheSameBytesForTheSameAgenda() throws {
        #expect(try AgendaWordRenderer().render(Self.document) == AgendaWordRenderer().render(Self.document))
    }

    @Test func storesAndDeflatesEntriesTheReaderReadsBack() throws {
        var zip = ZipWriter()
        let text = Data(String(repeating: "werkatelier ", count: 500).utf8)
        try zip.add("stored.txt", text, method: .stored)
        try zip.add("deflated.txt", text)
        try zip.add("empty.txt", Data())
        let archive = try ZipArchive(zip.data())
        #expect(try archive.contents(of: "stored.txt", limit: 1 << 20) == text)
        #expect(try archive.contents(of: "deflated.txt", limit: 1 << 20) == text)
        #expect(try archive.contents(of: "empty.txt", limit: 1 << 20) == Data())
        #expect((archive.entries["deflated.txt"]?.compressedSize ?? .max) < text.count / 10)
    }
}
