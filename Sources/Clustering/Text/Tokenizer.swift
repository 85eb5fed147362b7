/// Splits text into lower-case words: letters and digits, with inner hyphens and apostrophes
/// kept ("zzp’ers", "21st", "re-integratie").
public enum Tokenizer {
    /// The words of `text`, lower case, in order, with their surface form as written.
    public static func tokens(_ text: String) -> [(word: String, surface: String)] {
        var result: [(String, String)] = []
        var current = ""
        func flush() {
            var word = current
            while let last = word.last, last == "-" || last == "'" || last == "’" { word.removeLast() }
            if !word.isEmpty { result.append((word.lowercased(), word)) }
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if (character == "-" || character == "'" || character == "’"), !current.isEmpty {
                current.append(character)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// The lower-case words of `text`.
    public static func words(_ text: String) -> [String] {
        tokens(text).map(\.word)
    }

    /// How often each lower-case word occurs in `texts`.
    public static func wordCounts(_ texts: [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for text in texts { for word in words(text) { counts[word, default: 0] += 1 } }
        return counts
    }
}
