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
    /// The corpus's own background passages, without the shipped ones.
    var ownBackground: [String] = []
    let reporter: any Reporter

    /// Loads the background that ships with the toolkit, what the corpus folder holds (a
    /// folder without `corpus.yaml` adds nothing to the shipped background and keeps the
    /// shipped lexicon), and the files `settings` names. A missing shipped background is said
    /// to `reporter`, and the notes are then compared with the corpus alone.
    ///
    /// - Throws: ``WorkspaceError`` or ``GraphError`` naming a file the settings name that is
    ///   missing or malformed, or a corpus document that cannot be read.
    public static func load(corpus folder: URL, settings: ClusteringSettings = ClusteringSettings(), reporter: any Reporter) throws -> TextAnalysis {
        var background: [String] = []
        var own: [String] = []
        var lexicon = Lexicon.standard
        switch ShippedBackground.load() {
        case .success(let shipped):
            background = shipped.passages
            lexicon = shipped.lexicon
        case .failure(let error):
            reporter.warning(error.description)
        }
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(CorpusManifest.fileName).path) {
            let corpus = try Corpus.open(folder)
            lexicon = corpus.lexicon
            // The user's own passages add to the shipped ones; those already shipped (the
            // bundled corpus's) are not counted twice.
            own = try passages(of: corpus)
            let shipped = Set(background)
            background += own.filter { !shipped.contains($0) }
        }
        var vectors: WordVectors?
        if let path = settings.vectors {
            vectors = try WordVectors.load(path: path)
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
            background: background,
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
            missingWordList: hasWordList ? nil : wordList, ownBackground: own, reporter: reporter)
    }

    /// The background passages of the corpus in `folder`: its documents read as `ingest` reads
    /// them, split into passages.
    ///
    /// - Throws: ``GraphError`` when the folder has no valid manifest or a document cannot be read.
    public static func passages(ofCorpus folder: URL) throws -> [String] {
        try passages(of: Corpus.open(folder))
    }

    static func passages(of corpus: Corpus) throws -> [String] {
        let readers = ReaderRegistry.standard()
        var documents: [String] = []
        for entry in corpus.manifest.documents {
            let url = corpus.url(of: entry)
            let data = try readers.contents(of: url)
            documents.append(try readers.text(of: data, from: url))
        }
        return ClusteringSetup.passages(of: documents)
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
        setup(for: texts).cluster(texts, count: count, corrections: corrections)
    }

    /// A map of `texts` from the similarity the clustering compares them by, on which
    /// `clusters` (a cluster number per note), if given, show as regions.
    public func noteMap(_ texts: [String], clusters: [Int]? = nil) -> NoteMap {
        setup(for: texts).noteMap(texts, clusters: clusters)
    }

    /// `texts` clustered with the user's corrections, and their map, from one set of vectors.
    public func clusterAndMap(_ texts: [String], count: ClusterCount) -> (result: ClusterResult, map: NoteMap) {
        setup(for: texts).clusterAndMap(texts, count: count, corrections: corrections)
    }

    /// The setup for comparing `texts`: in their language, and with the shipped background
    /// only for Dutch, the language it is in (other notes are compared with the corpus's own
    /// passages).
    public func setup(for texts: [String]) -> ClusteringSetup {
        var setup = setup
        let language = language(of: texts)
        setup.language = language
        if language != .dutch { setup.background = ownBackground }
        return setup
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
        for pin in corrections.pinsWithoutTheirNotes(in: texts) {
            reporter.warning("\(correctionsFile): none of the notes '\(pin.note)' was moved to is there any more, so it goes to the cluster labelled '\(pin.cluster)' or a new one; move it again to put it with other notes")
        }
    }
}
