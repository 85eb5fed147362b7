import Graph
import Linking
import Testing

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
        #expect(applied.snapshot.nodes == Self.graph.nodes)
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

    @Test func changesNothingWithoutDecisions() {
        let applied = AgendaReview().applied(to: Self.graph)
        #expect(applied.snapshot == Self.graph && applied.unmatched.isEmpty)
    }
}
