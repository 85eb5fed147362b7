/// The counts a ``BackgroundModel`` is made of — in how many passages each term occurs and
/// how often two terms share a passage — for passages analysed once.
///
/// The corpus's passages are the same for every note set, so they are counted once per
/// analyzer and each note set's model adds only its own notes' counts.
struct BackgroundCounts: Sendable {
    /// The terms with a profile, sorted: a term's position is its dimension in the profiles.
    let vocabulary: [String]
    let index: [String: Int]
    /// Passages with at least one term.
    let passages: Int
    /// In how many passages each term occurs (every term, in or out of the vocabulary).
    let documentFrequency: [String: Int]
    /// Per vocabulary term, the terms it shares a passage with (ascending) and how often.
    let rowStarts: [Int]
    let columns: [Int32]
    let counts: [Double]
    /// Per vocabulary term, the sum of its row; and the sum of all rows.
    let rowTotals: [Double]
    let total: Double

    /// The distinct term keys of each passage that has any, sorted.
    ///
    /// - Complexity: O(w) in the number of words; each distinct word is analysed once.
    static func termSets(_ texts: [String], analyzer: TextAnalyzer) -> [[String]] {
        var byWord: [String: [String]] = [:]
        var sets: [[String]] = []
        for text in texts {
            var keys = Set<String>()
            for (word, _) in Tokenizer.tokens(text) {
                if let known = byWord[word] {
                    keys.formUnion(known)
                    continue
                }
                let terms = analyzer.terms(word).map(\.key)
                byWord[word] = terms
                keys.formUnion(terms)
            }
            if !keys.isEmpty { sets.append(keys.sorted()) }
        }
        return sets
    }

    /// Counts `termSets`; terms in fewer than `minimumCount` of them get no profile.
    ///
    /// - Complexity: O(p · t²) for p passages of t distinct terms each.
    init(termSets: [[String]], minimumCount: Int) {
        var frequency: [String: Int] = [:]
        for terms in termSets { for term in terms { frequency[term, default: 0] += 1 } }
        passages = termSets.count
        documentFrequency = frequency
        vocabulary = frequency.filter { $0.value >= minimumCount }.keys.sorted()
        var index: [String: Int] = [:]
        index.reserveCapacity(vocabulary.count)
        for (position, term) in vocabulary.enumerated() { index[term] = position }
        self.index = index
        var rows = [[Int32: Double]](repeating: [:], count: vocabulary.count)
        var totals = [Double](repeating: 0, count: vocabulary.count)
        var total = 0.0
        for terms in termSets {
            let ids = terms.compactMap { index[$0] }
            guard ids.count > 1 else { continue }
            for a in ids {
                for b in ids where a != b {
                    rows[a][Int32(b), default: 0] += 1
                    totals[a] += 1
                    total += 1
                }
            }
        }
        var starts = [0]
        var columns: [Int32] = []
        var counts: [Double] = []
        for row in rows {
            for (column, count) in row.sorted(by: { $0.key < $1.key }) {
                columns.append(column)
                counts.append(count)
            }
            starts.append(columns.count)
        }
        rowStarts = starts
        self.columns = columns
        self.counts = counts
        rowTotals = totals
        self.total = total
    }
}
