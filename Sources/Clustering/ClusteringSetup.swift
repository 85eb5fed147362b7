import Foundation

/// Everything a clusterer is made from, gathered in one place so the command line, the
/// benchmarks and the tests build it the same way.
public struct ClusteringSetup: Sendable {
    /// Texts that show how words are used: the corpus documents, split into passages.
    public var background: [String] { didSet { cache = ClusteringCache() } }
    public var lexicon: TextLexicon { didSet { cache = ClusteringCache() } }
    /// The language, or `nil` to detect it from the notes.
    public var language: Language?
    /// Known words for compound splitting (a word list such as `wdutch`'s), lower case.
    public var dictionary: Set<String> { didSet { cache = ClusteringCache() } }
    /// A word list file read for compound splitting, keeping only the words that can be
    /// parts of the words at hand (much faster than reading it whole).
    public var wordListPath: String? { didSet { cache = ClusteringCache() } }
    public var wordVectors: WordVectors? { didSet { cache = ClusteringCache() } }
    /// A thesaurus for English notes (WordNet), if available.
    public var thesaurus: (any ConceptSource)? { didSet { cache = ClusteringCache() } }
    public var weights: NoteVectorizer.Weights { didSet { cache = ClusteringCache() } }
    public var maximumClusters: Int { didSet { cache = ClusteringCache() } }
    /// The fewest notes per cluster, on average, that an automatic choice accepts.
    public var minimumMeanClusterSize: Int { didSet { cache = ClusteringCache() } }
    /// The fewest background passages a term must occur in to get a co-occurrence profile.
    /// One: a word seen once still shows its company, which matters most when the notes are
    /// their own background.
    public var minimumProfileCount: Int { didSet { cache = ClusteringCache() } }
    /// Spectral clustering, the neighbour graph, or whichever suits the number of notes.
    public var method: ClusteringMethod { didSet { cache = ClusteringCache() } }
    /// Threads the graph method may use.
    public var threads: Int
    /// What this setup worked out before, shared by its copies; new when a setting changes.
    var cache = ClusteringCache()

    public init(
        background: [String] = [], lexicon: TextLexicon = TextLexicon(), language: Language? = nil,
        dictionary: Set<String> = [], wordListPath: String? = nil, wordVectors: WordVectors? = nil, thesaurus: (any ConceptSource)? = nil,
        weights: NoteVectorizer.Weights = NoteVectorizer.Weights(), maximumClusters: Int = 8,
        minimumMeanClusterSize: Int = 3, minimumProfileCount: Int = 1, method: ClusteringMethod = .automatic, threads: Int = 2
    ) {
        self.background = background
        self.lexicon = lexicon
        self.language = language
        self.dictionary = dictionary
        self.wordListPath = wordListPath
        self.wordVectors = wordVectors
        self.thesaurus = thesaurus
        self.weights = weights
        self.maximumClusters = maximumClusters
        self.minimumMeanClusterSize = minimumMeanClusterSize
        self.minimumProfileCount = minimumProfileCount
        self.method = method
        self.threads = threads
    }

    /// Clusters `notes` by the method the setup names, or by the one that suits their number.
    public func cluster(_ notes: [String], count: ClusterCount = .automatic, corrections: ClusterCorrections = ClusterCorrections()) -> ClusterResult {
        switch method.resolved(for: notes.count) {
        case .graph: return graphClusterer(for: notes).cluster(notes, count: count, corrections: corrections)
        default:
            let (clusterer, made) = prepared(notes)
            return clusterer.cluster(notes, similarities: made.similarities, count: count, corrections: corrections)
        }
    }

    /// The unit vectors the clustering compares `notes` by, from the method that suits their
    /// number: what a map of the notes lays out.
    public func noteVectors(_ notes: [String]) -> [SparseVector] {
        analysedVectors(notes).vectors
    }

    /// ``noteVectors(_:)`` with the text analysis that made them.
    func analysedVectors(_ notes: [String]) -> (vectors: [SparseVector], analyzer: TextAnalyzer) {
        switch method.resolved(for: notes.count) {
        case .graph:
            let clusterer = graphClusterer(for: notes)
            return (Self.unitVectors(clusterer.vectors(notes).rows), clusterer.analyzer)
        default:
            let made = prepared(notes).prepared
            return (made.vectors, made.vectorizer.analyzer)
        }
    }

