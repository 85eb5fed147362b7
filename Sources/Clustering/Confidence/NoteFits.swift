/// Computes every note's ``NoteFit`` for a finished partition, from the similarities the
/// clustering used.
enum NoteFits {
    /// From the full similarity matrix (the spectral method): each note's silhouette.
    ///
    /// - Complexity: O(n²).
    static func fits(similarities: [[Double]], assignments: [Int], sharedTerms: [[String]], placed: Set<Int> = []) -> [NoteFit] {
        let k = (assignments.max() ?? -1) + 1
        return Silhouette.values(similarities, assignments).enumerated().map { note, silhouette in
            NoteFit(confidence: k > 1 ? NoteFit.confidence(silhouette: silhouette.value) : 1, nextCluster: silhouette.nearest, sharedTerms: sharedTerms[note], placed: placed.contains(note))
        }
    }

    /// From unit vectors (the graph method): a note's mean similarity to a cluster's notes is its
    /// dot product with their summed vectors over their number, so the silhouette needs one sum
    /// per cluster instead of every pair.
    ///
    /// - Complexity: O(e · c) for e non-zero entries that occur in c clusters each.
    static func fits(rows: SparseRows, assignments: [Int], sharedTerms: [[String]], placed: Set<Int> = []) -> [NoteFit] {
        let k = (assignments.max() ?? -1) + 1
        guard k > 1 else {
            return sharedTerms.enumerated().map { NoteFit(confidence: 1, nextCluster: nil, sharedTerms: $1, placed: placed.contains($0)) }
        }
        var sizes = [Int](repeating: 0, count: k)
        for cluster in assignments { sizes[cluster] += 1 }
        // Per column, the clusters that use it with the sum of their notes' weights.
        let postings = rows.transposed()
        var offsets = [0]
        var clusters: [Int32] = []
        var sums: [Float] = []
        var scratch = [Float](repeating: 0, count: k)
        var touched: [Int] = []
        for column in 0..<postings.count {
            for p in postings.entries(of: column) {
                let cluster = assignments[Int(postings.columns[p])]
                if scratch[cluster] == 0 { touched.append(cluster) }
                scratch[cluster] += postings.values[p]
            }
            touched.sort()
            for cluster in touched {
                clusters.append(Int32(cluster))
                sums.append(scratch[cluster])
                scratch[cluster] = 0
            }
            touched.removeAll(keepingCapacity: true)
            offsets.append(clusters.count)
        }
        var dot = [Double](repeating: 0, count: k)
        return (0..<rows.count).map { note in
            for c in 0..<k { dot[c] = 0 }
            var own = 0.0
            for e in rows.entries(of: note) {
                let column = Int(rows.columns[e]), weight = Double(rows.values[e])
                own += weight * weight
                for p in offsets[column]..<offsets[column + 1] { dot[Int(clusters[p])] += weight * Double(sums[p]) }
            }
            let cluster = assignments[note]
            let means: [Double?] = (0..<k).map { c in
                let others = sizes[c] - (c == cluster ? 1 : 0)
                guard others > 0 else { return nil }
                return (dot[c] - (c == cluster ? own : 0)) / Double(others)
            }
            let silhouette = Silhouette.value(own: means[cluster], means: means, cluster: cluster)
            return NoteFit(confidence: NoteFit.confidence(silhouette: silhouette.value), nextCluster: silhouette.nearest, sharedTerms: sharedTerms[note], placed: placed.contains(note))
        }
    }
}
