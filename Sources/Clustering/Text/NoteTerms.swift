/// The terms of a set of notes, each distinct term stored once and each distinct word
/// analysed once: a hundred thousand notes repeat a few thousand words.
struct NoteTerms: Sendable {
    /// The distinct terms (key, surface as lower case, weight).
    private(set) var table: [TextAnalyzer.Term] = []
    /// The distinct term keys (stems and `#concepts`).
    private(set) var keys: [String] = []
    /// For each entry of `table`, its key's index in `keys`.
    private(set) var keyOfTerm: [Int32] = []
    /// Per note, its terms as indices into `table`, in the order of the text.
    private(set) var notes: [[Int32]] = []

    init(_ texts: [String], analyzer: TextAnalyzer) {
        var termIndex: [TextAnalyzer.Term: Int32] = [:]
        var keyIndex: [String: Int32] = [:]
        var byWord: [String: [Int32]] = [:]
        notes.reserveCapacity(texts.count)
        for text in texts {
            var note: [Int32] = []
            for (word, _) in Tokenizer.tokens(text) {
                if let known = byWord[word] {
                    note += known
                    continue
                }
                var ids: [Int32] = []
                for term in analyzer.terms(word) {
                    if let id = termIndex[term] {
                        ids.append(id)
                        continue
                    }
                    let id = Int32(table.count)
                    let key: Int32
                    if let known = keyIndex[term.key] {
                        key = known
                    } else {
                        key = Int32(keys.count)
                        keyIndex[term.key] = key
                        keys.append(term.key)
                    }
                    termIndex[term] = id
                    table.append(term)
                    keyOfTerm.append(key)
                    ids.append(id)
                }
                byWord[word] = ids
                note += ids
            }
            notes.append(note)
        }
    }

    /// In how many notes each key occurs.
    func documentFrequencies() -> [Int] {
        var frequency = [Int](repeating: 0, count: keys.count)
        var last = [Int](repeating: -1, count: keys.count)
        for (index, note) in notes.enumerated() {
            for term in note {
                let key = Int(keyOfTerm[Int(term)])
                if last[key] != index {
                    last[key] = index
                    frequency[key] += 1
                }
            }
        }
        return frequency
    }
}
