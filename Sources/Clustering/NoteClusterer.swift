/// How many clusters to make.
public enum ClusterCount: Sendable, Hashable, CustomStringConvertible {
    /// Chosen by silhouette among partitions without one-note clusters.
    case automatic
    case fixed(Int)

    /// `auto` or the number.
    public var description: String {
        switch self {
        case .automatic: "auto"
        case .fixed(let k): String(k)
        }
    }
}

/// Groups short notes by meaning: similarity from ``NoteVectorizer``, spectral clustering,
/// the number of clusters chosen by silhouette, readable labels, and the user's corrections.
///
/// Same texts and options give the same clusters, labels and order on every run; clusters are
/// numbered by their first note.
public struct NoteClusterer: Sendable {
    public var vectorizer: NoteVectorizer
    /// The most clusters an automatic choice considers; larger note sets may have one cluster
    /// per five notes.
    public var maximumClusters: Int
    /// The fewest notes per cluster, on average, that an automatic choice accepts.
    public var minimumMeanClusterSize: Int
    /// Where partitions chosen before are kept, when the setup that made this clusterer has one.
    var cache: ClusteringCache?

    public init(vectorizer: NoteVectorizer, maximumClusters: Int = 8, minimumMeanClusterSize: Int = 3) {
        self.vectorizer = vectorizer
        self.maximumClusters = maximumClusters
        self.minimumMeanClusterSize = minimumMeanClusterSize
    }

    /// Clusters `texts`.
    ///
    /// - Complexity: O(n³) in the number of notes (the eigendecomposition); meant for the
    ///   notes of a workshop or a few, not tens of thousands.
    public func cluster(_ texts: [String], count: ClusterCount = .automatic, corrections: ClusterCorrections = ClusterCorrections()) -> ClusterResult {
        cluster(texts, vectors: vectorizer.vectors(texts), count: count, corrections: corrections)
    }

    /// Clusters `texts` whose vectors (``NoteVectorizer/vectors(_:)``) are already made.
    func cluster(_ texts: [String], vectors: [SparseVector], count: ClusterCount, corrections: ClusterCorrections) -> ClusterResult {
        cluster(texts, similarities: NoteVectorizer.similarities(of: vectors), count: count, corrections: corrections)
    }

    /// Clusters `texts` whose pairwise similarities are already computed.
    func cluster(_ texts: [String], similarities cosines: [[Double]], count: ClusterCount, corrections: ClusterCorrections) -> ClusterResult {
        let n = texts.count
        guard n > 0 else { return ClusterResult(k: 0, assignments: [], clusters: [], silhouette: 0) }
        var similarities = cosines
        let constraints = Constraints(corrections, texts: texts)
        constraints.apply(to: &similarities)

        let choose = { () -> [Int] in
            switch count {
            case .fixed(let k): SpectralClustering.cluster(similarities, k: max(1, min(k, n)))
            case .automatic: chooseClusters(similarities)
            }
        }
        var assignments: [Int]
        if let cache {
            let key = ClusteringCache.PartitionKey(notes: .init(texts: texts, language: vectorizer.analyzer.language), count: count.description, constraints: constraints.similaritySignature)
            assignments = cache.partition(key, make: choose)
        } else {
            assignments = choose()
        }
        let terms = NoteTerms(texts, analyzer: vectorizer.analyzer)
        let labeler = ClusterLabeler(terms: terms, idf: terms.keys.map(vectorizer.background.idf))
        let describer = ClusterDescriber(labeler: labeler, corrections: corrections, constraints: constraints)
        assignments = constraints.enforce(on: assignments, similarities: similarities, labels: describer.generatedLabels)
        assignments = Numbering.renumbered(assignments).labels
        let placed = constraints.placed
        return describer.describe(assignments) { members in
            members.max { a, b in
                let sa = members.reduce(0) { $0 + similarities[a][$1] }
                let sb = members.reduce(0) { $0 + similarities[b][$1] }
                return sa != sb ? sa < sb : a > b
            } ?? 0
        } silhouette: { assignments in
            Silhouette.score(similarities, assignments)
        } fits: { assignments, shared in
            NoteFits.fits(similarities: similarities, assignments: assignments, sharedTerms: shared, placed: placed)
        }
    }

    /// The partition with the best silhouette, among those whose clusters all hold two notes or more.
    func chooseClusters(_ similarities: [[Double]]) -> [Int] {
        let n = similarities.count
        guard n >= 4 else { return [Int](repeating: 0, count: n) }
        var best: (score: Double, assignments: [Int])?
        let spectrum = SpectralClustering.Spectrum(similarities)
        let ks = Array(2...max(2, min(max(maximumClusters, n / 5), n / max(2, minimumMeanClusterSize))))
        // Each k is tried apart from the others (on every core for larger sets), and the best
        // is taken in order of k, so the choice does not depend on which finished first.
        let attempt = { @Sendable (index: Int) -> (score: Double, assignments: [Int])? in
            let k = ks[index]
            let candidate = spectrum.cluster(k: k)
            var sizes = [Int](repeating: 0, count: k)
            for c in candidate { sizes[c] += 1 }
            guard sizes.allSatisfy({ $0 >= 2 }) else { return nil }
            return (Silhouette.score(similarities, candidate), candidate)
        }
        let tried = n >= 60 ? Parallel.map(ks.count, attempt) : ks.indices.map(attempt)
        for case let (score, candidate)? in tried where best == nil || score > (best?.score ?? -2) + 1e-12 {
            best = (score, candidate)
        }
        return best?.assignments ?? spectrum.cluster(k: 2)
    }
}
