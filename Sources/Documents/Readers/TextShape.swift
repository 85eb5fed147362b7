import Graph
/// Judgements about the shape of a line of text that more than one reader and interpreter need.
enum TextShape {
    /// Name particles that stay lower case inside a Dutch, German or French name.
    static let nameParticles: Set<String> = ["van", "der", "den", "de", "het", "ten", "ter", "te", "in", "'t", "von", "du", "la", "le", "da"]

    /// A short line of capitalised words, like the name under a photo: "Paul van der Aa".
    static func isNameCaption(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard (2...5).contains(words.count) else { return false }
        guard let first = words.first?.first, first.isUppercase else { return false }
        return words.allSatisfy { word in
            if nameParticles.contains(word.lowercased()) { return true }
            guard let initial = word.first, initial.isUppercase else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
        }
    }

    /// A short line with no sentence punctuation that starts with a capital: "Groep geel", "Aanpak".
    static func looksLikeHeading(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count <= 5 else { return false }
        guard !text.contains(where: { ".,;:!?".contains($0) }) else { return false }
        return !text.contains("---")
    }

    /// The number of white-space separated words.
    /// `text` cut to at most `limit` characters with "…" where it was cut: how a message quotes
    /// what a file says without quoting the whole file.
    static func excerpt(_ text: String, limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
    }
}
