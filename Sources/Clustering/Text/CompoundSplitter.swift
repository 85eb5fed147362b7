/// Splits Dutch compounds into known words: "arbeidsmarkttransities" → "arbeidsmarkt" +
/// "transities", "loonkostensubsidie" → "loonkosten" + "subsidie".
///
/// Known words come from a word list (such as the `wdutch` package's `/usr/share/dict/dutch`)
/// and from the corpus itself. A split needs a head and a tail of at least three letters, with
/// an optional linking `s`, `e` or `en`; the longest tail wins. A head that is itself a
/// compound is split again, and kept too when it is a word of its own
/// ("arbeidsmarkt" + "arbeid" + "markt" + "transities").
public struct CompoundSplitter: Sendable {
    private let words: Set<String>
    /// The shortest word that is tried as a compound.
    public var minimumLength = 8

    public init(words: Set<String>) {
        self.words = words
    }

    /// The parts of `word`, or an empty array when it is no compound of known words.
    public func parts(of word: String) -> [String] {
        let letters = Array(word)
        guard letters.count >= minimumLength else { return [] }
        for split in stride(from: 3, through: letters.count - 3, by: 1) {
            let tail = String(letters[split...])
            guard words.contains(tail) else { continue }
            let head = String(letters[..<split])
            for link in ["", "s", "e", "en"] where head.hasSuffix(link) {
                let stem = String(head.dropLast(link.count))
                guard stem.count >= 3 else { continue }
                let inner = parts(of: stem)
                if words.contains(stem) { return [stem] + inner + [tail] }
                if !inner.isEmpty { return inner + [tail] }
            }
        }
        return []
    }
}
