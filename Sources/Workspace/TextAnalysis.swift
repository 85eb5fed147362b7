public import Clustering
import Documents
public import Foundation
import Graph
import Yams

/// The text analysis as the toolkit sets it up for a corpus: its documents as background, its
/// lexicon, the Dutch word list, WordNet for English notes, the user's vectors and corrections.
///
/// Clustering, linking and drafting all compare texts through it, so they agree.
public struct TextAnalysis: Sendable {
    public var setup: ClusteringSetup
    public var corrections: ClusterCorrections
    /// The corrections file read, if any, for messages.
    public var correctionsFile: String?
    /// The Dutch word list, when the one the setup names is not there.
    var missingWordList: String?
    let reporter: any Reporter

    /// Loads what the corpus folder holds (a folder without `corpus.yaml` gives no background
    /// and the standard lexicon) and the files `settings` names.
    ///
    /// - Throws: ``WorkspaceError`` or ``GraphError`` naming a file the settings name that is
    ///   missing or malformed, or a corpus document that cannot be read.
    public static func load(corpus folder: URL, settings: ClusteringSettings = ClusteringSettings(), reporter: any Reporter) throws -> TextAnalysis {
        var documents: [String] = []
        var lexicon = Lexicon.standard
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(CorpusManifest.fileName).path) {
            let corpus = try Corpus.open(folder)
            lexicon = corpus.lexicon
            let readers = ReaderRegistry.standard()
            for entry in corpus.manifest.documents {
                let url = corpus.url(of: entry)
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw GraphError(.unreadableFile, file: url.path, problem: "the corpus document cannot be read", remedy: "check that it exists, or remove it from \(CorpusManifest.fileName)")
                }
                documents.append(try readers.text(of: data, from: url))
            }
        }
        var vectors: WordVectors?
        if let path = settings.vectors {
            do {
                vectors = try WordVectors.load(path: path)
            } catch {
                // The clustering knows nothing of ours: its error becomes the layer's here.
                throw WorkspaceError(file: error.file, line: error.line, problem: error.problem, remedy: error.remedy)
            }
        }
        let wordNet = WordNet(folder: settings.wordNet ?? WordNet.defaultFolder)
        if let folder = settings.wordNet, wordNet == nil {
            throw WorkspaceError(file: folder, problem: "no WordNet there (\(WordNet.requiredFiles.joined(separator: ", ")))", remedy: "point --wordnet at the folder wordnet-base installs, \(WordNet.defaultFolder), or leave the option out")
        }
        let wordList = settings.wordList ?? LanguageResources.dutchWordList
        let hasWordList = FileManager.default.isReadableFile(atPath: wordList)
        if let given = settings.wordList, !hasWordList {
            throw WorkspaceError(file: given, problem: "the word list cannot be read", remedy: "point --word-list at a list of words, one per line, or leave the option out")
        }
        var setup = ClusteringSetup(
            background: ClusteringSetup.passages(of: documents),
            lexicon: TextLexicon(lexicon),
            language: settings.language,
            wordListPath: hasWordList ? wordList : nil,
            wordVectors: vectors,
            thesaurus: wordNet,
            method: settings.method
        )
        setup.threads = settings.threads ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
        let correctionsPath = settings.corrections ?? folder.appendingPathComponent(Corpus.correctionsFileName).path
        let corrections = try Self.corrections(at: correctionsPath, required: settings.corrections != nil)
        return TextAnalysis(
            setup: setup, corrections: corrections,
            correctionsFile: corrections.isEmpty ? nil : correctionsPath,
            missingWordList: hasWordList ? nil : wordList, reporter: reporter)
    }

    /// The corrections in the file at `path`; none when the file is absent and not `required`.
    static func corrections(at path: String, required: Bool) throws(WorkspaceError) -> ClusterCorrections {
        try CorrectionsFile(url: URL(fileURLWithPath: path)).read(required: required)
    }

    /// Clusters `texts` with the user's corrections.
    ///
    /// Their language is detected once, here, and a missing resource for it said (once per
    /// reporter line).
    public func cluster(_ texts: [String], count: ClusterCount) -> ClusterResult {
        var setup = setup
        setup.language = language(of: texts)
        return setup.cluster(texts, count: count, corrections: corrections)
    }

    /// A map of `texts` from the similarity the clustering compares them by.
    public func noteMap(_ texts: [String]) -> NoteMap {
        var setup = setup
        setup.language = language(of: texts)
        return NoteMap(setup.noteVectors(texts))
    }

    /// `texts` clustered with the user's corrections, and their map, from one set of vectors.
    public func clusterAndMap(_ texts: [String], count: ClusterCount) -> (result: ClusterResult, map: NoteMap) {
        var setup = setup
        setup.language = language(of: texts)
        return setup.clusterAndMap(texts, count: count, corrections: corrections)
    }

    /// The language of `texts` (the one the user gave, or detected), after saying what a
    /// missing language resource changes for it.
    @discardableResult
    public func language(of texts: [String]) -> Language {
        let language = setup.language ?? Language.detect(texts)
        switch language {
        case .dutch:
            if let missingWordList {
                reporter.warning("the Dutch word list \(missingWordList) is not installed, so Dutch compounds are split only into words the corpus uses and the clusters differ from those the README shows; install the Debian package wdutch")
            }
        case .english:
            if setup.thesaurus == nil {
                reporter.warning("WordNet is not installed in \(WordNet.defaultFolder), so English notes are compared without its synonyms; install the Debian package wordnet-base")
            }
        }
        return language
    }

    /// Says, one line each, which corrections name a note that none of `texts` (all the notes
    /// about to be clustered) is: corrections that cannot take effect.
    public func checkCorrections(against texts: [String]) {
        guard let correctionsFile else { return }
        for note in corrections.unmatchedNotes(in: texts) {
            reporter.warning("\(correctionsFile): the correction names the note '\(note)', which none of the notes clustered is; check its text")
        }
    }
}
