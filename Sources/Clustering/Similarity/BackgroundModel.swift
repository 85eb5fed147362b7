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
    /// The counts of the background, and what the notes add to them (none when the notes were
    /// counted into `base` itself).
    private let base: BackgroundCounts
    private let added: Added
    /// The profiles made once: every term's when the notes were counted into `base`, else the
    /// added notes' terms'.
    private let profiles: [String: SparseVector]

    /// What a note set adds to counted background passages.
    private struct Added: Sendable {
        var documentFrequency: [String: Int] = [:]
        var pairs: [String: [String: Double]] = [:]
        var rowTotals: [String: Double] = [:]
        var total = 0.0
        /// Terms the background has not, sorted.
        var newTerms: [String] = []
    }

    /// Builds the model from `passages` (lines or paragraphs of the corpus and the notes).
    /// A term gets a co-occurrence profile when it occurs in at least `minimumCount` passages.
    ///
    /// - Complexity: O(p · t²) for p passages of t distinct terms each.
    public init(passages texts: [String], analyzer: TextAnalyzer, minimumCount: Int = 1) {
        self.init(counts: BackgroundCounts(termSets: BackgroundCounts.termSets(texts, analyzer: analyzer), minimumCount: minimumCount))
    }

    private init(counts: BackgroundCounts) {
        base = counts
        added = Added()
        passages = counts.passages
        var profiles: [String: SparseVector] = [:]
        for term in counts.vocabulary {
            if let profile = Self.profile(term, base: counts, added: added) { profiles[term] = profile }
        }
        self.profiles = profiles
    }

    /// The model of `background` (counted with every term in the vocabulary) with `notes`
    /// added as further passages: the same model as from all of them at once, made in the
    /// time the notes take.
    init(background: BackgroundCounts, notes: [String], analyzer: TextAnalyzer) {
        base = background
        var added = Added()
        let sets = BackgroundCounts.termSets(notes, analyzer: analyzer)
        var newTerms = Set<String>()
        for terms in sets {
            for term in terms {
                added.documentFrequency[term, default: 0] += 1
                if background.index[term] == nil { newTerms.insert(term) }
            }
            guard terms.count > 1 else { continue }
            for a in terms {
                var row = added.pairs[a] ?? [:]
                for b in terms where a != b { row[b, default: 0] += 1 }
                added.pairs[a] = row
                added.rowTotals[a, default: 0] += Double(terms.count - 1)
                added.total += Double(terms.count - 1)
            }
        }
        added.newTerms = newTerms.sorted()
        self.added = added
        passages = background.passages + sets.count
        var profiles: [String: SparseVector] = [:]
        for term in added.documentFrequency.keys {
            if let profile = Self.profile(term, base: background, added: added) { profiles[term] = profile }
        }
        self.profiles = profiles
    }

    /// The inverse document frequency of `term`, smoothed so unseen terms count as rare.
    public func idf(_ term: String) -> Double {
        let frequency = (base.documentFrequency[term] ?? 0) + (added.documentFrequency[term] ?? 0)
        return ((Double(passages) + 1) / (Double(frequency) + 1)).logarithm + 1
    }

    /// The co-occurrence profile of `term`, if it occurs often enough in the corpus.
    public func profile(_ term: String) -> SparseVector? {
        profiles[term] ?? Self.profile(term, base: base, added: added)
    }

    /// The normalised PPMI profile of `term` over the vocabulary of background and notes.
    ///
    /// Terms are numbered as the background numbers them, the notes' new terms after them.
    private static func profile(_ term: String, base: BackgroundCounts, added: Added) -> SparseVector? {
        let total = base.total + added.total
        let known = base.vocabulary.count
        func number(_ term: String) -> Int? {
            base.index[term] ?? added.newTerms.binarySearch(term).map { known + $0 }
        }
        func rowTotal(_ number: Int, _ term: String) -> Double {
            (number < known ? base.rowTotals[number] : 0) + (added.rowTotals[term] ?? 0)
        }
        // A term's dimension: its place in the sorted vocabulary of background and notes.
        func rank(_ number: Int, _ term: String) -> Int {
            if number < known { return number + added.newTerms.insertionPoint(of: term) }
            return base.vocabulary.insertionPoint(of: term) + (number - known)
        }
        guard let own = number(term) else { return nil }
        var row: [Int: Double] = [:]
        if own < known {
            let range = base.rowStarts[own]..<base.rowStarts[own + 1]
            row.reserveCapacity(range.count)
            for entry in range { row[Int(base.columns[entry])] = base.counts[entry] }
        }
        for (other, count) in added.pairs[term] ?? [:] {
            if let column = number(other) { row[column, default: 0] += count }
        }
        guard !row.isEmpty else { return nil }
        let ownTotal = rowTotal(own, term)
        // Only the new terms need their spelling to find their rank and row total.
        let unchanged = added.newTerms.isEmpty && added.rowTotals.isEmpty
        var entries: [Int: Double] = [:]
        entries.reserveCapacity(row.count)
        for (column, count) in row {
            let name = unchanged ? "" : (column < known ? base.vocabulary[column] : added.newTerms[column - known])
            let pmi = (count * total / (ownTotal * rowTotal(column, name))).logarithm
            if pmi > 0 { entries[unchanged ? column : rank(column, name)] = pmi }
        }
        return SparseVector(entries).normalized()
    }
}

extension Array where Element == String {
    /// The position of `value` in this sorted array, if it is there.
    func binarySearch(_ value: String) -> Int? {
        let at = insertionPoint(of: value)
        return at < count && self[at] == value ? at : nil
    }

    /// The number of elements of this sorted array that are less than `value`.
    func insertionPoint(of value: String) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension Double {
    var logarithm: Double { log(self) }
}
