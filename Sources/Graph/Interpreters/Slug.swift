/// Turns names into the lower-case, hyphenated fragments node ids are made of.
enum Slug {
    /// "Paul van der Aa" → "paul-van-der-aa"; "Coöperatie" → "cooperatie".
    static func make(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            let folded = latinFold[character] ?? character
            if folded.isASCII, folded.isLetter || folded.isNumber {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(folded)
            } else if folded != "’", folded != "'" {
                pendingHyphen = true
            }
        }
        return out
    }

    /// Latin letters with diacritics and their base letters.
    private static let latinFold: [Character: Character] = {
        let pairs = [
            ("àáâäãå", "a"), ("èéêë", "e"), ("ìíîï", "i"), ("òóôöõø", "o"), ("ùúûü", "u"),
            ("ýÿ", "y"), ("ç", "c"), ("ñ", "n"),
        ]
        var map: [Character: Character] = [:]
        for (letters, base) in pairs {
            for letter in letters { map[letter] = Character(base) }
        }
        return map
    }()
}
