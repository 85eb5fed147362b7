import Clustering
import Graph
import Linking
import TestSupport
import Testing

/// The agenda drafted from small hand-made graphs.
@Suite struct AgendaSynthesizerTests {
    static let setup = ClusteringSetup(language: .dutch)

    /// Two groups of one workshop that both raise pensions for heavy work, and one that raises robots.
    static func graph() -> (builder: GraphBuilder, questions: [String], systemic: String) {
        var graph = GraphBuilder()
        let workshop = graph.workshop("Werkatelier 1", speerpunt: "herwaardering van werk")
        let geel = graph.group("Groep geel", in: workshop)
        let blauw = graph.group("Groep blauw", in: workshop)
        let pensionGeel = graph.theme("Vervroegd pensioen voor zware beroepen", in: geel)
        let pensionBlauw = graph.theme("Pensioen bij zware beroepen", in: blauw)
        let robots = graph.theme("Robots in de fabriek", in: blauw)
        let first = graph.question("Hoe regelen we een vervroegd pensioen voor zware beroepen?", for: pensionGeel)
        let second = graph.question("Hoe regelen we vervroegd pensioen voor mensen met zware beroepen?", for: pensionBlauw)
        let third = graph.question("Wat doen robots in de fabriek met het werk van monteurs?", for: robots)
        graph.note("Zware beroepen en pensioen", in: geel, theme: pensionGeel)
        graph.note("Robots nemen werk over", in: blauw, theme: robots)
        let systemic = graph.systemicQuestion("Wettelijke regels rond pensioen en zware beroepen.")
        graph.link(first, to: systemic, score: 0.4, sharedTerms: ["pensioen", "zware beroepen, bouw"])
        return (graph, [first, second, third], systemic)
    }

    @Test func mergesTheThemesTwoGroupsGaveOneSubjectAndKeepsTheOthersApart() throws {
        let draft = AgendaSynthesizer(setup: Self.setup).draft(Self.graph().builder.snapshot)
        let speerpunt = try #require(draft.speerpunten.first)
        #expect(speerpunt.name == "herwaardering van werk")
        #expect(speerpunt.themes.count == 2)
        // The theme both groups raised comes first, with both formulations and their groups.
        let merged = try #require(speerpunt.themes.first)
        #expect(merged.groupCount == 2)
        #expect(Set(merged.formulations.map(\.origin.group)) == ["Groep geel", "Groep blauw"])
        #expect(speerpunt.themes.last?.title == "Robots in de fabriek")
    }

    @Test func mergesNearIdenticalQuestionsOfDifferentGroupsKeepingEveryOrigin() throws {
        let graph = Self.graph()
        let draft = AgendaSynthesizer(setup: Self.setup, duplicateThreshold: 0.3).draft(graph.builder.snapshot)
        let merged = try #require(draft.speerpunten.first?.themes.first)
        #expect(merged.questions.count == 1)
        let question = try #require(merged.questions.first)
        #expect(Set([question.origin.node] + question.alsoAskedAs.map(\.origin.node)) == Set(graph.questions.prefix(2)))
        // The leading formulation is one of the originals, word for word.
        #expect(graph.builder.nodes.contains { $0.text == question.text })
    }

    @Test func carriesTheStoredLinksWithTheirSharedTermsAsTheyWere() throws {
        let graph = Self.graph()
        let draft = AgendaSynthesizer(setup: Self.setup).draft(graph.builder.snapshot)
        let merged = try #require(draft.speerpunten.first?.themes.first)
        let link = try #require(merged.links.first)
        #expect(link.systemicQuestion == graph.systemic)
        #expect(link.sharedTerms == ["pensioen", "zware beroepen, bouw"])
        let systemic = try #require(draft.systemic.first)
        #expect(systemic.questions.map(\.sharedTerms) == [["pensioen", "zware beroepen, bouw"]])
    }

    @Test func draftsTheSameAgendaFromTheSameGraph() {
        let snapshot = Self.graph().builder.snapshot
        let a = AgendaSynthesizer(setup: Self.setup).draft(snapshot), b = AgendaSynthesizer(setup: Self.setup).draft(snapshot)
        #expect(a.speerpunten.map(\.questions) == b.speerpunten.map(\.questions))
        #expect(a.speerpunten.map(\.themes) == b.speerpunten.map(\.themes))
        #expect(a.widelyRaised == b.widelyRaised)
        #expect(a.crossCutting == b.crossCutting)
        #expect(a.systemic == b.systemic)
        #expect(a.stakeholders == b.stakeholders)
        #expect(a.cases == b.cases)
        #expect(AgendaSynthesizer(setup: Self.setup).draft(snapshot) == AgendaSynthesizer(setup: Self.setup).draft(snapshot))
    }

