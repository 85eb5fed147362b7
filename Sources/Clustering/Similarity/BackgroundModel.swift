import Foundation

/// What the whole corpus knows about words, beyond the few notes being clustered: how rare
/// each term is (inverse document frequency over all lines of all documents) and which terms
/// occur together (positive pointwise mutual information within a line).
///
/// Two notes that share no word can still be close when their words keep the same company
/// in the corpus; that is what the co-occurrence profile of a note captures.
public struct BackgroundModel: Sendable {
    /// Number of background passages.
    public let passages: Int
    private let documentFrequency: [String: Int]
    /// Term → normalised PPMI profile over the vocabulary.
    private let profiles: [String: SparseVector]

    /// Builds the model from `passages` (lines or paragraphs of the corpus and the notes).
    /// A term gets a co-occurrence profile when it occurs in at least `minimumCount` passages.
    ///
    /// - Complexity: O(p · t²) for p passages of t distinct terms each.
    public init(passages texts: [String], analyzer: TextAnalyzer, minimumCount: Int = 1) {
        var frequency: [String: Int] = [:]
        var termSets: [[String]] = []
        for text in texts {
            let terms = Array(Set(analyzer.terms(text).map(\.key))).sorted()
            guard !terms.isEmpty else { continue }
            termSets.append(terms)
            for term in terms { frequency[term, default: 0] += 1 }
        }
        passages = termSets.count
        documentFrequency = frequency

        let vocabulary = frequency.filter { $0.value >= minimumCount }.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        var pairs: [Int: [Int: Double]] = [:]
        var rowTotals = [Double](repeating: 0, count: vocabulary.count)
        var total = 0.0
        for terms in termSets {
            let ids = terms.compactMap { index[$0] }
            guard ids.count > 1 else { continue }
            for a in ids {
                for b in ids where a != b {
                    pairs[a, default: [:]][b, default: 0] += 1
                    rowTotals[a] += 1
                    total += 1
                }
            }
        }
        var profiles: [String: SparseVector] = [:]
        for (a, row) in pairs {
            var entries: [Int: Double] = [:]
            for (b, count) in row {
                let pmi = (count * total / (rowTotals[a] * rowTotals[b])).logarithm
                if pmi > 0 { entries[b] = pmi }
            }
            profiles[vocabulary[a]] = SparseVector(entries).normalized()
        }
        self.profiles = profiles
    }

    /// The inverse document frequency of `term`, smoothed so unseen terms count as rare.
    public func idf(_ term: String) -> Double {
        ((Double(passages) + 1) / (Double(documentFrequency[term] ?? 0) + 1)).logarithm + 1
    }

    /// The co-occurrence profile of `term`, if it occurs often enough in the corpus.
    public func profile(_ term: String) -> SparseVector? { profiles[term] }
}

extension Double {
    var logarithm: Double { log(self) }
}
