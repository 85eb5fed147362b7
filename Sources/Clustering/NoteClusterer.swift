/// How many clusters to make.
public enum ClusterCount: Sendable, Hashable {
    /// Chosen by silhouette among partitions without one-note clusters.
    case automatic
    case fixed(Int)
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
        let n = texts.count
        guard n > 0 else { return ClusterResult(k: 0, assignments: [], clusters: [], silhouette: 0) }
        var similarities = vectorizer.similarities(texts)
        let constraints = Constraints(corrections, texts: texts)
        constraints.apply(to: &similarities)

        var assignments: [Int]
        switch count {
        case .fixed(let k):
            assignments = SpectralClustering.cluster(similarities, k: max(1, min(k, n)))
        case .automatic:
            assignments = chooseClusters(similarities)
        }
        assignments = constraints.enforce(on: assignments, similarities: similarities)
        assignments = Self.renumbered(assignments)
        return describe(texts, assignments: assignments, similarities: similarities, corrections: corrections, constraints: constraints)
    }

    /// The partition with the best silhouette, among those whose clusters all hold two notes or more.
    func chooseClusters(_ similarities: [[Double]]) -> [Int] {
        let n = similarities.count
        guard n >= 4 else { return [Int](repeating: 0, count: n) }
        var best: (score: Double, assignments: [Int])?
        let spectrum = SpectralClustering.Spectrum(similarities)
        for k in 2...max(2, min(max(maximumClusters, n / 5), n / max(2, minimumMeanClusterSize))) {
            let candidate = spectrum.cluster(k: k)
            var sizes = [Int](repeating: 0, count: k)
            for c in candidate { sizes[c] += 1 }
            guard sizes.allSatisfy({ $0 >= 2 }) else { continue }
            let score = Silhouette.score(similarities, candidate)
            if best == nil || score > (best?.score ?? -2) + 1e-12 { best = (score, candidate) }
        }
        return best?.assignments ?? spectrum.cluster(k: 2)
    }

    /// Cluster numbers in order of each cluster's first note, with no gaps.
    static func renumbered(_ assignments: [Int]) -> [Int] {
        var map: [Int: Int] = [:]
        return assignments.map { cluster in
            if let known = map[cluster] { return known }
            let next = map.count
            map[cluster] = next
            return next
        }
    }

    private func describe(_ texts: [String], assignments: [Int], similarities: [[Double]], corrections: ClusterCorrections, constraints: Constraints) -> ClusterResult {
        var assignments = assignments
        let labeler = ClusterLabeler(analyzer: vectorizer.analyzer, background: vectorizer.background)
        // Names that merges fix, by a note of the merged cluster.
        var mergedNames: [Int: String] = [:]
        func labels(for assignments: [Int]) -> (labels: [String], keywords: [[String]]) {
            let keywords = labeler.keywords(texts: texts, assignments: assignments)
            let labels = keywords.enumerated().map { cluster, words -> String in
                if let pinned = constraints.pinnedName(inCluster: cluster, assignments: assignments) { return pinned }
                if let merged = mergedNames.first(where: { assignments[$0.key] == cluster })?.value { return merged }
                let generated = ClusterLabeler.label(words)
                return corrections.rename[generated] ?? generated
            }
            return (labels, keywords)
        }
        var (names, keywords) = labels(for: assignments)
        // Merges name clusters by their (renamed) labels; the merged cluster keeps the first label.
        for group in corrections.merge {
            let targets = group.compactMap { label in names.firstIndex(of: label) }
            guard let into = targets.first, Set(targets).count > 1, let anchor = assignments.firstIndex(of: into) else { continue }
            mergedNames[anchor] = names[into]
            assignments = Self.renumbered(assignments.map { targets.contains($0) ? into : $0 })
            (names, keywords) = labels(for: assignments)
        }
        let k = (assignments.max() ?? -1) + 1
        var clusters: [ClusterResult.Cluster] = []
        for cluster in 0..<k {
            let members = assignments.indices.filter { assignments[$0] == cluster }
            let representative = members.max { a, b in
                let sa = members.reduce(0) { $0 + similarities[a][$1] }
                let sb = members.reduce(0) { $0 + similarities[b][$1] }
                return sa != sb ? sa < sb : a > b
            } ?? 0
            clusters.append(ClusterResult.Cluster(label: names[cluster], keywords: keywords[cluster], members: members, representative: representative))
        }
        let silhouette = k > 1 ? Silhouette.score(similarities, assignments) : 0
        return ClusterResult(k: k, assignments: assignments, clusters: clusters, silhouette: silhouette)
    }
}
