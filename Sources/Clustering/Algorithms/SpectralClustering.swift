/// Spectral clustering of a similarity matrix: the notes are embedded by the leading
/// eigenvectors of the normalised affinity, and grouped there by k-means.
///
/// Unlike average linkage, which peels off outliers one by one on short texts, it looks at
/// the graph of similarities as a whole and gives balanced groups.
enum SpectralClustering {
    /// The leading eigenvectors of the normalised affinity, computed once per note set and
    /// cut to k coordinates for each k tried.
    struct Spectrum {
        /// `vectors[k]` is the k-th eigenvector, largest eigenvalue first.
        let vectors: [[Double]]

        init(_ similarities: [[Double]]) {
            vectors = SpectralClustering.eigenvectors(similarities)
        }

        /// The embedding with `dimensions` coordinates per note, rows of unit length.
        func embedding(dimensions: Int) -> [[Double]] {
            let used = vectors.prefix(dimensions)
            let n = vectors.first?.count ?? 0
            return (0..<n).map { i in
                let row = used.map { $0[i] }
                let length = row.reduce(0) { $0 + $1 * $1 }.squareRoot()
                return length > 0 ? row.map { $0 / length } : row
            }
        }

        /// Cluster indices for the notes, in `k` clusters.
        func cluster(k: Int) -> [Int] {
            let n = vectors.first?.count ?? 0
            guard n > k, k > 1 else { return (0..<n).map { min($0, max(k - 1, 0)) } }
            return KMeans.cluster(embedding(dimensions: k), k: k)
        }
    }

    static func eigenvectors(_ similarities: [[Double]]) -> [[Double]] {
        let n = similarities.count
        var affinity = similarities.map { $0.map { max($0, 0) } }
        for i in 0..<n { affinity[i][i] = 0 }
        let degree = affinity.map { row in max(row.reduce(0, +), 1e-12) }
        var normalized = affinity
        for i in 0..<n { for j in 0..<n { normalized[i][j] = affinity[i][j] / (degree[i] * degree[j]).squareRoot() } }
        return SymmetricEigen.decompose(normalized).vectors
    }

    /// Cluster indices for the notes, in `k` clusters.
    static func cluster(_ similarities: [[Double]], k: Int) -> [Int] {
        Spectrum(similarities).cluster(k: k)
    }
}
