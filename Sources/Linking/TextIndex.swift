public import Clustering

/// Vectors for a set of texts from the graph, so any two can be compared as the clustering
/// compares notes: what the agenda's themes are merged and ordered by. (Links, which must say
/// what they rest on, compare by ``MeaningIndex``.)
public struct TextIndex: Sendable {
    public let texts: [String]
    private let vectors: [SparseVector]

    /// Indexes `texts` with the clustering's text analysis and the corpus as background.
    public init(texts: [String], setup: ClusteringSetup) {
        self.texts = texts
        vectors = setup.clusterer(for: texts).vectorizer.vectors(texts)
    }

    /// The cosine similarity of texts `a` and `b`.
    public func similarity(_ a: Int, _ b: Int) -> Double { vectors[a].dot(vectors[b]) }

    /// The cosine similarity of text `a` with the normalised sum of `group`.
    public func similarity(_ a: Int, toGroup group: [Int]) -> Double {
        guard !group.isEmpty else { return 0 }
        return group.reduce(0) { $0 + similarity(a, $1) } / Double(group.count)
    }
}
