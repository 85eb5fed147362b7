/// How well one note fits the cluster it was put in, and why it is there.
public struct NoteFit: Sendable, Hashable, Codable {
    /// How clearly the note belongs to its cluster rather than to the next best one, from 0 to
    /// 1: (1 + s) / 2 for its silhouette s = (b − a) / max(a, b), with a and b its mean
    /// distance (1 − similarity) to the other notes of its cluster and to the notes of the next
    /// best cluster. 0: it is as unlike its cluster as can be; 0.5: it is as close to the next
    /// cluster as to its own; 1: it is like its own cluster only. 0.5 for a note alone in its
    /// cluster, 1 when there is only one cluster.
    public var confidence: Double
    /// The cluster that fits the note next best, or `nil` when there is only one cluster.
    public var nextCluster: Int?
    /// Words of the note that other notes of its cluster also use, most shared first: the
    /// reason it is there, in the note's own spelling.
    public var sharedTerms: [String]
    /// Whether a person moved the note to this cluster: its place is then theirs, not a doubt
    /// of the toolkit's.
    public var placed: Bool

    /// Below this confidence a note is listed among its cluster's least certain notes (a
    /// silhouette below 0.1): on the self-grouped workshop groups, notes below it agree with
    /// the people's grouping markedly less often than the rest (`BENCHMARKS.md`).
    public static let uncertain = 0.55

    public init(confidence: Double, nextCluster: Int?, sharedTerms: [String], placed: Bool = false) {
        self.confidence = confidence
        self.nextCluster = nextCluster
        self.sharedTerms = sharedTerms
        self.placed = placed
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        confidence = try container.decode(Double.self, forKey: .confidence)
        nextCluster = try container.decodeIfPresent(Int.self, forKey: .nextCluster)
        sharedTerms = try container.decodeIfPresent([String].self, forKey: .sharedTerms) ?? []
        placed = try container.decodeIfPresent(Bool.self, forKey: .placed) ?? false
    }

    /// The confidence of a note with silhouette `silhouette` (−1 … 1), on the 0 … 1 scale.
    public static func confidence(silhouette: Double) -> Double { (1 + silhouette) / 2 }

    /// What a confidence means, in the words the report shows.
    public enum Verdict: String, Sendable, CaseIterable {
        /// Clearly closer to its own cluster than to the next (0.55 or more).
        case fits = "past goed"
        /// About as close to the next cluster as to its own (0.5 up to 0.55).
        case doubtful = "twijfel"
        /// Closer to the next cluster than to its own (below 0.5).
        case poor = "past slecht"

        public init(_ confidence: Double) {
            self = confidence >= NoteFit.uncertain ? .fits : confidence >= 0.5 ? .doubtful : .poor
        }
    }

    /// A confidence or score as the toolkit prints and stores it: three decimals, so runs
    /// compare byte for byte.
    public static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// Of `members`, those whose confidence is below `threshold`, least certain first (ties in
    /// the order given), at most `count`; notes a person placed are never among them.
    public static func leastCertain(_ members: [Int], confidence: (Int) -> Double, placed: (Int) -> Bool = { _ in false }, count: Int = 3, below threshold: Double = uncertain) -> [Int] {
        let below = members.enumerated().map { ($0.offset, $0.element, confidence($0.element)) }.filter { $0.2 < threshold && !placed($0.1) }
        return below.sorted { $0.2 != $1.2 ? $0.2 < $1.2 : $0.0 < $1.0 }.prefix(count).map(\.1)
    }
}
