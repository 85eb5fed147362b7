/// The Snowball stemmer for Dutch in its classic form (`dutch_porter` in the `snowballstemmer`
/// package 3.x), checked word for word against that reference on the corpus vocabulary.
///
/// The newer Snowball Dutch algorithm (`dutch` in 3.x) strips more and merges words the field
/// keeps apart: it turns *begeleiding* (support) into *beleid* (policy). The classic algorithm
/// keeps them apart (*begeleid*), so it is the one used here.
public struct DutchStemmer: Stemmer {
    public init() {}

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "è"]

    public func stem(_ word: String) -> String {
        var w = Array(Self.prelude(word))
        let (p1, p2) = Self.regions(w)
        var eFound = false

        func isVowel(_ c: Character) -> Bool { Self.vowels.contains(c) }
        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix)
            return w.count >= s.count && Array(w[(w.count - s.count)...]) == s
        }
        func undouble() {
            if ends("kk") || ends("dd") || ends("tt") { w.removeLast() }
        }
        func eEnding() {
            eFound = false
            guard ends("e"), w.count - 1 >= p1, w.count >= 2, !isVowel(w[w.count - 2]) else { return }
            w.removeLast()
            eFound = true
            undouble()
        }
        /// Deletes `count` final letters when what precedes them allows an -en ending.
        func enEnding(_ count: Int) -> Bool {
            let start = w.count - count
            guard start >= p1, start >= 1, !isVowel(w[start - 1]) else { return false }
            if start >= 3, Array(w[(start - 3)..<start]) == ["g", "e", "m"] { return false }
            w.removeLast(count)
            undouble()
            return true
        }

        // Step 1: the longest of -heden, -ene, -en, -se, -s.
        if ends("heden") {
            if w.count - 5 >= p1 { w.removeLast(5); w += ["h", "e", "i", "d"] }
        } else if ends("ene") {
            _ = enEnding(3)
        } else if ends("en") {
            _ = enEnding(2)
        } else if ends("se") || ends("s") {
            let count = ends("se") ? 2 : 1
            let start = w.count - count
            if start >= p1, start >= 1, !isVowel(w[start - 1]), w[start - 1] != "j" { w.removeLast(count) }
        }
        // Step 2.
        eEnding()
        // Step 3a: -heid.
        if ends("heid"), w.count - 4 >= p2, w.count < 5 || w[w.count - 5] != "c" {
            w.removeLast(4)
            if ends("en") { _ = enEnding(2) }
        }
        // Step 3b: the longest of -end, -ing, -ig, -lijk, -baar, -bar.
        if ends("end") || ends("ing") {
            if w.count - 3 >= p2 {
                w.removeLast(3)
                if ends("ig"), w.count - 2 >= p2, w.count < 3 || w[w.count - 3] != "e" {
                    w.removeLast(2)
                } else {
                    undouble()
                }
            }
        } else if ends("ig") {
            if w.count - 2 >= p2, w.count < 3 || w[w.count - 3] != "e" { w.removeLast(2) }
        } else if ends("lijk") {
            if w.count - 4 >= p2 {
                w.removeLast(4)
                eEnding()
            }
        } else if ends("baar") {
            if w.count - 4 >= p2 { w.removeLast(4) }
        } else if ends("bar") {
            if w.count - 3 >= p2, eFound { w.removeLast(3) }
        }
        // Step 4: undouble a vowel before a final consonant ("maan" → "man").
        if w.count >= 4 {
            let last = w[w.count - 1], a = w[w.count - 2], b = w[w.count - 3], before = w[w.count - 4]
            if !isVowel(last), last != "I", a == b, ["a", "e", "o", "u"].contains(a), !isVowel(before) {
                w.remove(at: w.count - 2)
            }
        }
        return String(w.map { $0 == "I" ? "i" : $0 == "Y" ? "y" : $0 })
    }

    /// Drops accents and marks `i`/`y` that act as consonants as `I`/`Y`.
    static func prelude(_ word: String) -> [Character] {
        let folded: [Character: Character] = ["ä": "a", "á": "a", "ë": "e", "é": "e", "ï": "i", "í": "i", "ö": "o", "ó": "o", "ü": "u", "ú": "u"]
        var w = word.map { folded[$0] ?? $0 }
        if w.first == "y" { w[0] = "Y" }
        var i = 1
        while i < w.count {
            if vowels.contains(w[i - 1]) {
                if w[i] == "i", i + 1 < w.count, vowels.contains(w[i + 1]) {
                    w[i] = "I"
                } else if w[i] == "y" {
                    w[i] = "Y"
                }
            }
            i += 1
        }
        return w
    }

    /// R1 and R2 as positions; R1 starts no earlier than 3.
    static func regions(_ w: [Character]) -> (Int, Int) {
        let limit = w.count
        guard limit >= 3 else { return (limit, limit) }
        func after(_ start: Int) -> Int {
            var i = start
            while i < limit, !vowels.contains(w[i]) { i += 1 }
            while i < limit, vowels.contains(w[i]) { i += 1 }
            return i < limit ? i + 1 : limit
        }
        var p1 = after(0)
        let p2 = after(p1)
        if p1 < 3 { p1 = 3 }
        return (p1, p2)
    }
}
