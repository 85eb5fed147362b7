import Foundation

/// The agenda as the report shows it: the same ``AgendaDocument`` the Markdown and Word files
/// lay out, as HTML headings, paragraphs, quotes, lists and tables, with every source a button
/// that opens the lines around it.
enum AgendaHTML {
    /// `document` as an HTML fragment; sources in `documents` become source buttons (the report
    /// carries the lines of those documents), others stay text.
    static func fragment(_ document: AgendaDocument, documents: Set<String>) -> String {
        var out = heading(.text(document.title), level: 1, documents: documents)
        for block in document.introduction { out += self.block(block, documents: documents) }
        for section in document.sections { out += self.section(section, level: 2, documents: documents) }
        return out
    }

    private static func section(_ section: AgendaDocument.Section, level: Int, documents: Set<String>) -> String {
        var out = heading(section.heading, level: level, documents: documents, subject: section.subject)
        for block in section.blocks { out += self.block(block, documents: documents) }
        for subsection in section.sections { out += self.section(subsection, level: level + 1, documents: documents) }
        return out
    }

    /// A heading one level below the page's own title (the agenda's title is an `h2`).
    private static func heading(_ text: AgendaDocument.Inline, level: Int, documents: Set<String>, subject: AgendaDocument.Subject? = nil) -> String {
        "<h\(level + 1) id=\"\(anchor(text.plainText))\"\(attributes(subject))>\(inline(text, documents: documents))</h\(level + 1)>\n"
    }

    /// What an item or heading is about, as data attributes a served page's review controls
    /// read: `data-subject` names the kind, the others what a decision names.
    static func attributes(_ subject: AgendaDocument.Subject?) -> String {
        guard let subject else { return "" }
        let pairs: [(String, String)]
        switch subject {
        case .question(let node, let text): pairs = [("subject", "question"), ("node", node), ("text", text)]
        case .formulation(let node, let text): pairs = [("subject", "formulation"), ("node", node), ("text", text)]
        case .systemicLink(let from, let systemic): pairs = [("subject", "link"), ("systemic", systemic), ("from", from.joined(separator: "\n"))]
        case .connectedQuestion(let node): pairs = [("subject", "connected"), ("node", node)]
        case .practiceCase(let initiative, let theme): pairs = [("subject", "case"), ("case", initiative), ("theme", theme)]
        case .theme(let text): pairs = [("subject", "theme"), ("text", text)]
        }
        return pairs.map { " data-\($0.0)=\"\(XMLText.attribute($0.1))\"" }.joined()
    }

    private static func block(_ block: AgendaDocument.Block, documents: Set<String>) -> String {
        func text(_ inline: AgendaDocument.Inline) -> String { self.inline(inline, documents: documents) }
        switch block {
        case .paragraph(let content):
            return "<p>" + text(content) + "</p>\n"
        case .quote(let content):
            // A quoted text (a systemic question as the development group wrote it).
            return "<blockquote><p>" + text(content) + "</p></blockquote>\n"
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            var out = "<\(tag)>\n"
            for item in list.items {
                out += "<li\(attributes(item.subject))>" + text(item.content)
                // Sub-items: a list inside the item they belong to.
                if !item.children.isEmpty {
                    out += "\n<ul>\n" + item.children.map { "<li\(attributes($0.subject))>" + text($0.content) + "</li>\n" }.joined() + "</ul>"
                }
                out += "</li>\n"
            }
            return out + "</\(tag)>\n"
        case .table(let table):
            var out = "<div class=\"table\"><table>\n<thead><tr>" + table.header.map { "<th scope=\"col\">\(XMLText.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for row in table.rows {
                out += "<tr>" + row.map { "<td>\(text($0))</td>" }.joined() + "</tr>\n"
            }
            return out + "</tbody></table></div>\n"
        }
    }

    /// A heading's anchor: lower case letters and digits joined by hyphens.
    static func anchor(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return "a-" + words.joined(separator: "-")
    }

    /// Running text as HTML: words escaped, emphasis and sources in `<em>`, a source's document
    /// and line a button when the report has that document's lines.
    static func inline(_ text: AgendaDocument.Inline, documents: Set<String>) -> String {
        text.spans.map { span in
            switch span {
            case .text(let words): XMLText.escape(words)
            case .emphasis(let words): "<em>" + XMLText.escape(words) + "</em>"
            case .source(let citation):
                "<em>" + citation.worded(escape: XMLText.escape, place: { document, line, named in
                    let words = XMLText.escape(SourceCitation.written(document: document, line: line, named: named))
                    return documents.contains(document)
                        ? "<button type=\"button\" class=\"source\" data-document=\"\(XMLText.escape(document))\" data-line=\"\(line)\">\(words)</button>"
                        : words
                }) + "</em>"
            }
        }.joined()
    }
}
