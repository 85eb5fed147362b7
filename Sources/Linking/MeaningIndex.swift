public import Clustering

/// Compares texts by what they are about, and says what each comparison rests on.
///
/// A text is reduced to the lexicon's concepts (so "loon" and "beloning" meet), the stems of
/// its other content words (whole words: compound parts join too much by chance), and its
/// two-word phrases, each weighted by how rare it is in the
/// corpus. Question words, function words, the field's own stopwords ("hoe", "maken", "werk")
/// and the speerpunten's names are left out, so two questions are close only when they share a
/// subject; an abbreviation and its expansion count once.
public struct MeaningIndex: Sendable {
    /// What a comparison rests on: a concept of the lexicon, a phrase, or a word.
    public struct Evidence: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case concept, phrase, word
            /// A word for an actor ("werkgevers"): who, not what.
            case actor
        }

        public var kind: Kind
        /// The words as the first text writes them ("loon", "korte termijn").
        public var shown: String
        /// How rare the term is in the corpus (its inverse document frequency).
        public var weight: Double
    }

    private struct Feature {
        var kind: Evidence.Kind
        var shown: String
        var weight: Double
    }

    public let texts: [String]
    private let features: [[String: Feature]]
    /// Each text's feature keys in order: sums run in this order, so the same texts give the
    /// same scores to the last bit whatever order a dictionary keeps.
    private let keys: [[String]]
    private let norms: [Double]

    /// Indexes `texts` with the clustering's text analysis, the corpus as background and the
    /// lexicon's domain stopwords.
    public init(texts: [String], setup: ClusteringSetup) {
        self.texts = texts
        let vectorizer = setup.clusterer(for: texts).vectorizer
        let analyzer = vectorizer.analyzer
        let background = vectorizer.background
        let stopwords = setup.lexicon.domainStopwords
        let stopStems = Set(stopwords.map(analyzer.stem))
        let actorStems = Set(setup.lexicon.actorWords.filter { !$0.contains(" ") }.map(analyzer.stem))
        // Word runs that stand for one thing (an abbreviation's expansion, however written) or
        // for nothing (a speerpunt's name), as stems.
        func stems(_ phrase: String) -> [String] { analyzer.contentWords(phrase).map { analyzer.stem($0.word) } }
        let units = Set(setup.lexicon.abbreviations.values.map(stems).filter { $0.count > 1 })
        let dropped = Set(setup.lexicon.domainStopPhrases.map(stems).filter { !$0.isEmpty })
        let longest = (units.union(dropped).map(\.count).max() ?? 1)
        features = texts.map { text in
            // Content words, each with the number of function words before it: a phrase is two
            // words side by side or with one function word between ("werkgevers te verleiden").
            var words: [(word: String, surface: String)] = []
            var gapBefore: [Int] = []
            var gap = 0
            for (word, surface) in analyzer.words(text) {
                if analyzer.contentWords(word).isEmpty {
                    gap += 1
                } else {
                    words.append((word, surface))
                    gapBefore.append(gap)
                    gap = 0
                }
            }
            let wordStems = words.map { analyzer.stem($0.word) }
            var result: [String: Feature] = [:]
            var previous: (key: String, surface: String, weight: Double)?
            var position = 0
            while position < words.count {
                // The longest run starting here that is a unit or a dropped phrase.
                var run = 1
                var isUnit = false
                for length in stride(from: min(longest, words.count - position), through: 2, by: -1) {
                    let slice = Array(wordStems[position..<(position + length)])
                    if dropped.contains(slice) || units.contains(slice) {
                        run = length
                        isUnit = units.contains(slice) && !dropped.contains(slice)
                        break
                    }
                }
                let (word, surface) = words[position]
                let stem = wordStems[position]
                defer { position += run }
                if run > 1 && !isUnit || run == 1 && (dropped.contains([stem]) || stopwords.contains(word) || stopStems.contains(stem)) {
                    previous = nil
                    continue
                }
                let key: String
                let shown: String
                var kind = Evidence.Kind.word
                if isUnit {
                    key = "@" + wordStems[position..<(position + run)].joined(separator: " ")
                    shown = words[position..<(position + run)].map { $0.surface.lowercased() }.joined(separator: " ")
                    kind = .concept
                } else {
                    // A word stands for its lexicon concept when it has one, else for its stem.
                    let concept = analyzer.terms(word).first { $0.role == .lexiconConcept && $0.weight >= 0.7 }
                    key = concept?.key ?? stem
                    shown = surface.lowercased()
                    if concept != nil { kind = .concept }
                    if actorStems.contains(stem) { kind = .actor }
                }
                let weight = background.idf(key.hasPrefix("@") ? wordStems[position] : key)
                if result[key] == nil { result[key] = Feature(kind: kind, shown: shown, weight: weight) }
                if gapBefore[position] > 1 { previous = nil }
                if let previous, previous.key != key {
                    let phrase = "~" + previous.key + " " + key
                    if result[phrase] == nil {
                        result[phrase] = Feature(kind: .phrase, shown: previous.surface + " " + shown, weight: (previous.weight + weight) / 2)
                    }
                }
                previous = (key, shown, weight)
            }
            return result
        }
        keys = features.map { $0.keys.sorted() }
        norms = zip(features, keys).map { feature, keys in
            keys.reduce(0) { sum, key in sum + (feature[key]?.weight ?? 0) * (feature[key]?.weight ?? 0) }.squareRoot()
        }
    }

    /// The cosine similarity of texts `a` and `b` over their weighted concepts, words and phrases.
    public func similarity(_ a: Int, _ b: Int) -> Double {
        guard norms[a] > 0, norms[b] > 0 else { return 0 }
        var dot = 0.0
        for key in keys[a] where features[b][key] != nil {
            let weight = features[a][key]?.weight ?? 0
            dot += weight * weight
        }
        return dot / (norms[a] * norms[b])
    }

    /// How much of text `a`'s meaning text `b` holds, 0 … 1: the weight of what they share as a
    /// part of all of `a`'s. A short question is covered by a long text that speaks of all it asks.
    public func coverage(of a: Int, by b: Int) -> Double {
        guard norms[a] > 0 else { return 0 }
        var shared = 0.0
        for key in keys[a] where features[b][key] != nil {
            let weight = features[a][key]?.weight ?? 0
            shared += weight * weight
        }
        return shared / (norms[a] * norms[a])
    }

    /// The average similarity of text `a` to the texts of `group`.
    public func similarity(_ a: Int, toGroup group: [Int]) -> Double {
        guard !group.isEmpty else { return 0 }
        return group.reduce(0) { $0 + similarity(a, $1) } / Double(group.count)
    }

    /// What texts `a` and `b` share, rarest first, as `a` writes it; a phrase hides the words
    /// it is made of.
    public func evidence(_ a: Int, _ b: Int, minimumWeight: Double = 0) -> [Evidence] {
        let shared = features[a].filter { features[b][$0.key] != nil && $0.value.weight >= minimumWeight }
        let sorted = shared.sorted { x, y in
            x.value.weight != y.value.weight ? x.value.weight > y.value.weight : x.key < y.key
        }.map { Evidence(kind: $0.value.kind, shown: $0.value.shown, weight: $0.value.weight) }
        let phraseWords = Set(sorted.filter { $0.kind == .phrase }.flatMap { $0.shown.split(separator: " ").map(String.init) })
        var seen: Set<String> = []
        return sorted.filter { ($0.kind == .phrase || !phraseWords.contains($0.shown)) && seen.insert($0.shown).inserted }
    }
}
