/// The languages the text analysis knows, each with its stemmer and stopwords.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case dutch = "nl"
    case english = "en"

    /// The stemmer for this language.
    public var stemmer: any Stemmer {
        switch self {
        case .dutch: DutchStemmer()
        case .english: EnglishStemmer()
        }
    }

    public var stopwords: Set<String> {
        switch self {
        case .dutch: Stopwords.dutch
        case .english: Stopwords.english
        }
    }

    /// The language whose stopwords make up more of `texts` (of an evenly spaced `sample` of
    /// them, when there are more: a hundred thousand notes need not all be read to know their
    /// language); Dutch when in doubt.
    public static func detect(_ texts: [String], sample: Int = 2000) -> Language {
        let read = texts.count <= sample ? texts : (0..<sample).map { texts[$0 * texts.count / sample] }
        return detect(wordCounts: Tokenizer.wordCounts(read))
    }

    /// The language whose stopwords make up more of the words counted; Dutch when in doubt.
    public static func detect(wordCounts: [String: Int]) -> Language {
        var dutch = 0, english = 0
        for (word, count) in wordCounts {
            if Stopwords.dutch.contains(word) { dutch += count }
            if Stopwords.english.contains(word) { english += count }
        }
        return english > dutch ? .english : .dutch
    }
}
