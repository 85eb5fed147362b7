import Testing
@testable import Documents
import Graph
import TestSupport

/// The workshop-report interpreter on the real BPA report.
@Suite struct RealReportTests {
    let delta: GraphDelta

    init() throws {
        delta = try Fixtures.realReport()
    }

    @Test func findsTheThreeWorkshopsWithDatesAndSpeerpunten() {
        let workshops = delta.nodes(.workshop)
        #expect(workshops.map { $0.properties[.date] } == ["2018-03-28", "2018-04-11", "2018-05-16"])
        #expect(workshops.map { $0.properties[.speerpunt] } == ["leven lang leren", "inclusieve organisatie", "herwaardering van werk"])
        #expect(workshops.map(\.label) == ["een leven lang leren", "inclusieve organisatie", "herwaardering van werk"])
    }

    @Test func findsFourGroupsPerWorkshop() {
        let groups = delta.nodes(.group)
        #expect(groups.count == 12)
        for workshop in delta.nodes(.workshop) {
            let inWorkshop = delta.edges(.partOf).filter { $0.target == workshop.id && delta.node($0.source)?.kind == .group }
            #expect(inWorkshop.count == 4, "\(workshop.label)")
        }
        #expect(groups.map(\.label).prefix(4) == ["Groep Roze en Blauw", "Groep groen", "Groep geel", "Groep paars"])
        #expect(groups.map(\.label).suffix(4) == ["Groep 1", "Groep 2", "Groep 3", "Groep 4"])
    }

    @Test func putsWellOverAHundredAndFortyNotesUnderTheirGroupsThemes() {
        let themed = delta.nodes(.note).filter { $0.properties[.theme] != nil }
        #expect(themed.count > 140)
        #expect(delta.edges(.belongsTo).count == themed.count)
    }

    /// Themes and note counts as the groups made them, checked by reading the report.
    @Test(arguments: [
        ("Groep groen", "Hoe mobiliseer en motiveer je mensen om zich blijvend te ontwikkelen?", 7),
        ("Groep groen", "Hoe laat je het systeem voor je werken?", 9),
        ("Groep geel", "Hoe herontwerpen we het proces van matching, gegeven veranderingen in vraag en …", 6),
        ("Groep geel", "Hoe organiseren we langdurig integrale ondersteuning bij complexe situaties?", 3),
        ("Groep 2", "Jongeren & werk", 4),
        ("Groep 2", "Decent jobs", 6),
        ("Groep 2", "Mantelzorg", 7),
        ("Groep 2", "Basisbanen", 7),
        ("Groep 4", "Good and bad Jobs (nodig om te bepalen welke koers nodig is …", 5),
        ("Groep 4", "Rol van instituties", 4),
        ("Groep 1", "vragen rondom robotisering", 2),
    ])
    func groupsNotesUnderTheRightTheme(group: String, theme: String, count: Int) throws {
        let themeNode = try #require(delta.nodes(.theme).first { $0.label == theme && $0.properties[.group] == group })
        let notes = delta.edges(.belongsTo).filter { $0.target == themeNode.id }
        #expect(notes.count == count)
    }

    @Test func readsThemesThatAreListedAsLabelledItems() {
        let paars = delta.nodes(.theme).filter { $0.properties[.group] == "Groep paars" }.map(\.label)
        #expect(paars.contains("Legitimiteit"))
        #expect(paars.contains("Randvoorwaarden"))
        #expect(paars.count == 8)
    }

    @Test func keepsNoteTextAsWrittenAndPointsAtItsLine() throws {
        let lines = try Fixtures.reportLines()
        for note in delta.nodes(.note) {
            let text = try #require(note.text)
            let source = String(lines[note.provenance.line - 1])
            if TextCues.themeReference(source.trimmingWhitespace().dropFirst(2).trimmingWhitespace()) == nil {
                #expect(source.hasSuffix(text) || source.trimmingWhitespace().hasSuffix(text), "line \(note.provenance.line)")
            }
            #expect(!text.hasPrefix("·") && !text.hasPrefix("a.") && !text.hasPrefix("1 "))
        }
        let matching = try #require(delta.nodes(.note).first { $0.text == "Hoe matchen op talenten en skills" })
        #expect(matching.provenance.line == 226)
        #expect(matching.properties[.group] == "Groep geel")
        #expect(matching.properties[.workshop] == "inclusieve organisatie")
    }

