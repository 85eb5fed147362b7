import Graph
import Linking
import Testing
import Yams

/// A reviewer's decisions applied to a small graph: links confirmed, added and removed,
/// questions marked, and decisions that match nothing reported.
@Suite struct AgendaReviewApplyTests {
    static let graph = GraphSnapshot(
        nodes: [
            Node(id: "d:q1", kind: .question, label: "Hoe leren  werkenden?", text: "Hoe leren  werkenden?", provenance: Provenance(document: "d", line: 1)),
            Node(id: "d:t1", kind: .theme, label: "Mantelzorg", provenance: Provenance(document: "d", line: 2)),
            Node(id: "d:n1", kind: .note, label: "Mantelzorg", provenance: Provenance(document: "d", line: 3)),
            Node(id: "o:sq1", kind: .systemicQuestion, label: "Ons referentiekader", provenance: Provenance(document: "o", line: 1)),
            Node(id: "o:sq2", kind: .systemicQuestion, label: "Het systeem", provenance: Provenance(document: "o", line: 2)),
        ],
        edges: [
            Edge(source: "d:q1", target: "o:sq2", kind: .linksTo, weight: 0.3),
            Edge(source: "d:q1", target: "o:sq1", kind: .linksTo, weight: 0.2),
        ])

    @Test func confirmsAddsAndRemovesLinksMatchedByTextWhateverTheCaseAndSpacing() {
        let review = AgendaReview(links: [
            .init(question: "hoe leren werkenden?", systemic: "Het systeem", decision: .accept, note: "klopt"),
            .init(question: "Hoe leren werkenden?", systemic: "o:sq1", decision: .reject),
            .init(question: "Mantelzorg", systemic: "ons referentiekader", decision: .accept),
        ])
        let applied = review.applied(to: Self.graph)
        #expect(applied.unmatched.isEmpty)
        let edges = applied.snapshot.edges
        #expect(edges.count == 2)
        #expect(edges[0].target == "o:sq2" && edges[0].properties[.review] == "bevestigd" && edges[0].properties[.reviewNote] == "klopt" && edges[0].weight == 0.3)
        // Added from the theme (not from the note of the same words), with no score.
        #expect(edges[1].source == "d:t1" && edges[1].target == "o:sq1" && edges[1].weight == nil && edges[1].properties[.review] == "bevestigd")
        // The rejected link is named on its source, so that no suggestion offers it again.
        #expect(applied.snapshot.nodes[0].properties.list(.reviewRejected) == ["o:sq1"])
        #expect(Array(applied.snapshot.nodes.dropFirst()) == Array(Self.graph.nodes.dropFirst()))
    }

    @Test func marksAQuestionAsNoneAndReportsWhatMatchesNothing() {
        let review = AgendaReview(
            links: [.init(question: "Hoe leren werkenden?", systemic: "Een systeemvraag die er niet is", decision: .accept)],
            questions: [.init(question: "Hoe leren werkenden?", decision: .notAQuestion), .init(question: "Mantelzorg", decision: .notAQuestion)])
        let applied = review.applied(to: Self.graph)
        #expect(applied.snapshot.nodes[0].properties[.review] == "geen onderzoeksvraag")
        // A theme is no question to mark: that decision, like the unknown systemic question, matches nothing.
        #expect(applied.unmatched == ["the question “Mantelzorg”", "the link from “Hoe leren werkenden?” to “Een systeemvraag die er niet is”"])
        #expect(applied.snapshot.edges == Self.graph.edges)
    }

    @Test func marksMergesSplitsAndLeadsOnTheQuestions() {
        var graph = Self.graph
        graph.nodes.append(Node(id: "d:q2", kind: .question, label: "Hoe leert een organisatie?", text: "Hoe leert een organisatie?", provenance: Provenance(document: "d", line: 4)))
        let review = AgendaReview(questions: [
            .init(question: "Hoe leren werkenden?", decision: .merge, with: "hoe leert een organisatie?"),
            .init(question: "Hoe leert een organisatie?", decision: .lead),
            .init(question: "Mantelzorg", decision: .split),
            .init(question: "Hoe leren werkenden?", decision: .merge, with: "Een vraag die er niet is"),
        ])
        let applied = review.applied(to: graph)
        let nodes = Dictionary(uniqueKeysWithValues: applied.snapshot.nodes.map { ($0.id, $0) })
        #expect(nodes["d:q1"]?.properties.list(.reviewMerge) == ["d:q2"])
        #expect(nodes["d:q2"]?.properties[.review] == "voorop")
        // A theme phrased as a question can be split out as well.
        #expect(nodes["d:t1"]?.properties[.review] == "apart")
        #expect(applied.unmatched == ["the question “Een vraag die er niet is”"])
    }

    @Test func attachesDetachesAndSumsUpCases() {
        var graph = Self.graph
        graph.nodes.append(Node(id: "c:i1", kind: .initiative, label: "Asito", provenance: Provenance(document: "c", line: 1)))
        graph.edges.append(Edge(source: "c:i1", target: "d:t1", kind: .addresses, weight: 0.2))
        let review = AgendaReview(cases: [
            .init(initiative: "asito", decision: .attach, to: "Hoe leren werkenden?"),
            .init(initiative: "Asito", decision: .detach, to: "Mantelzorg"),
            .init(initiative: "c:i1", decision: .summary, summary: "Een schoonmaakbedrijf dat inclusief werkt."),
            .init(initiative: "Een casus die er niet is", decision: .attach, to: "Mantelzorg"),
        ])
        let applied = review.applied(to: graph)
        let addresses = applied.snapshot.edges.filter { $0.kind == .addresses }
        #expect(addresses.count == 1)
        #expect(addresses.first?.target == "d:q1" && addresses.first?.properties[.review] == "bevestigd")
        let nodes = Dictionary(uniqueKeysWithValues: applied.snapshot.nodes.map { ($0.id, $0) })
        #expect(nodes["d:t1"]?.properties.list(.reviewDetached) == ["c:i1"])
        #expect(nodes["c:i1"]?.properties[.summary] == "Een schoonmaakbedrijf dat inclusief werkt." && nodes["c:i1"]?.properties[.review] == "bevestigd")
        #expect(applied.unmatched == ["the case “Een casus die er niet is”"])
    }

    @Test func refusesAMergeWithoutItsOtherQuestionAndACaseWithoutItsTheme() throws {
        let decoder = YAMLDecoder()
        #expect(throws: DecodingError.self) { try decoder.decode(AgendaReview.self, from: "questions:\n  - question: Hoe leren werkenden?\n    decision: samenvoegen\n") }
        #expect(throws: DecodingError.self) { try decoder.decode(AgendaReview.self, from: "cases:\n  - case: Asito\n    decision: koppelen\n") }
        let review = try decoder.decode(AgendaReview.self, from: "cases:\n  - case: Asito\n    decision: samenvatting\n    summary: Een schoonmaakbedrijf.\n")
        #expect(review.cases == [.init(initiative: "Asito", decision: .summary, summary: "Een schoonmaakbedrijf.")])
    }

    @Test func changesNothingWithoutDecisions() {
        let applied = AgendaReview().applied(to: Self.graph)
        #expect(applied.snapshot == Self.graph && applied.unmatched.isEmpty)
    }
}
