/// One note's nearest notes by the similarity the clustering compares them by.
public struct SimilarNote: Sendable, Hashable {
    /// The other note's position in the list given.
    public var index: Int
    /// The cosine similarity of the two notes' vectors, in (0, 1].
    public var similarity: Double

    public init(index: Int, similarity: Double) {
        self.index = index
        self.similarity = similarity
    }
}

extension ClusteringSetup {
    /// The `k` most similar notes of each of `vectors` (most similar first, ties by position);
    /// fewer where fewer notes share any term. Exact, and the same for any thread count.
    ///
    /// - Complexity: grows with the squared lengths of the term lists, not with n², so it
    ///   serves a map of ten thousand notes.
    public func similarNotes(_ vectors: [SparseVector], k: Int) -> [[SimilarNote]] {
        guard k > 0, !vectors.isEmpty else { return vectors.map { _ in [] } }
        let columns = (vectors.compactMap { $0.indices.max() }.max() ?? 0) + 1
        var rows = SparseRows(columnCount: columns)
        for vector in vectors {
            rows.append(zip(vector.indices, vector.values).map { (Int32($0), $1) })
        }
        let found = NearestNeighbours(k: k, threads: threads).neighbours(of: rows)
        return (0..<vectors.count).map { row in
            (0..<k).compactMap { rank -> SimilarNote? in
                let at = row * k + rank
                guard at < found.indices.count, found.indices[at] >= 0, found.scores[at] > 0 else { return nil }
                return SimilarNote(index: Int(found.indices[at]), similarity: Double(found.scores[at]))
            }
        }
    }
}
