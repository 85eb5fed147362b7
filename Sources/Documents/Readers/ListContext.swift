import Graph
/// Tracks the list items seen so far, to give letters and roman numerals their level.
///
/// Plain-text exports lose indentation, so a sub-item's level is derived from its marker:
/// letters sit one level under the last number or bullet, roman numerals one level under
/// the last letter. `i.` after `h.` is a letter; `i.` after any other letter is a numeral.
struct ListContext {
    private var outerLevel: Int?
    private var lastLetter: (character: Character, level: Int)?

    /// Forgets the current list, as a heading does.
    mutating func reset() {
        outerLevel = nil
        lastLetter = nil
    }

    /// Resolves the marker's kind and the item's level, and remembers the item.
    ///
    /// - Parameter indentLevel: the level the layout gives (1 where the format has none).
    mutating func place(_ marker: ListMarker, indentLevel: Int) -> (ListMarker, Int) {
        switch marker {
        case .bullet, .number:
            outerLevel = indentLevel
            lastLetter = nil
            return (marker, indentLevel)
        case .letter(let c, let p):
            if let roman = ListMarker.romanValues[String(c)], let last = lastLetter,
                last.character.asciiValue.map({ $0 + 1 }) != c.asciiValue
            {
                return (.roman(roman, punctuation: p), last.level + 1)
            }
            let level = max(indentLevel, (outerLevel ?? 0) + 1)
            lastLetter = (c, level)
            return (marker, level)
        case .roman:
            let level = max(indentLevel, (lastLetter?.level ?? outerLevel ?? 0) + 1)
            return (marker, level)
        }
    }
}
