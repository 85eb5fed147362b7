public import ArgumentParser
public import Clustering
public import Workspace

/// Options every clustering command shares (and `agenda-bench`, so it measures what they run).
public struct ClusteringOptions: ParsableArguments {
    public init() {}

    @Option(help: "The corpus folder: background text, lexicon and clusters.yaml.")
    public var corpus: String = "corpus"

    @Option(help: "Pretrained word vectors in the text format (a word and its numbers per line).")
    public var vectors: String?

    @Option(help: "The notes' language (detected when left out).")
    public var language: Language?

    @Option(help: "A corrections file (default: clusters.yaml in the corpus folder, if there).")
    public var corrections: String?

    @Option(help: "A word list for splitting Dutch compounds (default: \(LanguageResources.dutchWordList), which the Debian package wdutch installs).")
    public var wordList: String?

    @Option(name: .customLong("wordnet"), help: "The WordNet folder, for English notes (default: /usr/share/wordnet, if there).")
    public var wordNet: String?

    @Option(help: "auto, or the number of clusters (a whole number of at least 1).")
    public var k: ClusterCount = .automatic

    @Option(help: "auto (spectral below \(ClusteringMethod.graphThreshold) notes, graph from there), spectral, or graph (neighbour graph and Leiden, for large sets).")
    public var method: ClusteringMethod = .automatic

    @Option(help: "Threads for the graph method (default: the machine's cores); the result is the same for any number.")
    public var threads: Int?

    public func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads takes a whole number of at least 1, not \(threads)") }
    }

    public var settings: ClusteringSettings {
        ClusteringSettings(vectors: vectors, language: language, corrections: corrections, wordList: wordList, wordNet: wordNet, method: method, threads: threads)
    }
}
