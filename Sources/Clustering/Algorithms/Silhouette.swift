/// The silhouette of a partition: how much closer each note is to its own cluster than to
/// the nearest other one, averaged (−1 … 1). Used to choose the number of clusters.
enum Silhouette {
    /// The mean silhouette of `assignments` under distances 1 − similarity.
    ///
    /// - Complexity: O(n²).
    static func score(_ similarities: [[Double]], _ assignments: [Int]) -> Double {
        let n = assignments.count
        let k = (assignments.max() ?? 0) + 1
        guard k > 1, n > k else { return -1 }
        var total = 0.0
        for i in 0..<n {
            var sums = [Double](repeating: 0, count: k)
            var counts = [Int](repeating: 0, count: k)
            for j in 0..<n where j != i {
                sums[assignments[j]] += 1 - similarities[i][j]
                counts[assignments[j]] += 1
            }
            let own = assignments[i]
            guard counts[own] > 0 else { continue }  // a singleton scores 0
            let a = sums[own] / Double(counts[own])
            var b = Double.infinity
            for c in 0..<k where c != own && counts[c] > 0 { b = min(b, sums[c] / Double(counts[c])) }
            let denominator = max(a, b)
            if denominator > 0, b.isFinite { total += (b - a) / denominator }
        }
        return total / Double(n)
    }
}
