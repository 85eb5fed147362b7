import Graph
/// Cues in the wording of a block that the interpreters read structure from.
enum TextCues {
    /// Words that open a question in Dutch or English.
    static let interrogatives: Set<String> = [
        "hoe", "wat", "welke", "welk", "waarom", "wie", "wanneer", "waar", "hoeveel", "waardoor", "waarmee",
        "how", "what", "which", "why", "who", "when", "where",
    ]

    /// Abbreviations written with a full stop that does not end a sentence.
    static let abbreviations: Set<String> = ["bijv", "etc", "incl", "excl", "vgl", "zgn", "resp", "evt", "prof", "drs", "dhr", "mevr", "nr", "blz", "vs"]

    /// Whether `text` asks something: it holds a question mark or opens with a question word.
    static func isQuestion(_ text: String) -> Bool {
        if text.contains("?") { return true }
        guard let first = text.split(whereSeparator: { !$0.isLetter }).first else { return false }
        return interrogatives.contains(first.lowercased())
    }

    /// A short readable label: the first clause, at most `maxWords` words.
    static func label(_ text: String, maxWords: Int = 12) -> String {
        var clause = text[...]
        for separator in [": ", "? ", ". "] {
            guard let range = firstBoundary(separator, in: clause) else { continue }
            clause = clause[..<range.lowerBound] + (separator == "? " ? "?" : "")
        }
        var result = clause.trimmingWhitespace()
        if result.hasSuffix(":") || result.hasSuffix(".") { result.removeLast() }
        let words = result.split(separator: " ", omittingEmptySubsequences: true)
        if words.count > maxWords { return words.prefix(maxWords).joined(separator: " ") + " …" }
        return result
    }

    /// The first `separator` (a punctuation mark and a space) that ends a clause: not within the
    /// first words, and for ". " not after an abbreviation such as "b.v." or "m.n.".
    ///
    /// - Complexity: O(n) in the length of `text`: the marks are found on its UTF-8 bytes.
    private static func firstBoundary(_ separator: String, in text: Substring) -> Range<Substring.Index>? {
        let bytes = Array(separator.utf8)
        guard bytes.count == 2, let mark = bytes.first, let space = bytes.last else { return nil }
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let next = utf8.index(after: index)
            guard utf8[index] == mark, next < utf8.endIndex, utf8[next] == space else {
                index = next
                continue
            }
            let range = index..<utf8.index(after: next)
            index = next
            // At least three characters before it.
            guard text.index(text.startIndex, offsetBy: 3, limitedBy: range.lowerBound) != nil else { continue }
            if mark == UInt8(ascii: ".") {
                let word = text[..<range.lowerBound].split(separator: " ").last ?? ""
                if word.contains(".") || word.count < 3 || abbreviations.contains(word.lowercased()) { continue }
            }
            return range
        }
        return nil
    }

    /// A line that introduces what follows: it ends with a colon.
    static func isLabel(_ text: String) -> Bool { text.hasSuffix(":") }

    /// Whether a block looks like a heading whatever the reader called it.
    static func isHeadingLike(_ block: OutlineBlock) -> Bool {
        switch block.kind {
        case .heading: true
        case .paragraph: TextShape.looksLikeHeading(block.text)
        default: false
        }
    }

    /// "Label: elaboration" with a label of at most `maxWords` words.
    static func labelledItem(_ text: String, maxWords: Int = 6) -> (label: String, rest: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = text[..<colon].trimmingWhitespace()
        let rest = text[text.index(after: colon)...].trimmingWhitespace()
        guard !label.isEmpty, !rest.isEmpty, TextShape.wordCount(label) <= maxWords, !label.contains("?") else { return nil }
        return (label, rest)
    }

    /// A theme reference such as "(2) …" at the start of an item: the number and the rest.
    static func themeReference(_ text: String) -> (number: Int, rest: String)? {
        guard text.first == "(", let close = text.firstIndex(of: ")") else { return nil }
        guard let number = Int(text[text.index(after: text.startIndex)..<close]), number > 0, number < 100 else { return nil }
        return (number, text[text.index(after: close)...].trimmingWhitespace())
    }
}
