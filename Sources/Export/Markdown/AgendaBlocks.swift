/// The agenda's Markdown read back into blocks, so the other formats (the report's HTML, Word)
/// lay out the same document the Markdown is: headings, paragraphs, quotes, lists with their
/// sub-items, tables. A block's text stays inline Markdown; each format renders it its own way
/// (``inline(_:)`` splits it into plain and emphasised runs).
///
/// It reads the subset ``AgendaMarkdownWriter`` writes, not Markdown at large.
enum AgendaBlocks {
    /// A stretch of text, emphasised or not, with Markdown's escapes removed.
    struct Run: Hashable {
        var text: String
        var emphasised: Bool
    }

    typealias Inline = [Run]

    /// A list item and the items nested under it, as inline Markdown.
    struct Item: Hashable {
        var text: String
        var children: [String]
    }

    /// A block; its texts are inline Markdown.
    enum Block: Hashable {
        case heading(level: Int, text: String)
        case paragraph(String)
        /// A quoted text (`> …`).
        case quote(String)
        case list(ordered: Bool, items: [Item])
        /// The first row is the header.
        case table([[String]])
    }

    static func parse(_ markdown: String) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var list: (ordered: Bool, items: [Item])?
        var table: [[String]] = []

        func close() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            paragraph = []
            if let open = list { blocks.append(.list(ordered: open.ordered, items: open.items)) }
            list = nil
            if !table.isEmpty { blocks.append(.table(table)) }
            table = []
        }

        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                close()
            } else if let level = AgendaHTML.headingLevel(line) {
                close()
                blocks.append(.heading(level: level, text: String(line.dropFirst(level + 1))))
            } else if line.hasPrefix("> ") {
                close()
                blocks.append(.quote(String(line.dropFirst(2))))
            } else if line.hasPrefix("|") {
                if !paragraph.isEmpty || list != nil { close() }
                let cells = AgendaHTML.tableCells(line)
                if !cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) {
                    table.append(cells)
                }
            } else if line.hasPrefix("    - "), var open = list, !open.items.isEmpty {
                open.items[open.items.count - 1].children.append(String(line.dropFirst(6)))
                list = open
            } else if line.hasPrefix("- ") || AgendaHTML.orderedItem(line) != nil {
                let ordered = !line.hasPrefix("- ")
                let text = ordered ? AgendaHTML.orderedItem(line) ?? "" : String(line.dropFirst(2))
                if list?.ordered != ordered {
                    close()
                    list = (ordered, [])
                }
                list?.items.append(Item(text: text, children: []))
            } else {
                if list != nil || !table.isEmpty { close() }
                paragraph.append(line)
            }
        }
        close()
        return blocks
    }

    /// Splits inline Markdown into runs at unescaped asterisks; escapes are removed.
    static func inline(_ text: String) -> Inline {
        var runs: Inline = []
        var current = ""
        var emphasised = false
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "*" {
                if !current.isEmpty { runs.append(Run(text: current, emphasised: emphasised)) }
                current = ""
                emphasised.toggle()
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        if !current.isEmpty { runs.append(Run(text: current, emphasised: emphasised)) }
        return runs
    }
}
