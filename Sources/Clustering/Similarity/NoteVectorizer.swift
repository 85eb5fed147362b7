/// Turns notes into vectors whose cosine says how alike two notes are.
///
/// A note's vector joins four views, each normalised and weighted:
/// - its terms (stems, compound parts, concepts) weighted by background rarity (TF-IDF);
/// - character n-grams of its words, for spelling variants and compounds the word list misses;
/// - the corpus co-occurrence profiles of its terms, so notes that share no word but whose
///   words keep the same company come closer;
/// - the user's pretrained word vectors, when given.
public struct NoteVectorizer: Sendable {
    public var analyzer: TextAnalyzer
    public var background: BackgroundModel
    public var wordVectors: WordVectors?
    public var weights: Weights

    /// How much each view counts.
    ///
    /// The defaults (all views equal, with clusters of three notes or more on average) were
    /// chosen on the BPA report's self-grouped groups among a small grid
    /// (`agenda-bench clustering`); leave-one-workshop-out chose the same setting for each of
    /// the three workshops. `BENCHMARKS.md` has the figures.
    public struct Weights: Sendable, Hashable, Codable {
        public var terms: Double
        public var characters: Double
        public var cooccurrence: Double
        public var vectors: Double

        public init(terms: Double = 1, characters: Double = 1, cooccurrence: Double = 1, vectors: Double = 1) {
            self.terms = terms
            self.characters = characters
            self.cooccurrence = cooccurrence
            self.vectors = vectors
        }
    }

    public init(analyzer: TextAnalyzer, background: BackgroundModel, wordVectors: WordVectors? = nil, weights: Weights = Weights()) {
        self.analyzer = analyzer
        self.background = background
        self.wordVectors = wordVectors
        self.weights = weights
    }

    /// The pairwise cosine similarities of `texts`, an n × n matrix with 1 on the diagonal.
    public func similarities(_ texts: [String]) -> [[Double]] {
        Self.similarities(of: vectors(texts))
    }

    /// The pairwise cosine similarities of unit vectors, an n × n matrix with 1 on the diagonal.
    static func similarities(of vectors: [SparseVector]) -> [[Double]] {
        let n = vectors.count
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            matrix[i][i] = 1
            for j in (i + 1)..<max(i + 1, n) {
                let s = vectors[i].dot(vectors[j])
                matrix[i][j] = s
                matrix[j][i] = s
            }
        }
        return matrix
    }

    /// One unit-length vector per text.
    public func vectors(_ texts: [String]) -> [SparseVector] {
        // Dimensions are numbered in the order they are first met, over the four views (each
        // numbered apart, so that no name has to be spelled for a profile's or a vector's index).
        var count = 0
        var termDimensions: [String: Int] = [:], gramDimensions: [String: Int] = [:]
        var vectorDimensions: [Int: Int] = [:]
        // A profile index's dimension (−1 until met), and a dense row to sum a note's profiles in.
        var profileDimension: [Int] = []
        var row: [Double] = [], used: [Bool] = [], touched: [Int] = []
        func dimension<Key: Hashable>(_ key: Key, in dimensions: inout [Key: Int]) -> Int {
            if let d = dimensions[key] { return d }
            dimensions[key] = count
            count += 1
            return count - 1
        }
        let allTerms = texts.map { analyzer.terms($0) }
        // Character n-grams are weighted by rarity within the note set.
        let grams = texts.map { Self.characterGrams(analyzer.contentWords($0).map(\.word)) }
        var gramFrequency: [String: Int] = [:]
        for set in grams { for gram in Set(set.keys) { gramFrequency[gram, default: 0] += 1 } }

        var result: [SparseVector] = []
        for (index, terms) in allTerms.enumerated() {
            var termPart: [Int: Double] = [:]
            for term in terms { termPart[dimension(term.key, in: &termDimensions), default: 0] += term.weight * background.idf(term.key) }

            var gramPart: [Int: Double] = [:]
            let n = Double(texts.count)
            // In a fixed order: dimension numbers decide the order of every later sum.
            for (gram, count) in grams[index].sorted(by: { $0.key < $1.key }) {
                let idf = ((n + 1) / (Double(gramFrequency[gram] ?? 0) + 1)).logarithm
                if idf > 0 { gramPart[dimension(gram, in: &gramDimensions), default: 0] += Double(count) * idf }
            }

            // The profiles' entries, summed in a dense row: a note's terms bring hundreds each.
            touched.removeAll(keepingCapacity: true)
            for term in terms {
                guard let profile = background.profile(term.key) else { continue }
                let scale = term.weight * background.idf(term.key)
                for (i, value) in zip(profile.indices, profile.values) {
                    if i >= profileDimension.count { profileDimension += [Int](repeating: -1, count: i + 1 - profileDimension.count) }
                    var d = profileDimension[i]
                    if d < 0 {
                        d = count
                        count += 1
                        profileDimension[i] = d
                    }
                    if d >= row.count {
                        row += [Double](repeating: 0, count: d + 1 - row.count)
                        used += [Bool](repeating: false, count: d + 1 - used.count)
                    }
                    if !used[d] {
                        used[d] = true
                        touched.append(d)
                    }
                    row[d] += scale * value
                }
            }
            touched.sort()
            let profilePart = SparseVector(ascending: touched.map { d in
                let value = row[d]
                row[d] = 0
                used[d] = false
                return (d, value)
            })

            var vectorPart: [Int: Double] = [:]
            if let wordVectors {
                for (word, _) in analyzer.contentWords(texts[index]) {
                    guard let v = wordVectors.vector(word) else { continue }
                    let stem = analyzer.stem(word)
                    for (i, value) in v.enumerated() { vectorPart[dimension(i, in: &vectorDimensions), default: 0] += value * background.idf(stem) }
                }
            }

            // The views' dimensions are apart, so joining them is putting their entries in order.
            var joined: [(index: Int, value: Double)] = []
            for (part, weight) in [(SparseVector(termPart), weights.terms), (SparseVector(gramPart), weights.characters), (profilePart, weights.cooccurrence), (SparseVector(vectorPart), weights.vectors)] {
                let unit = part.normalized()
                let scale = weight.squareRoot()
                for (i, value) in zip(unit.indices, unit.values) { joined.append((i, value * scale)) }
            }
            joined.sort { $0.index < $1.index }
            result.append(SparseVector(ascending: joined).normalized())
        }
        return result
    }

    /// Character 3- to 5-grams of words marked with their boundaries ("<werk>").
    static func characterGrams(_ words: [String]) -> [String: Int] {
        var grams: [String: Int] = [:]
        for word in words {
            let letters = Array("<" + word + ">")
            for size in 3...5 where letters.count >= size {
                for start in 0...(letters.count - size) {
                    grams[String(letters[start..<(start + size)]), default: 0] += 1
                }
            }
        }
        return grams
    }
}