    @Test func readsMainQuestionsWithTheirSubQuestions() throws {
        let questions = delta.nodes(.question)
        let main = try #require(questions.first { $0.text?.hasPrefix("Hoe kunnen we werkgevers verleiden, motiveren en faciliteren") == true })
        let subs = delta.edges(.subQuestionOf).filter { $0.target == main.id }.compactMap { delta.node($0.source)?.text }
        #expect(subs.count == 4)
        #expect(subs.first?.hasPrefix("Hoe maken we organisaties ‘prone’") == true)
        // Numerals under a lettered question refine that question.
        let verleiden = try #require(questions.first { $0.text?.hasPrefix("Hoe verleiden we werkgevers tot het aannemen") == true })
        #expect(delta.edges(.subQuestionOf).filter { $0.target == verleiden.id }.count == 4)
    }

    @Test func findsSpeakersWithRoleAndAffiliation() throws {
        let people = Dictionary(uniqueKeysWithValues: delta.nodes(.person).map { ($0.label, $0) })
        let engels = try #require(people["Josephine Engels"])
        #expect(engels.properties.list(.role) == ["lector Arbeid & Gezondheid"])
        #expect(engels.properties[.affiliation] == "Hogeschool van Arnhem en Nijmegen")
        #expect(people["Paul van der Aa"]?.properties[.affiliation] == "Hogeschool Rotterdam")
        #expect(people["Ruurd Baane"]?.properties[.affiliation] == "Bright & Company")
        #expect(people["Leonore Nieuwmeijer"]?.properties[.affiliation] == "Asito")
        #expect(people["Kees Mosselman"]?.properties.list(.role) == ["promovendus baanzekerheid"])
        // Named twice, with two roles, at one organisation spelled two ways.
        let biemans = try #require(people["Petra Biemans"])
        #expect(biemans.properties.list(.role).contains("lector HRM en Persoonlijk Ondernemerschap") == true)
        #expect(delta.nodes(.organisation).filter { $0.label.lowercased() == "inholland" }.count == 1)
        #expect(delta.edges(.speaksAt).filter { $0.source == biemans.id }.count == 2)
        // People under photos count; a caption that misspells a speaker is that speaker.
        #expect(people["Ruurd Baarne"] == nil)
        #expect(people["Don Ropes"] != nil && people["Hafid Ballafkih"] != nil && people["Josje Dikkers"] != nil)
        #expect(people.count == 14)
    }

    @Test func givesEveryNodeAStableSafeID() throws {
        let ids = delta.nodes.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { id in id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) } })
        let again = try Fixtures.realReport()
        #expect(again == delta)
    }
}

/// The interpreter on small reports written for the tests, in the same style.
@Suite struct MadeUpReportTests {
    static let twoWorkshops = """
        Werkateliers van een platform
        Inleiding over het platform.

        Verslag van het werkatelier ‘inclusieve organisatie’ op 3 oktober 2019
        De aftrap werd gegeven door Anna de Vries, lector Sociale Innovatie bij de Hogeschool Utrecht.
        \tAnna de Vries
         Groep A
        1. Hoe betrekken we werkgevers?
        Daar werd lang over gepraat.
        · Goede voorbeelden delen
        · Subsidies eenvoudiger maken
        2. Hoe blijft werk passend?
        · Begeleiding na plaatsing
        · Taken in plaats van functies
        · Regelruimte in tijden
        3. Wat doen gemeenten?
        · Ontschotting
         Groep B
        Deze groep sprak vooral in algemene zin over werk en zorg, zonder de onderwerpen te groeperen.
        Er werd ook gesproken over de rol van de gemeente.

        Verslag van het werkatelier ‘herwaardering van werk’ op 12 november 2019
         Groep C
        Geeltjes
        Zorg:
        · Mantelzorg waarderen
        · Zorg en werk combineren
        Techniek:
        · Robots op de werkvloer
         Groep D
        Vragen
        1 Wat is goed werk?
        a. Wie bepaalt dat?
        b. Hoe meet je dat?
        2 Wat is een basisbaan?
        """

