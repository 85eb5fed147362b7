/// The agenda's Markdown read back into blocks, so other formats (Word) lay out the same
/// document the Markdown is: headings, paragraphs, lists with their sub-items, tables, and
/// inline runs that are plain or emphasised (the sources).
///
/// It reads the subset ``AgendaMarkdownWriter`` writes, not Markdown at large.
enum AgendaBlocks {
    /// A stretch of text, emphasised or not, with Markdown's escapes removed.
    struct Run: Hashable {
        var text: String
        var emphasised: Bool
    }

    typealias Inline = [Run]

    /// A list item and the items nested under it.
    struct Item: Hashable {
        var text: Inline
        var children: [Inline]
    }

    enum Block: Hashable {
        case heading(level: Int, text: Inline)
        case paragraph(Inline)
        /// A quoted text (`> …`).
        case quote(Inline)
        case list(ordered: Bool, items: [Item])
        /// The first row is the header.
        case table([[Inline]])
    }

    static func parse(_ markdown: String) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var list: (ordered: Bool, items: [Item])?
        var table: [[Inline]] = []

        func close() {
            if !paragraph.isEmpty { blocks.append(.paragraph(inline(paragraph.joined(separator: " ")))) }
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
                blocks.append(.heading(level: level, text: inline(String(line.dropFirst(level + 1)))))
            } else if line.hasPrefix("> ") {
                close()
                blocks.append(.quote(inline(String(line.dropFirst(2)))))
            } else if line.hasPrefix("|") {
                let cells = AgendaHTML.tableCells(line)
                if !cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) {
                    table.append(cells.map(inline))
                }
            } else if line.hasPrefix("    - "), var open = list, !open.items.isEmpty {
                open.items[open.items.count - 1].children.append(inline(String(line.dropFirst(6))))
                list = open
            } else if line.hasPrefix("- ") || AgendaHTML.orderedItem(line) != nil {
                let ordered = !line.hasPrefix("- ")
                let text = ordered ? AgendaHTML.orderedItem(line) ?? "" : String(line.dropFirst(2))
                if list?.ordered != ordered {
                    close()
                    list = (ordered, [])
                }
                list?.items.append(Item(text: inline(text), children: []))
            } else {
                if list != nil || !table.isEmpty { close() }
                paragraph.append(line)
            }
        }
        close()
        return blocks
    }

    /// Splits Markdown inline text into runs at unescaped asterisks; escapes are removed.
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
