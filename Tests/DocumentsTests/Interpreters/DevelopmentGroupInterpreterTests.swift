import Foundation
import Testing
@testable import Documents
import Graph
import TestSupport

@Suite struct DevelopmentGroupInterpreterTests {
    static func interpret(_ text: String) throws -> GraphDelta {
        let (lexicon, _) = try Corpus.loadLexicon(in: Fixtures.corpus)
        let outline = PlainTextReader().read(text, document: "dg")
        return try DevelopmentGroupInterpreter(lexicon: lexicon).interpret(outline, document: Fixtures.document("dg", kind: .developmentGroup))
    }

    @Test func findsTheSystemicQuestionsOfTheRealSlides() throws {
        let text = try String(contentsOf: Fixtures.corpus.appendingPathComponent("ontwikkelgroep-waardevol-werken-2020.txt"), encoding: .utf8)
        let questions = try Self.interpret(text).nodes(.systemicQuestion)
        let texts = questions.compactMap(\.text)
        for start in ["Het is vaak dansen met het systeem", "Wettelijke en financiële mogelijkheden", "Ons eigen referentiekader", "De vraag wat we als maatschappelijk waardevol werk", "Er is een forse erfenis"] {
            #expect(texts.contains { $0.hasPrefix(start) }, "\(start)")
        }
        let contrasts = questions.filter { $0.label.hasPrefix("Exclusieve versus inclusieve arbeidsmarkt") }
        #expect(contrasts.map { $0.properties[.dimension] } == ["Economisch", "Persoonlijk", "Maatschappelijk"])
        #expect(contrasts.first?.text?.contains("Hoog tempo, flexwerk") == true)
        #expect(contrasts.first?.text?.contains("Verdienmodel voor heel Nederland") == true)
        // Meeting logistics are not systemic questions, and every question has its section.
        #expect(!texts.contains { $0.lowercased().contains("lunch") || $0.lowercased().contains("welkom") })
        #expect(questions.allSatisfy { $0.properties[.section] != nil })
        #expect(questions.count == 8)
    }

    @Test func readsAnotherGroupsNotesInTheSameStyle() throws {
        let text = """
            Bijeenkomst 3 maart 2022

            - **Welkom en voorstelronde**
            - **Lunch**

            Wat blijft liggen?

            Gemeenten mogen niet afwijken van de wet; maatwerk is daardoor onmogelijk

            Goede voorbeelden uit de wijk delen we met elkaar

            Het systeem beloont snelle plaatsing boven duurzame plaatsing
            """
        let delta = try Self.interpret(text)
        #expect(delta.nodes(.systemicQuestion).map(\.label) == ["Gemeenten mogen niet afwijken van de wet", "Het systeem beloont snelle plaatsing boven duurzame plaatsing"])
        #expect(delta.nodes(.systemicQuestion).first?.properties[.section] == "Wat blijft liggen?")
    }
}
