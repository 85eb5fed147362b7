import Documents
import Export
import Foundation
import Graph
import TestSupport
import Testing
import Workspace

/// The agenda of the bundled corpus as a Word document, read back as people and programs
/// read it: through the toolkit's own Word reader, and through LibreOffice.
@Suite(.serialized) struct AgendaWordTests {
    /// The headings of the agenda's Markdown, as (level, text) with Markdown's escapes removed.
    static func headings(_ markdown: String) -> [Heading] {
        markdown.split(separator: "\n").compactMap { line in
            let hashes = line.prefix { $0 == "#" }.count
            guard hashes > 0, line.dropFirst(hashes).hasPrefix(" ") else { return nil }
            return Heading(level: hashes, text: unescaped(String(line.dropFirst(hashes + 1))))
        }
    }

    struct Heading: Hashable, CustomStringConvertible {
        var level: Int
        var text: String
        var description: String { "\(level) \(text)" }
    }

    static func unescaped(_ text: String) -> String {
        var out = "", escaped = false
        for character in text {
            if escaped {
                out.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character != "*" {
                out.append(character)
            }
        }
        return out
    }

    /// The headings the document marks as headings (not the short lines a reader guesses are).
    static func outlineHeadings(_ outline: Outline) -> [Heading] {
        outline.blocks.compactMap { block in
            if case .heading(let level) = block.kind, !block.isGuessed { return Heading(level: level, text: block.text) }
            return nil
        }
    }

    static func document() throws -> (markdown: String, docx: Data) {
        let agenda = try AgendaExportTests.shared.get()
        return (agenda.markdown, try AgendaWordRenderer().render(agenda.document))
    }

    @Test func readsBackThroughTheToolkitsWordReaderWithTheSameHeadingsAndLists() throws {
        let (markdown, docx) = try Self.document()
        let outline = try DocxReader().outline(docx, file: "agenda.docx", document: "agenda")
        let expected = Self.headings(markdown)
        #expect(expected.count > 40)
        #expect(Self.outlineHeadings(outline) == expected)
        // Every list item comes back as a list item at its level, ordered lists numbered from 1.
        let lines = markdown.split(separator: "\n")
        let topItems = lines.filter { $0.hasPrefix("- ") || $0.first?.isNumber == true && $0.contains(". ") }.count
        let subItems = lines.filter { $0.hasPrefix("    - ") }.count
        let items = outline.blocks.filter { $0.listLevel != nil }
        let levels = Set(items.compactMap(\.listLevel)).sorted()
        #expect(levels.count == 2)
        let top = items.filter { $0.listLevel == levels.first }
        #expect(top.count == topItems)
        #expect(items.filter { $0.listLevel == levels.last }.count == subItems)
        let firstQuestion = try #require(outline.blocks.firstIndex { $0.text.hasPrefix("Hoe kunnen we werkgevers verleiden") && $0.listLevel != nil })
        #expect(outline.blocks[firstQuestion].marker == .number(1, punctuation: "."))
        // Table cells come back as the reader reads them, as paragraphs, in order.
        let texts = outline.blocks.map(\.text)
        let header = try #require(texts.firstIndex(of: "Speerpunt"))
        #expect(Array(texts[header..<(header + 5)]) == ["Speerpunt", "Werkateliers", "Agendathema's", "Indicatieve vragen", "Geeltjes"])
    }

    @Test func isTheSameBytesEveryTime() throws {
        let docx = try Self.document().docx
        #expect(try AgendaWordRenderer().render(AgendaExportTests.shared.get().document) == docx)
    }

    /// LibreOffice (Debian's `libreoffice-writer-nogui`, which CI installs) opens the document,
    /// converts it to PDF, and sees the same headings: converted to ODF text and read back
    /// through the toolkit's ODF reader, its outline has the Markdown's headings.
    @Test(.enabled(if: ExternalTool.isInstalled("soffice"), "needs LibreOffice (Debian's libreoffice-writer-nogui)"))
    func opensInLibreOfficeWithTheSameHeadings() throws {
        let (markdown, docx) = try Self.document()
        let folder = try TemporaryFolder()
        let input = folder.file("agenda.docx")
        try docx.write(to: input)
        let profile = "-env:UserInstallation=file://" + folder.file("lo-profile").path
        for format in ["pdf", "odt"] {
            _ = ExternalTool.run("soffice", [profile, "--headless", "--convert-to", format, "--outdir", folder.url.path, input.path], input: "")
        }
        let pdf = try Data(contentsOf: folder.file("agenda.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)) && pdf.count > 20_000)
        let odt = try Data(contentsOf: folder.file("agenda.odt"))
        let outline = try OdtReader().outline(odt, file: "agenda.odt", document: "agenda")
        #expect(Self.outlineHeadings(outline) == Self.headings(markdown))
    }

    /// In LibreOffice's rendering no word of a table is broken across lines: every word of
    /// every cell (headers break only at their soft hyphens) stands whole in the PDF's text.
    @Test(.enabled(if: ExternalTool.isInstalled("soffice") && ExternalTool.isInstalled("pdftotext"), "needs LibreOffice and pdftotext (Debian's poppler-utils)"))
    func breaksNoWordOfATableInLibreOffice() throws {
        let agenda = try AgendaExportTests.shared.get().document
        let folder = try TemporaryFolder()
        let input = folder.file("agenda.docx")
        try AgendaWordRenderer().render(agenda).write(to: input)
        let profile = "-env:UserInstallation=file://" + folder.file("lo-profile").path
        _ = ExternalTool.run("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", folder.url.path, input.path], input: "")
        let text = try #require(ExternalTool.run("pdftotext", [folder.file("agenda.pdf").path, "-"], input: ""))
        let printed = Set(text.split(whereSeparator: { $0.isWhitespace }).map(String.init))
        func tables(_ sections: [AgendaDocument.Section]) -> [AgendaDocument.Table] {
            sections.flatMap { section in
                section.blocks.compactMap { block -> AgendaDocument.Table? in if case .table(let table) = block { table } else { nil } } + tables(section.sections)
            }
        }
        let found = tables(agenda.sections)
        #expect(found.count >= 6)
        var words: Set<String> = []
        for table in found {
            for header in table.header { words.formUnion(header.split(whereSeparator: \.isWhitespace).map(String.init)) }
            for row in table.rows { for cell in row { words.formUnion(cell.plainText.split(whereSeparator: \.isWhitespace).map(String.init)) } }
        }
        let printedWords = Set(printed.flatMap { token in token.split(whereSeparator: { !$0.isLetter }).map(String.init) })
        // A heading word stands whole, or broken at its soft hyphens into whole parts.
        func standsWhole(_ word: String) -> Bool {
            let parts = word.split(separator: "\u{AD}").map(String.init)
            return printedWords.contains(parts.joined()) || parts.allSatisfy(printedWords.contains)
        }
        let broken = words.filter { word in word.count >= 5 && word.allSatisfy { $0.isLetter || $0 == "\u{AD}" } && !standsWhole(word) }
        #expect(broken.isEmpty, "broken across lines: \(broken.sorted().prefix(20))")
        // Every page has its number, and the contents list the sections.
        #expect(text.contains("Inhoud\nOverzicht\nDe meest gestelde vragen"))
    }
}
