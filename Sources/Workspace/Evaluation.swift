/// How well the automatic clusters agree with the groups' own themes, per group and on
/// average; the keys are part of the documented `agenda evaluate --json` contract.
public struct Evaluation: Sendable, Encodable {
    public struct Group: Sendable, Encodable {
        public var group: String
        public var workshop: String
        public var notes: Int
        public var themes: Int
        public var clusters: Int
        public var ari: Double
        public var nmi: Double
    }

    public var groups: [Group]
    public var meanARI: Double
    public var meanNMI: Double

    /// Four decimals, so the JSON does not depend on the last bits of floating point.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