    // MARK: Indicative questions

    /// Two workshops of two speerpunten; three groups ask about pensions for heavy work, one of
    /// them twice, and a fourth group's note raises it too.
    static func pensionGraph() -> (builder: GraphBuilder, asked: [String], twice: String, note: String) {
        var graph = GraphBuilder()
        let first = graph.workshop("Werkatelier 1", speerpunt: "herwaardering van werk")
        let second = graph.workshop("Werkatelier 2", speerpunt: "leven lang leren")
        let geel = graph.group("Groep geel", in: first), blauw = graph.group("Groep blauw", in: first)
        let rood = graph.group("Groep rood", in: second), groen = graph.group("Groep groen", in: second)
        let a = graph.question("Hoe regelen we een vervroegd pensioen voor zware beroepen?", for: graph.theme("Zwaar werk", in: geel))
        let twice = graph.question("Hoe regelen we vervroegd pensioen voor stratenmakers in zware beroepen?", for: graph.theme("Stratenmakers", in: geel))
        let b = graph.question("Wat betekent vervroegd pensioen voor zware beroepen in de bouw?", for: graph.theme("Bouw", in: blauw))
        let c = graph.question("Hoe regelen we vervroegd pensioen bij zware beroepen?", for: graph.theme("Ouder worden", in: rood))
        graph.question("Wat doen robots in de fabriek met het werk van monteurs?", for: graph.theme("Robots", in: rood))
        let note = graph.note("Vervroegd pensioen voor zware beroepen!", in: groen, theme: graph.theme("Losse punten", in: groen))
        return (graph, [a, b, c], twice, note)
    }

    @Test func mergesTheQuestionsOfDifferentGroupsAndWorkshopsIntoOneIndicativeQuestion() throws {
        let graph = Self.pensionGraph()
        let draft = AgendaSynthesizer(setup: Self.setup).draft(graph.builder.snapshot)
        let merged = try #require(draft.widelyRaised.first)
        let origins = Set([merged.origin.node] + merged.alsoAskedAs.map(\.origin.node))
        // One formulation per group: Groep geel's second question stays apart.
        #expect(origins.count == 3)
        #expect(!origins.contains(graph.twice))
        #expect(origins.isSubset(of: Set(graph.asked + [graph.twice])))
        #expect(Set(merged.origins.map(\.group)).count == merged.support.groups)
        #expect(merged.speerpunten == ["herwaardering van werk", "leven lang leren"])
        // The leading formulation is one of the originals, word for word; every other is kept with its text.
        #expect(graph.builder.nodes.contains { $0.text == merged.text })
        #expect(merged.alsoAskedAs.allSatisfy { formulation in graph.builder.nodes.contains { $0.text == formulation.text } })
        #expect(draft.questionsIn == 5)
    }

    @Test func countsTheNotesOfOtherGroupsThatRaiseAQuestionAsSupport() throws {
        let graph = Self.pensionGraph()
        let draft = AgendaSynthesizer(setup: Self.setup).draft(graph.builder.snapshot)
        let merged = try #require(draft.widelyRaised.first)
        #expect(merged.raisedOnNotes.map(\.origin.node) == [graph.note])
        #expect(merged.support == AgendaDraft.Support(groups: 4, workshops: 2, documents: 1))
    }

    @Test func ranksEachSpeerpuntsQuestionsBySupportThenBreadth() throws {
        let draft = AgendaSynthesizer(setup: Self.setup).draft(Self.pensionGraph().builder.snapshot)
        for speerpunt in draft.speerpunten {
            #expect(zip(speerpunt.questions, speerpunt.questions.dropFirst()).allSatisfy { $0.support >= $1.support })
            #expect(speerpunt.questions.first?.support.groups == 4)
        }
        #expect(AgendaDraft.Support(groups: 2, workshops: 2, documents: 1) > AgendaDraft.Support(groups: 2, workshops: 1, documents: 2))
        // A question only one group asked is not among the most widely raised.
        #expect(draft.widelyRaised.allSatisfy { $0.support.groups > 1 })
    }

    @Test func keepsQuestionsAboutDifferentThingsApart() {
        let draft = AgendaSynthesizer(setup: Self.setup).draft(Self.pensionGraph().builder.snapshot)
        let robots = draft.speerpunten.flatMap(\.questions).filter { $0.text.contains("robots") }
        #expect(robots.count == 1)
        #expect(robots.first?.alsoAskedAs.isEmpty == true && robots.first?.raisedOnNotes.isEmpty == true)
    }
}