    @Test func readsAReportWithADifferentNumberOfGroupsAndThemes() throws {
        let delta = try Fixtures.interpretReport(Self.twoWorkshops)
        #expect(delta.nodes(.workshop).map { $0.properties[.date] } == ["2019-10-03", "2019-11-12"])
        #expect(delta.nodes(.group).map(\.label) == ["Groep A", "Groep B", "Groep C", "Groep D"])
        let themes = delta.nodes(.theme)
        #expect(themes.map(\.label) == ["Hoe betrekken we werkgevers?", "Hoe blijft werk passend?", "Wat doen gemeenten?", "Zorg", "Techniek", "Wat is goed werk?", "Wat is een basisbaan?"])
        func notes(under label: String) -> [String] {
            guard let theme = themes.first(where: { $0.label == label }) else { return [] }
            return delta.edges(.belongsTo).filter { $0.target == theme.id }.compactMap { delta.node($0.source)?.text }
        }
        #expect(notes(under: "Hoe betrekken we werkgevers?") == ["Goede voorbeelden delen", "Subsidies eenvoudiger maken"])
        #expect(notes(under: "Hoe blijft werk passend?").count == 3)
        #expect(notes(under: "Zorg") == ["Mantelzorg waarderen", "Zorg en werk combineren"])
        #expect(notes(under: "Techniek") == ["Robots op de werkvloer"])
        let description = themes.first?.properties[.description]
        #expect(description == "Daar werd lang over gepraat.")
    }

    @Test func keepsProseOfAGroupWithoutInventingThemes() throws {
        let delta = try Fixtures.interpretReport(Self.twoWorkshops)
        let groupB = try #require(delta.nodes(.group).first { $0.label == "Groep B" })
        #expect(delta.nodes(.theme).allSatisfy { $0.properties[.group] != "Groep B" })
        #expect(groupB.text?.contains("zonder de onderwerpen te groeperen") == true)
        #expect(groupB.provenance.line == 18)
    }

    @Test func readsQuestionsAndSpeakers() throws {
        let delta = try Fixtures.interpretReport(Self.twoWorkshops)
        let goodWork = try #require(delta.nodes(.question).first { $0.text == "Wat is goed werk?" })
        let subs = delta.edges(.subQuestionOf).filter { $0.target == goodWork.id }.compactMap { delta.node($0.source)?.text }
        #expect(subs == ["Wie bepaalt dat?", "Hoe meet je dat?"])
        let anna = try #require(delta.nodes(.person).first)
        #expect(anna.label == "Anna de Vries")
        #expect(anna.properties.list(.role) == ["lector Sociale Innovatie"])
        #expect(anna.properties[.affiliation] == "Hogeschool Utrecht")
        #expect(delta.nodes(.person).count == 1)
    }

    @Test func treatsAReportWithoutWorkshopHeadersAsOneWorkshop() throws {
        let delta = try Fixtures.interpretReport("Groep rood\n1. Thema een\n· notitie\nGroep blauw\n· losse notitie")
        #expect(delta.nodes(.workshop).count == 1)
        #expect(delta.nodes(.group).count == 2)
        #expect(delta.nodes(.note).map { $0.properties[.theme] } == ["Thema een", nil])
    }

    @Test func assignsNumberedReferencesToTheirTheme() throws {
        let text = "Groep rood\n1 Matching\n2 Werkgevers\nAchterliggende discussie\nVragen:\n· (2) Werkgevers verleiden tot inclusief werken\n· (1) Verwachtingen managen"
        let delta = try Fixtures.interpretReport(text)
        #expect(delta.nodes(.note).map { $0.properties[.theme] } == ["Werkgevers", "Matching"])
        #expect(delta.nodes(.note).first?.text == "Werkgevers verleiden tot inclusief werken")
    }
}
