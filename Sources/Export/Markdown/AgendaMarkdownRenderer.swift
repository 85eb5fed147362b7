public import Foundation

/// Writes the agenda as CommonMark (`agenda.md`): headings by depth, lists with their
/// sub-items indented, pipe tables, quotes; every text from the corpus escaped so that it
/// reads as text, and sources in italics.
public struct AgendaMarkdownRenderer: AgendaRenderer {
    public var format: AgendaFormat { .markdown }

    public init() {}

    public func render(_ document: AgendaDocument) throws -> Data {
        Data(text(document).utf8)
    }

    /// The agenda's Markdown.
    public func text(_ document: AgendaDocument) -> String {
        var blocks = ["# " + MarkdownText.inline(document.title) + "\n"]
        blocks += document.introduction.map(block)
        for section in document.sections { add(section, depth: 2, to: &blocks) }
        // One blank line between blocks, none after the last.
        return blocks.joined(separator: "\n")
    }

    private func add(_ section: AgendaDocument.Section, depth: Int, to blocks: inout [String]) {
        blocks.append(String(repeating: "#", count: depth) + " " + inline(section.heading) + "\n")
        blocks += section.blocks.map(block)
        for subsection in section.sections { add(subsection, depth: depth + 1, to: &blocks) }
    }

    /// A block's lines, each ending in a line break.
    private func block(_ block: AgendaDocument.Block) -> String {
        switch block {
        case .paragraph(let text):
            return inline(text) + "\n"
        case .quote(let text):
            return "> " + inline(text) + "\n"
        case .list(let list):
            var out = ""
            for (number, item) in list.items.enumerated() {
                out += (list.ordered ? "\(number + 1). " : "- ") + inline(item.content) + "\n"
                for child in item.children { out += "    - " + inline(child.content) + "\n" }
            }
            return out
        case .table(let table):
            var out = "| " + table.header.map { MarkdownText.inline($0.replacingOccurrences(of: "\u{AD}", with: "")) }.joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: " --- |", count: table.header.count) + "\n"
            for row in table.rows { out += "| " + row.map(inline).joined(separator: " | ") + " |\n" }
            return out
        }
    }

    /// `words` escaped, the spaces at its ends kept (the template's " — " between two texts).
    private static func escaped(_ words: String) -> String {
        let leading = words.prefix { $0 == " " }, trailing = words.reversed().prefix { $0 == " " }
        guard leading.count < words.count else { return String(leading) }
        return leading + MarkdownText.inline(words) + String(trailing)
    }

    /// Running text: each text escaped on its own, emphasis and sources in asterisks.
    private func inline(_ text: AgendaDocument.Inline) -> String {
        text.spans.map { span in
            switch span {
            case .text(let words): Self.escaped(words)
            case .emphasis(let words): "*" + MarkdownText.inline(words) + "*"
            case .source(let citation):
                "*" + citation.worded(escape: MarkdownText.inline, place: { SourceCitation.written(document: MarkdownText.inline($0), line: $1, named: $2) }) + "*"
            }
        }.joined()
    }
}
