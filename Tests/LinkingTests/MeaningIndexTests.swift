import Clustering
import Linking
import Testing

/// Comparing texts by what they are about, on small hand-made texts.
@Suite struct MeaningIndexTests {
    static let setup = ClusteringSetup(
        lexicon: TextLexicon(
            abbreviations: ["HRM": "human resource management"],
            synonyms: [["beloning", "loon", "salaris"]],
            domainStopwords: ["hoe", "wat", "maken", "werk", "gaan"],
            domainStopPhrases: ["leven lang leren"],
            actorWords: ["werkgevers", "werkgever"]),
        language: .dutch)

    static func index(_ texts: String...) -> MeaningIndex { MeaningIndex(texts: texts, setup: setup) }

    @Test func leavesQuestionWordsAndTheFieldsStopwordsOut() {
        let index = Self.index("Hoe maken we werk?", "Wat gaan we maken met werk?", "Hoe maken we pensioen?")
        #expect(index.similarity(0, 1) == 0)
        #expect(index.evidence(0, 2).isEmpty)
    }

    @Test func meetsWordsOfLikeMeaningThroughTheLexiconsConcepts() {
        let index = Self.index("Een eerlijk loon", "De beloning in de zorg")
        #expect(index.similarity(0, 1) > 0.3)
        let evidence = index.evidence(0, 1)
        #expect(evidence.contains { $0.kind == .concept && $0.shown == "loon" }, "\(evidence)")
        // A phrase matches through concepts too: "loon … schoonmakers" is "beloning van schoonmakers".
        #expect(Self.index("loon voor schoonmakers", "beloning van schoonmakers").evidence(0, 1).contains { $0.kind == .phrase })
    }

    @Test func showsAPhraseRatherThanTheWordsItIsMadeOf() {
        let index = Self.index("Denken in opbrengsten op korte termijn", "Banen voor de korte termijn")
        let evidence = index.evidence(0, 1)
        #expect(evidence.contains { $0.kind == .phrase && $0.shown == "korte termijn" })
        #expect(!evidence.contains { $0.kind == .word && $0.shown == "korte" })
        // Side by side or with one function word between; not across two.
        #expect(Self.index("werkgevers te verleiden", "werkgevers verleiden").evidence(0, 1).contains { $0.kind == .phrase })
        #expect(!Self.index("werkgevers om te verleiden", "werkgevers verleiden").evidence(0, 1).contains { $0.kind == .phrase })
    }

    @Test func countsAnAbbreviationAndItsExpansionAsOneThing() {
        let index = Self.index("De rol van HRM", "Human resource management in het mkb")
        let evidence = index.evidence(0, 1)
        #expect(evidence.count == 1)
        #expect(evidence.first?.kind == .concept)
    }

    @Test func leavesTheSpeerpuntsNameOut() {
        let index = Self.index("Leven lang leren voor ouderen", "Leven lang leren in de bouw")
        #expect(index.similarity(0, 1) == 0)
    }

    @Test func marksWordsForActors() {
        let evidence = Self.index("Werkgevers en scholing", "Scholing door werkgevers").evidence(0, 1)
        #expect(evidence.contains { $0.kind == .actor && $0.shown == "werkgevers" })
        #expect(evidence.contains { $0.kind == .word && $0.shown == "scholing" })
    }

    @Test func coverageSaysHowMuchOfAShortTextALongOneHolds() {
        let index = Self.index("Pensioen", "Pensioen en zware beroepen in de bouw")
        #expect(abs(index.coverage(of: 0, by: 1) - 1) < 1e-9)
        #expect(index.coverage(of: 1, by: 0) < 0.5)
        #expect(index.similarity(0, 1) < 1 && index.similarity(0, 1) > 0)
    }
}
