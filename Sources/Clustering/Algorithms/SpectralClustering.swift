/// Spectral clustering of a similarity matrix: the notes are embedded by the leading
/// eigenvectors of the normalised affinity, and grouped there by k-means.
///
/// Unlike average linkage, which peels off outliers one by one on short texts, it looks at
/// the graph of similarities as a whole and gives balanced groups.
enum SpectralClustering {
    /// The spectral embedding with `dimensions` coordinates per note, rows of unit length.
    static func embedding(_ similarities: [[Double]], dimensions: Int) -> [[Double]] {
        let n = similarities.count
        var affinity = similarities.map { $0.map { max($0, 0) } }
        for i in 0..<n { affinity[i][i] = 0 }
        let degree = affinity.map { row in max(row.reduce(0, +), 1e-12) }
        var normalized = affinity
        for i in 0..<n { for j in 0..<n { normalized[i][j] = affinity[i][j] / (degree[i] * degree[j]).squareRoot() } }
        let (_, vectors) = SymmetricEigen.decompose(normalized)
        let used = vectors.prefix(min(dimensions, n))
        return (0..<n).map { i in
            let row = used.map { $0[i] }
            let length = row.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return length > 0 ? row.map { $0 / length } : row
        }
    }

    /// Cluster indices for the notes, in `k` clusters.
    static func cluster(_ similarities: [[Double]], k: Int) -> [Int] {
        guard similarities.count > k, k > 1 else { return Array(0..<similarities.count).map { min($0, max(k - 1, 0)) } }
        return KMeans.cluster(embedding(similarities, dimensions: k), k: k)
    }
}
