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
        #expect(AgendaSynthesizer(setup: Self.setup).draft(snapshot) == AgendaSynthesizer(setup: Self.setup).draft(snapshot))
    }
}
