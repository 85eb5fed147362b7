import Foundation
import Testing

@testable import Clustering

/// WordNet read from a hand-made folder in WordNet 3.0's file format (`Fixtures/wordnet`):
/// "paper" (also "article") and "publication" under "document", "journal" under
/// "publication", "robot" on its own.
@Suite struct WordNetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/wordnet").path

    func wordNet() throws -> WordNet { try #require(WordNet(folder: Self.folder)) }

    @Test func aFolderWithoutTheFilesGivesNoWordNet() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("wordnet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(WordNet(folder: empty.path) == nil)
        #expect(WordNet(folder: empty.appendingPathComponent("missing").path) == nil)
    }

    @Test func wordsUnderOneHypernymShareItsConcept() throws {
        let wordNet = try wordNet()
        let paper = Dictionary(uniqueKeysWithValues: wordNet.concepts(of: "papers").map { ($0.concept, $0.weight) })
        let publication = Dictionary(uniqueKeysWithValues: wordNet.concepts(of: "publications").map { ($0.concept, $0.weight) })
        let document = "wn:n80"
        // The word's own sense counts more than the hypernym above it.
        #expect(paper["wn:n150"] == 0.6)
        #expect(paper[document] == 0.3)
        #expect(publication[document] == 0.3)
        #expect(Set(paper.keys).intersection(publication.keys) == [document])
        // Two levels up: "journal" → "publication" → "document".
        let journal = Dictionary(uniqueKeysWithValues: wordNet.concepts(of: "journal").map { ($0.concept, $0.weight) })
        #expect(journal == ["wn:n358": 0.6, "wn:n251": 0.3, document: 0.15])
        // Synonyms in one synset meet at the synset itself.
        #expect(wordNet.concepts(of: "article").map(\.concept) == wordNet.concepts(of: "paper").map(\.concept))
    }

    @Test func unrelatedAndUnknownWordsShareNothing() throws {
        let wordNet = try wordNet()
        let robot = Set(wordNet.concepts(of: "robots").map(\.concept))
        #expect(robot == ["wn:n458"])
        #expect(robot.isDisjoint(with: wordNet.concepts(of: "paper").map(\.concept)))
        #expect(wordNet.concepts(of: "werkgever").isEmpty)
    }

    @Test func baseFormsComeFromTheExceptionListAndRegularEndings() throws {
        let wordNet = try wordNet()
        #expect(wordNet.lemmas("papers") == ["paper"])
        #expect(wordNet.lemmas("journals") == ["journal"])
        #expect(wordNet.lemmas("robot") == ["robot"])
        #expect(wordNet.lemmas("werkgevers").isEmpty)
    }

    @Test func englishNotesThatShareOnlyAHypernymComeCloser() throws {
        let texts = ["papers from the institute", "publications of researchers", "robots in factories"]
        let plain = NoteVectorizer(analyzer: TextAnalyzer(language: .english), background: BackgroundModel(passages: texts, analyzer: TextAnalyzer(language: .english)))
        let analyzer = TextAnalyzer(language: .english, thesaurus: try wordNet())
        let withWordNet = NoteVectorizer(analyzer: analyzer, background: BackgroundModel(passages: texts, analyzer: analyzer))
        let before = plain.similarities(texts), after = withWordNet.similarities(texts)
        #expect(after[0][1] > before[0][1] + 0.05)
        #expect(after[0][1] > after[0][2])
        #expect(after[0][2] <= before[0][2] + 1e-9)
    }

    @Test func onlyEnglishNotesAreLookedUp() throws {
        var setup = ClusteringSetup()
        setup.thesaurus = try wordNet()
        let dutch = setup.analyzer(for: ["Robots op de werkvloer en de waardering van het werk", "Mantelzorg naast betaald werk"])
        let english = setup.analyzer(for: ["Robots on the shop floor and the value of the work", "Papers published by the staff"])
        #expect(dutch.language == .dutch && dutch.thesaurus == nil)
        #expect(english.language == .english && english.thesaurus != nil)
        #expect(english.terms("robots").contains { $0.key == "#wn:n458" })
        #expect(!dutch.terms("robots").contains { $0.role == .thesaurusConcept })
    }
}
