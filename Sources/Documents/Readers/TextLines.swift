import Graph
/// Line splitting that treats `\n`, `\r\n` and `\r` alike, so line numbers match editors'.
enum TextLines {
    static func split(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            let c = text[index]
            // "\r\n" is one grapheme in Swift, so one comparison covers all three endings.
            if c == "\n" || c == "\r" || c == "\r\n" {
                lines.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        if start < text.endIndex { lines.append(text[start...]) }
        return lines
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and non-breaking spaces.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
