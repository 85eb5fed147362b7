import Documents
import Clustering
import Foundation
import Graph
import Reportable
import Store
import TestSupport
import Testing
@testable import Workspace

/// What the text analysis says when it does less than it could.
@Suite struct TextAnalysisTests {
    /// The shipped background is the bundled corpus as it stands: a change to the corpus without
    /// running Scripts/make-background.sh fails here.
    @Test func theShippedBackgroundIsTheBundledCorpus() throws {
        let shipped = try ShippedBackground.load().get()
        #expect(shipped.passages == (try TextAnalysis.passages(ofCorpus: BundledCorpus.folder)))
        #expect(shipped.lexicon == (try Corpus.loadLexicon(in: BundledCorpus.folder).0))
    }

    /// The shipped background is Dutch: English notes are compared with the corpus's own passages only.
    @Test func englishNotesDoNotGetTheDutchBackground() throws {
        let folder = try TemporaryFolder()
        let analysis = try TextAnalysis.load(corpus: folder.url, reporter: RecordingReporter())
        #expect(!analysis.setup.background.isEmpty)
        #expect(analysis.setup(for: ["Het werk van mantelzorgers waarderen", "Robots op de werkvloer en banen"]).background == analysis.setup.background)
        #expect(analysis.setup(for: ["Papers about robots in the workplace", "Publications on the labour market"]).background.isEmpty)
    }

    @Test func warnsOnceOfACorrectionNamingANoteThatIsNotThere() throws {
        let folder = try TemporaryFolder()
        let corrections = try folder.write("""
            pin:
              - note: Werkdruk verlagen
                cluster: Werkdruk
              - note: Een geeltje dat niemand schreef
                cluster: Werkdruk
            apart:
              - [Robots in de fabriek, Een geeltje dat niemand schreef]
            """, to: "clusters.yaml")
        let reporter = RecordingReporter()
        let analysis = try TextAnalysis.load(corpus: folder.url, settings: ClusteringSettings(corrections: corrections.path), reporter: reporter)
        analysis.checkCorrections(against: ["Werkdruk verlagen", "Robots in de fabriek", "Minder regels"])
        #expect(reporter.warnings.filter { $0.contains("clusters.yaml") } == [
            "\(corrections.path): the correction names the note 'Een geeltje dat niemand schreef', which none of the notes clustered is; check its text",
        ])
    }

    @Test func warnsOfAMissingDutchWordListForDutchNotesOnly() throws {
        let reporter = RecordingReporter()
        var analysis = try TextAnalysis.load(corpus: URL(fileURLWithPath: "/nonexistent"), reporter: reporter)
        analysis.missingWordList = "/nonexistent/dutch"
        #expect(analysis.language(of: ["Papers about robots", "Robots in the hall", "Publications of the staff"]) == .english)
        #expect(!reporter.warnings.contains { $0.contains("Dutch word list") })
        _ = analysis.cluster(["Werkdruk verlagen voor de medewerkers", "Robots in de fabriek en het werk"], count: .automatic)
        #expect(reporter.warnings.contains { $0.hasPrefix("the Dutch word list /nonexistent/dutch is not installed") && $0.contains("wdutch") })
    }

    @Test func warnsOfAMissingWordNetForEnglishNotes() throws {
        let reporter = RecordingReporter()
        var analysis = try TextAnalysis.load(corpus: URL(fileURLWithPath: "/nonexistent"), reporter: reporter)
        analysis.setup.thesaurus = nil
        _ = analysis.cluster(["Papers about robots", "Robots in the hall", "Publications of the staff"], count: .automatic)
        #expect(reporter.warnings.contains { $0.hasPrefix("WordNet is not installed") && $0.contains("wordnet-base") })
    }

    @Test func refusesAWordListOrWordNetTheUserNamedThatIsNotThere() throws {
        let reporter = RecordingReporter()
        #expect {
            try TextAnalysis.load(corpus: URL(fileURLWithPath: "/nonexistent"), settings: ClusteringSettings(wordList: "/nonexistent/list"), reporter: reporter)
        } throws: { error in
            "\(error)" == "/nonexistent/list: the word list cannot be read; point --word-list at a list of words, one per line, or leave the option out"
        }
        #expect(throws: WorkspaceError.self) {
            try TextAnalysis.load(corpus: URL(fileURLWithPath: "/nonexistent"), settings: ClusteringSettings(wordNet: "/nonexistent/wordnet"), reporter: reporter)
        }
    }

    /// The clustering's own error is a sentence a person reads, with the file and line.
    @Test func reportsABrokenVectorsFileWithItsLine() throws {
        let folder = try TemporaryFolder()
        let vectors = try folder.write("fiets 1.0 0.0\nrijwiel 0.5\n", to: "v.txt")
        #expect {
            try TextAnalysis.load(corpus: folder.url, settings: ClusteringSettings(vectors: vectors.path), reporter: RecordingReporter())
        } throws: { error in
            error is any ReportableError && "\(error)".hasPrefix("\(vectors.path):2: the vector of 'rijwiel' has 1 numbers")
        }
    }
}
