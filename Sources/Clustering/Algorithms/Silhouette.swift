/// The silhouette of a partition: how much closer each note is to its own cluster than to
/// the nearest other one, averaged (−1 … 1). Used to choose the number of clusters and, note
/// by note, as the confidence of its cluster.
enum Silhouette {
    /// The mean silhouette of `assignments` under distances 1 − similarity.
    ///
    /// - Complexity: O(n²).
    static func score(_ similarities: [[Double]], _ assignments: [Int]) -> Double {
        let n = assignments.count
        let k = (assignments.max() ?? 0) + 1
        guard k > 1, n > k else { return -1 }
        return values(similarities, assignments).reduce(0) { $0 + $1.value } / Double(n)
    }

    /// Each note's silhouette and the other cluster nearest to it (`nil` with one cluster).
    /// A note alone in its cluster scores 0.
    ///
    /// - Complexity: O(n²).
    static func values(_ similarities: [[Double]], _ assignments: [Int]) -> [(value: Double, nearest: Int?)] {
        let n = assignments.count
        let k = (assignments.max() ?? -1) + 1
        var sums = [Double](repeating: 0, count: k)
        var counts = [Int](repeating: 0, count: k)
        return (0..<n).map { i in
            for c in 0..<k {
                sums[c] = 0
                counts[c] = 0
            }
            for j in 0..<n where j != i {
                sums[assignments[j]] += similarities[i][j]
                counts[assignments[j]] += 1
            }
            let means = (0..<k).map { counts[$0] > 0 ? sums[$0] / Double(counts[$0]) : nil }
            return value(own: means[assignments[i]], means: means, cluster: assignments[i])
        }
    }

    /// The silhouette of a note from its mean similarity to each cluster (`nil` for a cluster
    /// with no other note), under distances 1 − similarity.
    static func value(own: Double?, means: [Double?], cluster: Int) -> (value: Double, nearest: Int?) {
        var nearest: (cluster: Int, mean: Double)?
        for (c, mean) in means.enumerated() where c != cluster {
            guard let mean else { continue }
            if nearest == nil || mean > (nearest?.mean ?? 0) { nearest = (c, mean) }
        }
        guard let nearest else { return (0, nil) }
        guard let own else { return (0, nearest.cluster) }
        let a = 1 - own, b = 1 - nearest.mean
        let denominator = max(a, b)
        return (denominator > 0 ? (b - a) / denominator : 0, nearest.cluster)
    }
}
