/// Turns a note into the terms similarity is computed on: stems of its content words, the
/// stems of compound parts, and concept terms from the lexicon's synonym groups.
public struct TextAnalyzer: Sendable {
    public let language: Language
    public let lexicon: TextLexicon
    public let splitter: CompoundSplitter?
    /// A thesaurus whose concepts join words of like meaning.
    public let thesaurus: (any ConceptSource)?
    /// Whether each word also counts as itself besides its stem (key `=word`), so the same
    /// word joins notes more strongly than the same stem.
    public var keepsWordForms = false
    private let stemmer: any Stemmer
    private let stopwords: Set<String>
    private let concepts: [String: String]

    /// One term of a note, with the word it came from.
    public struct Term: Sendable, Hashable {
        /// The stem, `#concept` for a synonym group, or `=word` for a word form.
        public var key: String
        /// The word as written, for labels.
        public var surface: String
        /// 1 for a word itself, less for a compound part or concept.
        public var weight: Double
        /// What the term stands for; only stems name clusters.
        public var role: Role

        /// What a term stands for, so that its users choose terms by role, not by key.
        public enum Role: Sendable, Hashable, CaseIterable {
            /// The stem of a content word.
            case stem
            /// A word as written (`=word`), besides its stem.
            case wordForm
            /// The stem of a part of a compound word.
            case compoundPart
            /// A synonym group of the lexicon (`#head`).
            case lexiconConcept
            /// A concept of the thesaurus (WordNet) for English notes.
            case thesaurusConcept
        }
    }

    public init(language: Language, lexicon: TextLexicon = TextLexicon(), splitter: CompoundSplitter? = nil, thesaurus: (any ConceptSource)? = nil) {
        self.language = language
        self.lexicon = lexicon
        self.splitter = splitter
        self.thesaurus = thesaurus
        stemmer = language.stemmer
        stopwords = language.stopwords.union(lexicon.ignore)
        var concepts: [String: String] = [:]
        let stemmer = language.stemmer
        for group in lexicon.synonyms {
            guard let head = group.first else { continue }
            for word in group {
                for part in Tokenizer.words(word) { concepts[stemmer.stem(part)] = "#" + stemmer.stem(head) }
            }
        }
        self.concepts = concepts
    }

    /// The words of `text` after abbreviations are written out, with their surface forms.
    public func words(_ text: String) -> [(word: String, surface: String)] {
        var result: [(String, String)] = []
        for (word, surface) in Tokenizer.tokens(text) {
            if let expansion = lexicon.abbreviations[word] {
                result += Tokenizer.tokens(expansion).map { ($0.word, $0.surface) }
            } else if word.contains("-") || word.contains("’") || word.contains("'") {
                // "zzp’ers", "HR-systemen": the parts count as words, the first keeps an abbreviation.
                let parts = word.split(whereSeparator: { $0 == "-" || $0 == "’" || $0 == "'" }).map(String.init)
                for part in parts {
                    if let expansion = lexicon.abbreviations[part] {
                        result += Tokenizer.tokens(expansion).map { ($0.word, $0.surface) }
                    } else {
                        result.append((part, part))
                    }
                }
            } else {
                result.append((word, surface))
            }
        }
        return result
    }

    /// The content words of `text` (no stopwords, no single letters, no bare numbers).
    public func contentWords(_ text: String) -> [(word: String, surface: String)] {
        words(text).filter { word, _ in
            word.count > 1 && !stopwords.contains(word) && !word.allSatisfy(\.isNumber)
        }
    }

    /// The weighted terms of `text`.
    public func terms(_ text: String) -> [Term] {
        var terms: [Term] = []
        for (word, surface) in contentWords(text) {
            if keepsWordForms { terms.append(Term(key: "=" + word, surface: surface, weight: 1, role: .wordForm)) }
            let stem = stemmer.stem(word)
            terms.append(Term(key: stem, surface: surface, weight: 1, role: .stem))
            if let concept = concepts[stem] { terms.append(Term(key: concept, surface: surface, weight: 0.7, role: .lexiconConcept)) }
            for (concept, weight) in thesaurus?.concepts(of: word) ?? [] {
                terms.append(Term(key: "#" + concept, surface: surface, weight: weight, role: .thesaurusConcept))
            }
            for part in splitter?.parts(of: word) ?? [] where !stopwords.contains(part) {
                let partStem = stemmer.stem(part)
                terms.append(Term(key: partStem, surface: part, weight: 0.5, role: .compoundPart))
                if let concept = concepts[partStem] { terms.append(Term(key: concept, surface: part, weight: 0.35, role: .lexiconConcept)) }
            }
        }
        return terms
    }

    /// The stem of one word.
    public func stem(_ word: String) -> String { stemmer.stem(word) }
}
