import Foundation

/// Text made safe for CommonMark: the words stay as written, characters Markdown would read
/// as markup are escaped, and line breaks inside a text become spaces.
enum MarkdownText {
    /// Escapes `text` for use inside a paragraph, list item, heading or table cell.
    static func inline(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        var out = ""
        for (offset, character) in flat.enumerated() {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "!":
                out.append("\\")
                out.append(character)
            case "#", "+", "-", "=":
                // Only at the start of a line do these open a heading, list or rule.
                if offset == 0 { out.append("\\") }
                out.append(character)
            default:
                out.append(character)
            }
        }
        // "1. text" or "1) text" at the start would open an ordered list.
        if let mark = out.firstIndex(where: { $0 == "." || $0 == ")" }), !out[..<mark].isEmpty, out[..<mark].allSatisfy(\.isNumber) {
            out.insert("\\", at: mark)
        }
        return out
    }

    /// A score with two decimals and a decimal comma, as Dutch readers expect.
    static func score(_ value: Double) -> String {
        String(format: "%.2f", value).replacingOccurrences(of: ".", with: ",")
    }
}
