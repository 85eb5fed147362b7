/// A scored link between two nodes, with the words that explain it.
public struct CrossLink: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    /// Cosine similarity of the two texts, 0 … 1, rounded to three decimals.
    public var score: Double
    /// The words the two texts share, rarest first.
    public var sharedTerms: [String]

    public init(source: String, target: String, score: Double, sharedTerms: [String]) {
        self.source = source
        self.target = target
        self.score = score
        self.sharedTerms = sharedTerms
    }
}
