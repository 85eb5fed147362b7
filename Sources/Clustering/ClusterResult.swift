/// The clusters of one set of notes.
public struct ClusterResult: Sendable, Hashable, Codable {
    /// One cluster: a readable label, its keywords, its notes and the note that best represents it.
    public struct Cluster: Sendable, Hashable, Codable {
        /// A few surface words, or the name the user gave it.
        public var label: String
        /// The words that set the cluster apart, most telling first.
        public var keywords: [String]
        /// Indices of the notes, in input order.
        public var members: [Int]
        /// The index of the note most like the others in the cluster.
        public var representative: Int

        public init(label: String, keywords: [String], members: [Int], representative: Int) {
            self.label = label
            self.keywords = keywords
            self.members = members
            self.representative = representative
        }
    }

    /// The number of clusters.
    public var k: Int
    /// `assignments[i]` is the cluster of the i-th input note.
    public var assignments: [Int]
    /// The clusters, ordered by their first note.
    public var clusters: [Cluster]
    /// The silhouette of the partition (−1 … 1).
    public var silhouette: Double
    /// `notes[i]` says how well the i-th input note fits its cluster and why.
    public var notes: [NoteFit]

    public init(k: Int, assignments: [Int], clusters: [Cluster], silhouette: Double, notes: [NoteFit] = []) {
        self.k = k
        self.assignments = assignments
        self.clusters = clusters
        self.silhouette = silhouette
        self.notes = notes
    }

    /// No notes, no clusters.
    public static let empty = ClusterResult(k: 0, assignments: [], clusters: [], silhouette: 0)

    /// The members of the `cluster`-th cluster that fit it least clearly, least certain first
    /// (ties by input order), at most `count` and only those below `threshold`: the notes a
    /// reader checks first.
    public func leastCertain(in cluster: Int, count: Int = 3, below threshold: Double = NoteFit.uncertain) -> [Int] {
        guard clusters.indices.contains(cluster), notes.count == assignments.count else { return [] }
        return NoteFit.leastCertain(clusters[cluster].members, confidence: { notes[$0].confidence }, placed: { notes[$0].placed }, count: count, below: threshold)
    }
}
