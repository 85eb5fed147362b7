import Graph
/// The marker in front of a list item, as written or as Word numbered it.
///
/// The marker's *kind* says what level of a list it usually stands for: bullets and numbers
/// open a list, letters are sub-items of numbers, roman numerals sub-items of letters.
public enum ListMarker: Sendable, Hashable {
    /// A bullet glyph: `·`, `•`, `-`, `*`, `–`, `▪`, `o`, ….
    case bullet(String)
    /// An arabic number with its punctuation: `1`, `1.`, `1)`.
    case number(Int, punctuation: String)
    /// A letter with its punctuation: `a.`, `b)`.
    case letter(Character, punctuation: String)
    /// A lower-case roman numeral with its punctuation: `i.`, `iv)`.
    case roman(Int, punctuation: String)

    /// The marker as written, for example `1)` or `·`.
    public var written: String {
        switch self {
        case .bullet(let glyph): glyph
        case .number(let n, let p): "\(n)\(p)"
        case .letter(let c, let p): "\(c)\(p)"
        case .roman(let n, let p): "\(ListMarker.romanNumeral(n))\(p)"
        }
    }

    /// The ordinal the marker stands for (1 for `1.`, `a.` and `i.`); `nil` for bullets.
    public var ordinal: Int? {
        switch self {
        case .bullet: nil
        case .number(let n, _): n
        case .letter(let c, _): Int(c.asciiValue ?? 97) - 96
        case .roman(let n, _): n
        }
    }

    /// Whether the marker counts items (anything but a bullet).
    public var isOrdered: Bool { ordinal != nil }

    /// A rank that orders marker kinds from outer to inner list levels.
    var nestingRank: Int {
        switch self {
        case .bullet, .number: 0
        case .letter: 1
        case .roman: 2
        }
    }

    static let romanValues: [String: Int] = [
        "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
        "xi": 11, "xii": 12,
    ]

    static func romanNumeral(_ n: Int) -> String {
        romanValues.first { $0.value == n }?.key ?? String(n)
    }
}

extension ListMarker {
    /// The characters accepted as bullets at the start of a line.
    static let bulletGlyphs: Set<Character> = ["·", "•", "-", "*", "–", "—", "▪", "◦", "○", "●", "■", "+", "‣", "⁃"]

    /// Splits a line's leading list marker from its text.
    ///
    /// Numbers up to 99 count only when followed by `.`, `)` or white space and then text, so
    /// "1.000.000 mensen" and "3e kwartaal" stay text. Single letters count only with `.` or `)`.
    /// A letter that is also a roman numeral (`i`, `v`, `x`) is returned as a letter; the reader
    /// decides from the preceding items which it is.
    ///
    /// - Returns: the marker and the rest of the line, or `nil` when the line has no marker.
    static func split(_ line: Substring) -> (marker: ListMarker, text: Substring)? {
        guard let first = line.first else { return nil }
        if bulletGlyphs.contains(first) {
            let rest = line.dropFirst()
            // "**bold**" and "--- rule" are not bullets; a bullet is followed by white space or ends the line.
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            return (.bullet(String(first)), rest.drop { $0 == " " || $0 == "\t" })
        }
        if first.isASCII, first.isNumber {
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            guard digits.count <= 2, let n = Int(digits), n > 0 else { return nil }
            var rest = line.dropFirst(digits.count)
            var punctuation = ""
            if let p = rest.first, p == "." || p == ")" {
                punctuation = String(p)
                rest = rest.dropFirst()
            }
            guard let gap = rest.first, gap == " " || gap == "\t" else { return nil }
            let text = rest.drop { $0 == " " || $0 == "\t" }
            guard let start = text.first, !start.isNumber else { return nil }
            return (.number(n, punctuation: punctuation), text)
        }
        // Letters and roman numerals: "a.", "b)", "iv.".
        let word = line.prefix { $0.isASCII && $0.isLowercase && $0.isLetter }
        guard !word.isEmpty, word.count <= 4 else { return nil }
        var rest = line.dropFirst(word.count)
        guard let p = rest.first, p == "." || p == ")" else { return nil }
        rest = rest.dropFirst()
        guard let gap = rest.first, gap == " " || gap == "\t" else { return nil }
        let text = rest.drop { $0 == " " || $0 == "\t" }
        guard !text.isEmpty else { return nil }
        if word.count == 1, let c = word.first {
            return (.letter(c, punctuation: String(p)), text)
        }
        if let n = romanValues[String(word)] {
            return (.roman(n, punctuation: String(p)), text)
        }
        return nil
    }
}
