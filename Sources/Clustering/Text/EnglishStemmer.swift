/// The Snowball stemmer for English (Porter2, `english` in the `snowballstemmer` package 3.x),
/// checked word for word against that reference.
public struct EnglishStemmer: Stemmer {
    public init() {}

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    private static let doubles: Set<String> = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]
    private static let liEndings: Set<Character> = ["c", "d", "e", "g", "h", "k", "m", "n", "r", "t"]
    private static let exceptions1: [String: String] = [
        "skis": "ski", "skies": "sky", "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli",
        "only": "onli", "singly": "singl", "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas",
        "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    ]
    private static let exceptions2: Set<String> = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"]

    public func stem(_ input: String) -> String {
        if let exception = Self.exceptions1[input] { return exception }
        for (ending, stem) in [("dying", "die"), ("lying", "lie"), ("tying", "tie")] where input == ending { return stem }
        guard input.count > 2 else { return input }
        var w = Array(input)
        if w.first == "'" { w.removeFirst() }
        if w.first == "y" { w[0] = "Y" }
        for i in 1..<max(1, w.count) where w[i] == "y" && Self.vowels.contains(w[i - 1]) { w[i] = "Y" }
        let (p1, p2) = Self.regions(w)

        func isVowel(_ c: Character) -> Bool { Self.vowels.contains(c) }
        func ends(_ s: String) -> Bool {
            let a = Array(s)
            return w.count >= a.count && Array(w[(w.count - a.count)...]) == a
        }
        func replace(_ count: Int, with text: String) {
            w.removeLast(count)
            w += Array(text)
        }
        func hasVowel(before end: Int) -> Bool { w[..<end].contains { isVowel($0) } }
        func isShortSyllable(endingAt end: Int) -> Bool {
            // end is the index after the syllable's last letter.
            if end == 2 { return isVowel(w[0]) && !isVowel(w[1]) }
            guard end >= 3 else { return false }
            let c1 = w[end - 3], v = w[end - 2], c2 = w[end - 1]
            return !isVowel(c1) && isVowel(v) && !isVowel(c2) && c2 != "w" && c2 != "x" && c2 != "Y"
        }
        func isShortWord() -> Bool { p1 >= w.count && isShortSyllable(endingAt: w.count) }

        // Step 0.
        for suffix in ["'s'", "'s", "'"] where ends(suffix) {
            w.removeLast(suffix.count)
            break
        }
        // Step 1a.
        if ends("sses") {
            replace(4, with: "ss")
        } else if ends("ied") || ends("ies") {
            replace(3, with: w.count > 4 ? "i" : "ie")
        } else if ends("us") || ends("ss") {
            // unchanged
        } else if ends("s") {
            if w.count >= 3, hasVowel(before: w.count - 2) { w.removeLast() }
        }
        if Self.exceptions2.contains(String(w)) { return String(w) }
        // Step 1b.
        if let suffix = ["eedly", "eed"].first(where: ends) {
            if w.count - suffix.count >= p1 { replace(suffix.count, with: "ee") }
        } else if let suffix = ["ingly", "edly", "ing", "ed"].first(where: ends) {
            let start = w.count - suffix.count
            if hasVowel(before: start) {
                w.removeLast(suffix.count)
                if ends("at") || ends("bl") || ends("iz") {
                    w.append("e")
                } else if w.count >= 2, Self.doubles.contains(String(w[(w.count - 2)...])) {
                    w.removeLast()
                } else if isShortWord() {
                    w.append("e")
                }
            }
        }
        // Step 1c.
        if let last = w.last, last == "y" || last == "Y", w.count > 2, !isVowel(w[w.count - 2]) {
            w[w.count - 1] = "i"
        }
        // Step 2.
        let step2: [(String, String)] = [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"),
            ("entli", "ent"), ("ization", "ize"), ("izer", "ize"), ("ation", "ate"), ("ator", "ate"),
            ("alism", "al"), ("aliti", "al"), ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"),
            ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"),
            ("fulli", "ful"), ("lessli", "less"), ("ogi", "og"), ("li", ""),
        ]
        if let (suffix, replacement) = step2.filter({ ends($0.0) }).max(by: { $0.0.count < $1.0.count }) {
            let start = w.count - suffix.count
            if start >= p1 {
                if suffix == "ogi" {
                    if start >= 1, w[start - 1] == "l" { replace(3, with: "og") }
                } else if suffix == "li" {
                    if start >= 1, Self.liEndings.contains(w[start - 1]) { w.removeLast(2) }
                } else {
                    replace(suffix.count, with: replacement)
                }
            }
        }
        // Step 3.
        let step3: [(String, String)] = [
            ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
            ("ical", "ic"), ("ful", ""), ("ness", ""), ("ative", ""),
        ]
        if let (suffix, replacement) = step3.filter({ ends($0.0) }).max(by: { $0.0.count < $1.0.count }) {
            let start = w.count - suffix.count
            if start >= p1 {
                if suffix == "ative" {
                    if start >= p2 { w.removeLast(5) }
                } else {
                    replace(suffix.count, with: replacement)
                }
            }
        }
        // Step 4.
        let step4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion"]
        if let suffix = step4.filter(ends).max(by: { $0.count < $1.count }) {
            let start = w.count - suffix.count
            if start >= p2 {
                if suffix == "ion" {
                    if start >= 1, w[start - 1] == "s" || w[start - 1] == "t" { w.removeLast(3) }
                } else {
                    w.removeLast(suffix.count)
                }
            }
        }
        // Step 5.
        if ends("e") {
            let start = w.count - 1
            if start >= p2 || (start >= p1 && !isShortSyllable(endingAt: start)) { w.removeLast() }
        } else if ends("l") {
            let start = w.count - 1
            if start >= p2, start >= 1, w[start - 1] == "l" { w.removeLast() }
        }
        return String(w.map { $0 == "Y" ? "y" : $0 })
    }

    static func regions(_ w: [Character]) -> (Int, Int) {
        let word = String(w)
        func after(_ start: Int) -> Int {
            var i = start
            while i < w.count, !vowels.contains(w[i]) { i += 1 }
            while i < w.count, vowels.contains(w[i]) { i += 1 }
            return i < w.count ? i + 1 : w.count
        }
        var p1 = after(0)
        for prefix in ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ"] where word.hasPrefix(prefix) {
            p1 = prefix.count
            break
        }
        return (p1, after(p1))
    }
}
