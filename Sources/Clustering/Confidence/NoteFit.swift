/// How well one note fits the cluster it was put in, and why it is there.
public struct NoteFit: Sendable, Hashable, Codable {
    /// How clearly the note belongs to its cluster rather than to the next best one: its
    /// silhouette, (b − a) / max(a, b), with a and b its mean distance (1 − similarity) to the
    /// other notes of its cluster and to the notes of the next best cluster. From −1 (it is
    /// closer to the next cluster) through 0 (on the border) to 1 (clearly its own cluster's);
    /// 0 for a note alone in its cluster, 1 when there is only one cluster.
    public var confidence: Double
    /// The cluster that fits the note next best, or `nil` when there is only one cluster.
    public var nextCluster: Int?
    /// Words of the note that other notes of its cluster also use, most shared first: the
    /// reason it is there, in the note's own spelling.
    public var sharedTerms: [String]

    /// Below this confidence a note is listed among its cluster's least certain notes: on the
    /// self-grouped workshop groups, notes below it agree with the people's grouping markedly
    /// less often than the rest (`BENCHMARKS.md`).
    public static let uncertain = 0.1

    public init(confidence: Double, nextCluster: Int?, sharedTerms: [String]) {
        self.confidence = confidence
        self.nextCluster = nextCluster
        self.sharedTerms = sharedTerms
    }

    /// A confidence or score as the toolkit prints and stores it: three decimals, so runs
    /// compare byte for byte.
    public static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// Of `members`, those whose confidence is below `threshold`, least certain first (ties in
    /// the order given), at most `count`.
    public static func leastCertain(_ members: [Int], confidence: (Int) -> Double, count: Int = 3, below threshold: Double = uncertain) -> [Int] {
        let below = members.enumerated().map { ($0.offset, $0.element, confidence($0.element)) }.filter { $0.2 < threshold }
        return below.sorted { $0.2 != $1.2 ? $0.2 < $1.2 : $0.0 < $1.0 }.prefix(count).map(\.1)
    }
}
