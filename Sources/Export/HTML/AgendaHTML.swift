import Foundation

/// The agenda as HTML, from the blocks of the Markdown the toolkit writes (`agenda.md`,
/// ``AgendaBlocks``), so the report and the file say the same: headings, paragraphs, quotes,
/// lists, tables and emphasis, with every source citation ("document, regel 12") a button that
/// opens the lines around it.
enum AgendaHTML {
    /// `markdown` as an HTML fragment; citations of `documents` become source buttons.
    static func fragment(_ markdown: String, documents: Set<String>) -> String {
        func text(_ raw: String) -> String { inline(raw, documents: documents) }
        var out = ""
        for block in AgendaBlocks.parse(markdown) {
            switch block {
            case .heading(let level, let raw):
                out += "<h\(level + 1) id=\"\(anchor(raw))\">\(text(raw))</h\(level + 1)>\n"
            case .paragraph(let raw):
                out += "<p>" + text(raw) + "</p>\n"
            case .quote(let raw):
                // A quoted text (a systemic question as the development group wrote it).
                out += "<blockquote><p>" + text(raw) + "</p></blockquote>\n"
            case .list(let ordered, let items):
                let tag = ordered ? "ol" : "ul"
                out += "<\(tag)>\n"
                for item in items {
                    out += "<li>" + text(item.text)
                    // Sub-items: a list inside the item they belong to.
                    if !item.children.isEmpty {
                        out += "\n<ul>\n" + item.children.map { "<li>" + text($0) + "</li>\n" }.joined() + "</ul>"
                    }
                    out += "</li>\n"
                }
                out += "</\(tag)>\n"
            case .table(let rows):
                guard let header = rows.first else { continue }
                out += "<div class=\"table\"><table>\n<thead><tr>" + header.map { "<th scope=\"col\">\(text($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                for row in rows.dropFirst() {
                    out += "<tr>" + row.map { "<td>\(text($0))</td>" }.joined() + "</tr>\n"
                }
                out += "</tbody></table></div>\n"
            }
        }
        return out
    }

    /// The level of a Markdown heading line (`## ` is 2), or `nil`.
    static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    /// The text of an ordered list item ("3. text"), or `nil`.
    static func orderedItem(_ line: String) -> String? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return String(line.dropFirst(digits.count + 2))
    }

    /// The cells of a table row, split at pipes that are not escaped.
    static func tableCells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line.dropFirst() {
            if escaped {
                cell.append("\\")
                cell.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(cell.trimmingCharacters(in: .whitespaces))
                cell = ""
            } else {
                cell.append(character)
            }
        }
        return cells
    }

    /// A heading's anchor: lower case letters and digits joined by hyphens.
    static func anchor(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return "a-" + words.joined(separator: "-")
    }

    /// Inline Markdown as HTML: escapes undone and the text escaped for HTML, `*…*` as
    /// emphasis, `**…**` as strong, and source citations as buttons.
    static func inline(_ text: String, documents: Set<String>) -> String {
        var out = ""
        var plain = ""  // text since the last markup, unescaped
        var emphasis = false, strong = false
        var characters = Array(text)
        characters.append("\u{0}")
        var index = 0
        func flush() {
            out += citations(plain, documents: documents)
            plain = ""
        }
        while index < characters.count - 1 {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count - 1 {
                plain.append(characters[index + 1])
                index += 2
                continue
            }
            if character == "*" {
                flush()
                if characters[index + 1] == "*" {
                    out += strong ? "</strong>" : "<strong>"
                    strong.toggle()
                    index += 2
                } else {
                    out += emphasis ? "</em>" : "<em>"
                    emphasis.toggle()
                    index += 1
                }
                continue
            }
            plain.append(character)
            index += 1
        }
        flush()
        if emphasis { out += "</em>" }
        if strong { out += "</strong>" }
        return out
    }

    /// Plain text escaped for HTML, with "document, regel N" of a known document as a button
    /// carrying the document and line.
    static func citations(_ text: String, documents: Set<String>) -> String {
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: SourceCitation.lineWord) {
            let before = rest[..<range.lowerBound]
            let digits = rest[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            let documentStart = before.lastIndex { $0 == " " || $0 == "(" }.map { before.index(after: $0) } ?? before.startIndex
            let document = String(before[documentStart...])
            guard !digits.isEmpty, documents.contains(document), let line = Int(digits) else {
                out += XMLText.escape(String(rest[..<range.upperBound]))
                rest = rest[range.upperBound...]
                continue
            }
            out += XMLText.escape(String(before[..<documentStart]))
            out += "<button type=\"button\" class=\"source\" data-document=\"\(XMLText.escape(document))\" data-line=\"\(line)\">\(XMLText.escape(document)), regel \(line)</button>"
            rest = rest[range.upperBound...].dropFirst(digits.count)
        }
        return out + XMLText.escape(String(rest))
    }
}
