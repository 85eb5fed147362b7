import Foundation
import Testing
@testable import Documents
import Graph
import TestSupport

@Suite struct CaseInterpreterTests {
    static func interpret(_ file: String) throws -> GraphDelta {
        try interpretText(String(contentsOf: Fixtures.corpus.appendingPathComponent(file), encoding: .utf8))
    }

    static func interpretText(_ text: String) throws -> GraphDelta {
        let (lexicon, _) = try Corpus.loadLexicon(in: Fixtures.corpus)
        let outline = PlainTextReader().read(text, document: "case")
        return try CaseInterpreter(lexicon: lexicon).interpret(outline, document: Fixtures.document("case", kind: .case))
    }

    func involved(_ delta: GraphDelta, _ initiative: String) -> Set<String> {
        guard let node = delta.nodes(.initiative).first(where: { $0.label == initiative }) else { return [] }
        return Set(delta.edges(.involves).filter { $0.source == node.id }.compactMap { delta.node($0.target)?.label })
    }

    @Test func findsTheCongressCasesWithTheirOrganisationsAndPeople() throws {
        let delta = try Self.interpret("congres-waardevolwerk-werkvolwaarde-2021.txt")
        let names = Set(delta.nodes(.initiative).map(\.label))
        for expected in ["Waarde van Werk Monitor", "Circulaire Hub", "ZorgHub", "Simpel Switchen in de Participatieketen", "Cedris Waarderingsprijs", "Praktijkleren biedt mogelijkheden voor werkgevers én werknemers"] {
            #expect(names.contains(expected), "\(expected)")
        }
        #expect(involved(delta, "Circulaire Hub").isSuperset(of: ["Pantar", "Lex de Boer"]))
        #expect(involved(delta, "Praktijkleren biedt mogelijkheden voor werkgevers én werknemers").contains("Stroomopwaarts"))
        #expect(involved(delta, "Simpel Switchen in de Participatieketen").contains("Ministerie van Sociale Zaken en Werkgelegenheid"))
        let monitor = try #require(delta.nodes(.initiative).first { $0.label == "Waarde van Werk Monitor" })
        #expect(monitor.text?.contains("Waarde van Werk Monitor") == true)
        #expect(monitor.properties[.year] == "2019")
    }

    @Test func findsTheProposalAndTheProjects() throws {
        #expect(try Self.interpret("opinie-regionaal-servicepunt.txt").nodes(.initiative).map(\.label).contains("regionaal servicepunt"))
        let rotterdam = try Self.interpret("warm-rotterdam-passend-werk-2019.txt")
        let names = rotterdam.nodes(.initiative).map(\.label)
        #expect(names.contains("Warm Rotterdam werkt"))
        #expect(names.contains("Corporaties in beweging"))
        #expect(names.contains("Passend werk") && names.contains("Uit de schulden") && names.contains("Je doet ertoe"))
    }

    @Test func readsANewCaseTextInTheSameStyle() throws {
        let text = """
            Verslag van de regiodag, 12 mei 2023

            Het Werkfit Lab

            In het Werkfit Lab leren werkzoekenden een vak bij echte werkgevers. Karin de Vries, directeur van Stichting Werkkracht, vertelt hoe dat gaat. ‘We beginnen klein.’ Hoe houden we dit vol na de subsidie?

            Het project ‘Samen Sterk’ van de gemeente Emmen zoekt nog partners.
            """
        let delta = try Self.interpretText(text)
        let names = delta.nodes(.initiative).map(\.label)
        #expect(names.contains("Werkfit Lab"))
        #expect(names.contains("Samen Sterk"))
        let person = try #require(delta.nodes(.person).first)
        #expect(person.label == "Karin de Vries")
        #expect(person.properties[.affiliation] == "Stichting Werkkracht")
        #expect(involved(delta, "Werkfit Lab").contains("Karin de Vries"))
        let workplace = try #require(delta.nodes(.initiative).first { $0.label == "Werkfit Lab" })
        #expect(workplace.properties.list(.questions) == ["Hoe houden we dit vol na de subsidie?"])
        #expect(workplace.properties[.year] == "2023")
        #expect(delta.nodes(.organisation).map(\.label).contains("Gemeente Emmen"))
    }
}
