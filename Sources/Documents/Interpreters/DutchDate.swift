import Graph
/// Finds a written date ("28 maart 2018", "3 June 2021", "2018-03-28") in text.
enum DutchDate {
    static let months: [String: Int] = [
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
        "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
        "october": 10,
    ]

    /// The first full date in `text` as ISO 8601 (`yyyy-mm-dd`), or `nil`.
    static func firstISODate(in text: String) -> String? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
        for (i, word) in words.enumerated() {
            if word.count == 10, word.filter({ $0 == "-" }).count == 2,
                let y = Int(word.prefix(4)), let m = Int(word.dropFirst(5).prefix(2)), let d = Int(word.suffix(2)),
                valid(y, m, d)
            {
                return iso(y, m, d)
            }
            guard i + 2 < words.count, let d = Int(word), let m = months[String(words[i + 1])],
                let y = Int(words[i + 2]), valid(y, m, d)
            else { continue }
            return iso(y, m, d)
        }
        return nil
    }

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        (1900...2200).contains(y) && (1...12).contains(m) && (1...31).contains(d)
    }

    private static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
