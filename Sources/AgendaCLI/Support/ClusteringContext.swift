import Clustering
import Foundation
import Graph
import Linking
import Yams
import ArgumentParser

/// The clustering as the command line sets it up: the corpus as background, the corpus
/// lexicon, the Dutch word list, WordNet for English notes, the user's vectors and corrections.
struct ClusteringContext {
    var setup: ClusteringSetup
    var corrections: ClusterCorrections

    /// The file of corrections beside the corpus.
    static let correctionsFileName = "clusters.yaml"

    /// Loads what `corpusFolder` holds (any part may be missing) and the options' files.
    static func load(_ options: ClusteringOptions) throws -> ClusteringContext {
        var context = try load(corpus: options.corpus, vectors: options.vectors, language: options.language, corrections: options.corrections, wordList: options.wordList, wordNet: options.wordNet)
        context.setup.method = try options.clusteringMethod()
        context.setup.threads = try options.threadCount()
        return context
    }

    /// `wordNet` names a WordNet folder that must be there; without it, WordNet is used from
    /// where Debian installs it, if it is there.
    static func load(corpus: String, vectors vectorsPath: String? = nil, language languageName: String? = nil, corrections correctionsFile: String? = nil, wordList: String = LanguageResources.dutchWordList, wordNet wordNetFolder: String? = nil) throws -> ClusteringContext {
        let folder = URL(fileURLWithPath: corpus)
        var documents: [String] = []
        var lexicon = Lexicon.standard
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(CorpusManifest.fileName).path) {
            let corpus = try Corpus.open(folder)
            lexicon = corpus.lexicon
            for entry in corpus.manifest.documents {
                let url = corpus.url(of: entry)
                guard let data = FileManager.default.contents(atPath: url.path),
                    let (text, _) = try? TextDecoding.decode(data, file: url.path)
                else { continue }
                documents.append(text)
            }
        }
        let vocabulary: Set<String>? = nil  // vectors files are read whole; see WordVectors.load
        let vectors = try vectorsPath.map { try WordVectors.load(path: $0, vocabulary: vocabulary) }
        let language = try languageName.map { name -> Language in
            guard let language = Language(rawValue: name) else {
                throw CommandFailure(message: "'\(name)' is not a language the clustering knows; use nl or en")
            }
            return language
        }
        let wordNet = WordNet(folder: wordNetFolder ?? WordNet.defaultFolder)
        if let wordNetFolder, wordNet == nil {
            throw CommandFailure(message: "\(wordNetFolder): no WordNet there (\(WordNet.requiredFiles.joined(separator: ", "))); point --wordnet at the folder wordnet-base installs, /usr/share/wordnet, or leave the option out")
        }
        let setup = ClusteringSetup(
            background: ClusteringSetup.passages(of: documents),
            lexicon: TextLexicon(lexicon),
            language: language,
            wordListPath: wordList,
            wordVectors: vectors,
            thesaurus: wordNet
        )
        let correctionsPath = correctionsFile ?? folder.appendingPathComponent(correctionsFileName).path
        let corrections = try Self.corrections(at: correctionsPath, required: correctionsFile != nil)
        return ClusteringContext(setup: setup, corrections: corrections)
    }

    static func corrections(at path: String, required: Bool) throws -> ClusterCorrections {
        guard let data = FileManager.default.contents(atPath: path) else {
            if required { throw CommandFailure(message: "\(path): the corrections file cannot be read; check the path given to --corrections") }
            return ClusterCorrections()
        }
        let text = String(decoding: data, as: UTF8.self)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return ClusterCorrections() }
        do {
            return try YAMLDecoder().decode(ClusterCorrections.self, from: text)
        } catch {
            throw CommandFailure(message: "\(path): the corrections are not valid YAML of the expected shape (\(error)); see the README's clustering section")
        }
    }
}

/// Options every clustering command shares.
struct ClusteringOptions: ParsableArguments {
    @Option(help: "The corpus folder: background text, lexicon and clusters.yaml.")
    var corpus: String = "corpus"

    @Option(help: "Pretrained word vectors in the text format (a word and its numbers per line).")
    var vectors: String?

    @Option(help: "The notes' language, nl or en (detected when left out).")
    var language: String?

    @Option(help: "A corrections file (default: clusters.yaml in the corpus folder, if there).")
    var corrections: String?

    @Option(help: "A word list for splitting Dutch compounds.")
    var wordList: String = LanguageResources.dutchWordList

    @Option(name: .customLong("wordnet"), help: "The WordNet folder, for English notes (default: /usr/share/wordnet, if there).")
    var wordNet: String?

    @Option(help: "auto, or the number of clusters.")
    var k: String = "auto"

    @Option(help: "auto (spectral below \(ClusteringMethod.graphThreshold) notes, graph from there), spectral, or graph (neighbour graph and Leiden, for large sets).")
    var method: String = ClusteringMethod.automatic.rawValue

    @Option(help: "Threads for the graph method (default: the machine's cores); the result is the same for any number.")
    var threads: Int?

    func clusteringMethod() throws -> ClusteringMethod {
        guard let method = ClusteringMethod(rawValue: method) else {
            throw CommandFailure(message: "--method takes auto, spectral or graph, not '\(method)'")
        }
        return method
    }

    func threadCount() throws -> Int {
        guard let threads else { return max(1, ProcessInfo.processInfo.activeProcessorCount) }
        guard threads >= 1 else { throw CommandFailure(message: "--threads takes a whole number of at least 1, not \(threads)") }
        return threads
    }

    func count() throws -> ClusterCount {
        if k == "auto" { return .automatic }
        guard let n = Int(k), n >= 1 else { throw CommandFailure(message: "--k takes auto or a whole number of at least 1, not '\(k)'") }
        return .fixed(n)
    }
}
