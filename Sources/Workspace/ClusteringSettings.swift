public import Clustering

/// How the user asked for notes to be clustered: the options every clustering command shares
/// (the number of clusters is given to each clustering call).
public struct ClusteringSettings: Sendable, Hashable {
    /// Pretrained word vectors in the text format, if any.
    public var vectors: String?
    /// The notes' language, or `nil` to detect it.
    public var language: Language?
    /// A corrections file; `nil` takes `clusters.yaml` in the corpus folder, if there.
    public var corrections: String?
    /// A word list for splitting Dutch compounds; `nil` takes Debian's `wdutch` list.
    public var wordList: String?
    /// A WordNet folder for English notes; `nil` takes Debian's `wordnet-base`, if there.
    public var wordNet: String?
    public var method: ClusteringMethod
    /// Threads for the graph method; `nil` uses the machine's cores.
    public var threads: Int?

    public init(
        vectors: String? = nil, language: Language? = nil, corrections: String? = nil, wordList: String? = nil,
        wordNet: String? = nil, method: ClusteringMethod = .automatic, threads: Int? = nil
    ) {
        self.vectors = vectors
        self.language = language
        self.corrections = corrections
        self.wordList = wordList
        self.wordNet = wordNet
        self.method = method
        self.threads = threads
    }
}
