/// A scored link between two nodes, with what it rests on.
public struct CrossLink: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    /// How much of the linked question's (or theme's) meaning the other text holds, 0 … 1,
    /// rounded to three decimals (``MeaningIndex/coverage(of:by:)``).
    public var score: Double
    /// What the link rests on, rarest first: phrases (in quotes), concepts and words.
    public var sharedTerms: [String]

    public init(source: String, target: String, score: Double, sharedTerms: [String]) {
        self.source = source
        self.target = target
        self.score = score
        self.sharedTerms = sharedTerms
    }
}