    /// Clusters `notes` as ``cluster(_:count:corrections:)`` does and lays them out on a map
    /// from the same vectors (for the spectral method, with the same similarities, computed once).
    public func clusterAndMap(_ notes: [String], count: ClusterCount = .automatic, corrections: ClusterCorrections = ClusterCorrections()) -> (result: ClusterResult, map: NoteMap) {
        switch method.resolved(for: notes.count) {
        case .graph:
            let clusterer = graphClusterer(for: notes)
            let result = clusterer.cluster(notes, count: count, corrections: corrections)
            return (result, NoteMap(Self.unitVectors(clusterer.vectors(notes).rows), clusters: result.assignments))
        default:
            let (clusterer, made) = prepared(notes)
            let result = clusterer.cluster(notes, similarities: made.similarities, count: count, corrections: corrections)
            return (result, noteMap(notes, clusters: result.assignments))
        }
    }

    /// A map of `notes` on which `clusters` (a cluster number per note, when the map shows
    /// clusters) show as regions, made once per note set and clusters.
    public func noteMap(_ notes: [String], clusters: [Int]? = nil) -> NoteMap {
        switch method.resolved(for: notes.count) {
        case .graph:
            return NoteMap(noteVectors(notes), clusters: clusters)
        default:
            let made = prepared(notes).prepared
            return cache.map(ClusteringCache.MapKey(notes: .init(texts: notes, language: language), clusters: clusters)) { NoteMap(made.vectors, similarities: made.similarities, clusters: clusters) }
        }
    }

    /// The spectral clusterer for `notes` with their vectors and similarities, made once per note set.
    func prepared(_ notes: [String]) -> (clusterer: NoteClusterer, prepared: ClusteringCache.Prepared) {
        let made = cache.prepared(.init(texts: notes, language: language)) {
            let vectorizer = clusterer(for: notes).vectorizer
            let vectors = vectorizer.vectors(notes)
            return ClusteringCache.Prepared(vectorizer: vectorizer, vectors: vectors, similarities: NoteVectorizer.similarities(of: vectors))
        }
        var spectral = NoteClusterer(vectorizer: made.vectorizer, maximumClusters: maximumClusters, minimumMeanClusterSize: minimumMeanClusterSize)
        spectral.cache = cache
        return (spectral, made)
    }

    private static func unitVectors(_ rows: SparseRows) -> [SparseVector] {
        (0..<rows.count).map { row in
            var pairs: [Int: Double] = [:]
            for entry in rows.entries(of: row) { pairs[Int(rows.columns[entry])] = Double(rows.values[entry]) }
            return SparseVector(pairs).normalized()
        }
    }

    /// The text analysis for `notes`: their language, and compound splitting with the words of
    /// the corpus, the notes and the word list.
    public func analyzer(for notes: [String]) -> TextAnalyzer {
        let counts = Tokenizer.wordCounts(notes)
        let language = language ?? Language.detect(wordCounts: counts)
        var seen = Set(counts.keys.filter { $0.count >= 3 })
        if language == .dutch { seen.formUnion(backgroundWords()) }
        return analyzer(language, words: seen)
    }

    /// The words (three letters or more) of the background passages.
    private func backgroundWords() -> Set<String> {
        var seen = Set<String>()
        for text in background { for word in Tokenizer.words(text) where word.count >= 3 { seen.insert(word) } }
        return seen
    }

    /// The analyzer for `language` whose compound splitting knows `seen` (the words of the
    /// background and the notes) besides the dictionary and the word list.
    private func analyzer(_ language: Language, words seen: Set<String>) -> TextAnalyzer {
        var words = dictionary
        if language == .dutch {
            words.formUnion(seen)
            if let wordListPath {
                words.formUnion(LanguageResources.wordList(in: cache.wordList(wordListPath), partsOf: seen, minimumLength: 8))
            }
        }
        let splitter = language == .dutch && !words.isEmpty ? CompoundSplitter(words: words) : nil
        return TextAnalyzer(language: language, lexicon: lexicon, splitter: splitter, thesaurus: language == .english ? thesaurus : nil)
    }

    /// The large-set clusterer for `notes`.
    ///
    /// Its terms are word forms and stems, with the lexicon's abbreviations written out. Compound
    /// parts and synonym concepts, which help a workshop's few notes find each other, are left
    /// out: among thousands of notes they blur topics and make the neighbour search slower
    /// (`BENCHMARKS.md` has the figures).
    public func graphClusterer(for notes: [String]) -> GraphClusterer {
        let language = language ?? Language.detect(notes)
        var analyzer = TextAnalyzer(language: language, lexicon: TextLexicon(abbreviations: lexicon.abbreviations, ignore: lexicon.ignore))
        analyzer.keepsWordForms = true
        return GraphClusterer(analyzer: analyzer, threads: threads, minimumClusterSize: minimumMeanClusterSize)
    }

