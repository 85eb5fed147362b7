public import Clustering

/// Vectors and terms for a set of texts from the graph, so any two can be compared and the
/// comparison explained by the words they share.
public struct TextIndex: Sendable {
    public let texts: [String]
    private let vectors: [SparseVector]
    private let terms: [[String: (surface: String, weight: Double)]]

    /// Indexes `texts` with the clustering's text analysis and the corpus as background.
    public init(texts: [String], setup: ClusteringSetup) {
        self.texts = texts
        let clusterer = setup.clusterer(for: texts)
        vectors = clusterer.vectorizer.vectors(texts)
        let analyzer = clusterer.vectorizer.analyzer
        let background = clusterer.vectorizer.background
        terms = texts.map { text in
            var result: [String: (String, Double)] = [:]
            // Words, and the lexicon's concepts (shown by the word that stands for them in this text).
            for term in analyzer.terms(text) where term.role == .stem || term.role == .lexiconConcept {
                if result[term.key] == nil { result[term.key] = (term.surface.lowercased(), background.idf(term.key)) }
            }
            return result
        }
    }

    /// The cosine similarity of texts `a` and `b`.
    public func similarity(_ a: Int, _ b: Int) -> Double { vectors[a].dot(vectors[b]) }

    /// The cosine similarity of text `a` with the normalised sum of `group`.
    public func similarity(_ a: Int, toGroup group: [Int]) -> Double {
        guard !group.isEmpty else { return 0 }
        return group.reduce(0) { $0 + similarity(a, $1) } / Double(group.count)
    }

    /// The words texts `a` and `b` share, rarest first, as written in `a`; words as common as
    /// `minimumRarity` or more (an inverse document frequency below it) are left out.
    public func sharedTerms(_ a: Int, _ b: Int, limit: Int = 5, minimumRarity: Double = 0) -> [String] {
        let shared = terms[a].filter { terms[b][$0.key] != nil && $0.value.weight >= minimumRarity }
        var seen: Set<String> = []
        return shared.sorted { $0.value.weight != $1.value.weight ? $0.value.weight > $1.value.weight : $0.key < $1.key }
            .map(\.value.surface).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }
}
