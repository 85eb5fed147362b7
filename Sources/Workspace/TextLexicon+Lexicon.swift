public import Clustering
public import Documents

extension TextLexicon {
    /// The part of the corpus lexicon the text analysis uses: abbreviations, synonym groups,
    /// words to ignore, the field's stopwords, the
    /// speerpunten's names and the words for actors. Here, where the documents and the clustering meet, so neither
    /// depends on the other.
    public init(_ lexicon: Lexicon) {
        self.init(abbreviations: lexicon.abbreviations, synonyms: lexicon.synonyms, ignore: Set(lexicon.ignore), domainStopwords: Set(lexicon.domainStopwords),
            domainStopPhrases: lexicon.speerpunten.flatMap { [$0.name] + $0.aliases },
            actorWords: Set(lexicon.stakeholderGroups.flatMap { [$0.name] + $0.aliases }))
    }
}
