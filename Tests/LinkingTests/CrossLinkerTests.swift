import Clustering
import Graph
import Linking
import TestSupport
import Testing

/// The linker on small hand-made graphs, where the right links are plain. A graph of a few
/// texts has no rare words by the corpus's standard, so the tests ask for none
/// (`minimumRarity: 0`) unless they test that rule.
@Suite struct CrossLinkerTests {
    static let setup = ClusteringSetup(language: .dutch)

    /// One workshop with two questions, two systemic questions and a practice case.
    static func graph() -> (snapshot: GraphSnapshot, pensionTheme: String, pension: String, robots: String, systemicPension: String, systemicRobots: String, hub: String) {
        var graph = GraphBuilder()
        let workshop = graph.workshop("Werkatelier 1", speerpunt: "herwaardering van werk")
        let group = graph.group("Groep geel", in: workshop)
        let theme = graph.theme("Pensioen en zware beroepen", in: group)
        let pension = graph.question("Hoe regelen we een vervroegd pensioen voor zware beroepen in de bouw?", for: theme)
        let other = graph.theme("Robotisering", in: group)
        let robots = graph.question("Wat doet robotisering met het werk van monteurs in fabrieken?", for: other)
        let systemicPension = graph.systemicQuestion("Wettelijke regels maken een vervroegd pensioen voor zware beroepen onmogelijk.")
        let systemicRobots = graph.systemicQuestion("Robotisering verandert fabrieken sneller dan opleidingen van monteurs.")
        let hub = graph.initiative("Bouwhub", description: "Een hub die bouwvakkers met zware beroepen helpt bij een vervroegd pensioen.")
        return (graph.snapshot, theme, pension, robots, systemicPension, systemicRobots, hub)
    }

    @Test func linksEachQuestionToTheSystemicQuestionItSharesWordsWith() {
        let graph = Self.graph()
        let (linksTo, _) = CrossLinker(setup: Self.setup, threshold: 0.05, minimumRarity: 0).links(in: graph.snapshot)
        let targets = Dictionary(grouping: linksTo, by: \.source).mapValues { $0.map(\.target) }
        #expect(targets[graph.pension]?.first == graph.systemicPension)
        #expect(targets[graph.robots]?.first == graph.systemicRobots)
        #expect(!(targets[graph.pension] ?? []).contains(graph.systemicRobots))
        let pensionLink = linksTo.first { $0.source == graph.pension && $0.target == graph.systemicPension }
        // The link shows what it rests on: the phrase "vervroegd pensioen" rather than its words.
        #expect(pensionLink?.sharedTerms.contains { $0.contains("pensioen") } == true)
    }

    @Test func boundsTheLinksPerSourceAndHonoursTheThreshold() {
        let graph = Self.graph()
        let all = CrossLinker(setup: Self.setup, threshold: 0, minimumRarity: 0).links(in: graph.snapshot).linksTo
        #expect(Dictionary(grouping: all, by: \.source).values.allSatisfy { $0.count <= CrossLinker.defaultPerSource })
        let one = CrossLinker(setup: Self.setup, threshold: 0, perSource: 1, minimumRarity: 0).links(in: graph.snapshot).linksTo
        #expect(Dictionary(grouping: one, by: \.source).values.allSatisfy { $0.count == 1 })
        // A score is the share of the question's meaning the systemic question holds, at most 1.
        #expect(all.allSatisfy { $0.score > 0 && $0.score <= 1 })
        #expect(CrossLinker(setup: Self.setup, threshold: 1.01, minimumRarity: 0).links(in: graph.snapshot).linksTo.isEmpty)
        #expect(all.allSatisfy { !$0.sharedTerms.isEmpty })
    }

    @Test func linksAPracticeCaseToTheQuestionItAddresses() {
        let graph = Self.graph()
        let (_, addresses) = CrossLinker(setup: Self.setup, threshold: 0.05, minimumRarity: 0).links(in: graph.snapshot)
        let targets = addresses.filter { $0.source == graph.hub }.map(\.target)
        #expect(!targets.isEmpty)
        #expect(Set(targets).isSubset(of: [graph.pensionTheme, graph.pension]))
    }

    @Test func linksAThemeThatOnlyRestatesItsQuestionThroughTheQuestion() {
        var graph = GraphBuilder()
        let workshop = graph.workshop("Werkatelier 1", speerpunt: "herwaardering van werk")
        let group = graph.group("Groep geel", in: workshop)
        let text = "Hoe regelen we een vervroegd pensioen voor zware beroepen?"
        let theme = graph.theme(text, in: group)
        let question = graph.question(text, for: theme)
        graph.systemicQuestion("Een vervroegd pensioen voor zware beroepen is wettelijk lastig.")
        let sources = Set(CrossLinker(setup: Self.setup, threshold: 0.05, minimumRarity: 0).links(in: graph.snapshot).linksTo.map(\.source))
        #expect(sources == [question])
    }

    @Test func makesNoLinkThatRestsOnlyOnCommonWordsOrOnActors() {
        var graph = GraphBuilder()
        let workshop = graph.workshop("Werkatelier 1", speerpunt: "herwaardering van werk")
        let group = graph.group("Groep geel", in: workshop)
        graph.question("Hoe betalen gemeenten de bijstand uit?", for: graph.theme("Bijstand", in: group))
        graph.systemicQuestion("Gemeenten hebben te weinig tijd.")
        // Among a few texts no word reaches the corpus's rarity: one shared word explains nothing.
        #expect(CrossLinker(setup: Self.setup, threshold: 0).links(in: graph.snapshot).linksTo.isEmpty)
        #expect(!CrossLinker(setup: Self.setup, threshold: 0, minimumRarity: 0).links(in: graph.snapshot).linksTo.isEmpty)
        // A word for an actor is who, not what: it explains no link at all.
        let actors = ClusteringSetup(lexicon: TextLexicon(actorWords: ["gemeenten"]), language: .dutch)
        #expect(CrossLinker(setup: actors, threshold: 0, minimumRarity: 0).links(in: graph.snapshot).linksTo.isEmpty)
    }
}