    /// A spectral clusterer for `notes`: the background model is built from the corpus and the notes.
    ///
    /// The corpus's passages are counted once per language (``ClusteringCache``) and only the
    /// notes' counts are added, whenever the notes use no word the corpus has not (so that the
    /// compound splitting, which knows the notes' words, is the same).
    public func clusterer(for notes: [String]) -> NoteClusterer {
        let counts = Tokenizer.wordCounts(notes)
        let language = language ?? Language.detect(wordCounts: counts)
        let textAnalyzer: TextAnalyzer
        let model: BackgroundModel
        let base = minimumProfileCount == 1 ? cache.background(language) {
            let words = language == .dutch ? backgroundWords() : []
            let made = analyzer(language, words: words)
            return ClusteringCache.Background(words: words, analyzer: made, counts: BackgroundCounts(termSets: BackgroundCounts.termSets(background, analyzer: made), minimumCount: 1))
        } : nil
        if let base, language != .dutch || counts.keys.allSatisfy({ $0.count < 3 || base.words.contains($0) }) {
            textAnalyzer = base.analyzer
            model = BackgroundModel(background: base.counts, notes: notes, analyzer: textAnalyzer)
        } else if let base {
            // The notes bring words the corpus has not: the background is counted again with
            // an analyzer that knows them, and only the notes' terms get profiles.
            textAnalyzer = analyzer(language, words: base.words.union(counts.keys.filter { $0.count >= 3 }))
            let counted = BackgroundCounts(termSets: BackgroundCounts.termSets(background, analyzer: textAnalyzer), minimumCount: 1)
            model = BackgroundModel(background: counted, notes: notes, analyzer: textAnalyzer)
        } else {
            textAnalyzer = analyzer(for: notes)
            model = BackgroundModel(passages: background + notes, analyzer: textAnalyzer, minimumCount: minimumProfileCount)
        }
        let vectorizer = NoteVectorizer(analyzer: textAnalyzer, background: model, wordVectors: wordVectors, weights: weights)
        return NoteClusterer(vectorizer: vectorizer, maximumClusters: maximumClusters, minimumMeanClusterSize: minimumMeanClusterSize)
    }

    /// Splits documents into the passages the background model counts co-occurrence in:
    /// lines of at least three words.
    public static func passages(of documents: [String]) -> [String] {
        documents.flatMap { document in
            document.split(whereSeparator: \.isNewline).map(String.init).filter { line in
                line.split(separator: " ").count >= 3
            }
        }
    }
}

/// Word lists on this machine that help the text analysis, read from where Debian's packages
/// install them; a user can point elsewhere. The toolkit works without them.
public enum LanguageResources {
    /// Where `wdutch` installs its list of Dutch words.
    public static let dutchWordList = "/usr/share/dict/dutch"

    /// The words of the list at `path` that occur (three letters or more) inside one of `words`
    /// at least `minimumLength` long: all that compound splitting of those words needs.
    public static func wordList(at path: String, partsOf words: Set<String>, minimumLength: Int) -> Set<String> {
        wordList(in: lines(at: path), partsOf: words, minimumLength: minimumLength)
    }

    /// The words of `list` (``lines(at:)``) that occur inside one of `words` at least
    /// `minimumLength` long.
    static func wordList(in list: [String], partsOf words: Set<String>, minimumLength: Int) -> Set<String> {
        var candidates: Set<String> = []
        for word in words where word.count >= minimumLength {
            let letters = Array(word)
            for start in 0...(letters.count - 3) {
                for end in (start + 3)...letters.count { candidates.insert(String(letters[start..<end])) }
            }
        }
        guard !candidates.isEmpty else { return [] }
        return Set(list.filter(candidates.contains))
    }

    /// The lines of the list at `path` of three bytes or more, lower case; none when it cannot be read.
    static func lines(at path: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var lines: [String] = []
        data.withUnsafeBytes { raw in
            var start = 0
            let bytes = raw.bindMemory(to: UInt8.self)
            for index in 0...bytes.count {
                guard index == bytes.count || bytes[index] == 0x0A else { continue }
                if index - start >= 3 { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self).lowercased()) }
                start = index + 1
            }
        }
        return lines
    }

    /// The lower-case words of the list at `path` (three letters or more), or an empty set
    /// when there is none.
    public static func wordList(at path: String = dutchWordList) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var words: Set<String> = []
        words.reserveCapacity(data.count / 10)
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let word = line.lowercased()
            if word.count >= 3, !word.contains(" ") { words.insert(word) }
        }
        return words
    }
}
