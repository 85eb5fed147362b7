/// What the user knows about words: abbreviations and groups of words that mean the same.
///
/// The clustering's own view of the corpus lexicon, so this module needs nothing of the graph.
public struct TextLexicon: Sendable, Hashable {
    /// Abbreviations, lower case, and what they stand for ("lll" → "leven lang leren").
    public var abbreviations: [String: String]
    /// Groups of words (lower case) that stand for one concept.
    public var synonyms: [[String]]
    /// Words to leave out, lower case.
    public var ignore: Set<String>
    /// Words of the field that say nothing about what a text is about, lower case: left out
    /// where a comparison must explain itself (cross-links, merged questions), kept for clustering notes.
    public var domainStopwords: Set<String>
    /// Phrases that name the field's own subjects (the speerpunten), lower case: within the
    /// field they tell no question from another, so such comparisons leave them out too.
    public var domainStopPhrases: [String]
    /// Words that name actors rather than subjects ("werkgevers", "gemeenten"), lower case: a
    /// link that rests on them alone says who, not what.
    public var actorWords: Set<String>

    public init(abbreviations: [String: String] = [:], synonyms: [[String]] = [], ignore: Set<String> = [], domainStopwords: Set<String> = [], domainStopPhrases: [String] = [], actorWords: Set<String> = []) {
        self.abbreviations = Dictionary(abbreviations.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.synonyms = synonyms.map { $0.map { $0.lowercased() } }
        self.ignore = Set(ignore.map { $0.lowercased() })
        self.domainStopwords = Set(domainStopwords.map { $0.lowercased() })
        self.domainStopPhrases = domainStopPhrases.map { $0.lowercased() }
        self.actorWords = Set(actorWords.map { $0.lowercased() })
    }
}
