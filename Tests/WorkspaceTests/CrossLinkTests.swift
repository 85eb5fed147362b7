import Clustering
import Foundation
import Graph
import Linking
import TestSupport
import Testing
import Workspace

/// Cross-links on the bundled corpus as `agenda link` makes them, against what a careful
/// reader links (`Fixtures/crosslinks.json`).
@Suite struct CrossLinkTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    struct Fixture: Decodable {
        struct Question: Decodable {
            var text: String?
            var label: String?
            var links: [String]
        }
        var systemic: [String: String]
        var questions: [Question]
    }

    /// The bundled corpus ingested, and the text analysis `agenda link` uses on it.
    static func corpus() throws -> (GraphSnapshot, ClusteringSetup) {
        let workspace = try BundledCorpus.ingested()
        return (try workspace.store.snapshot(), try workspace.textAnalysis().setup)
    }

    @Test func linksAreScoredExplainedAndBoundedPerQuestion() throws {
        let (snapshot, setup) = try Self.corpus()
        let (linksTo, addresses) = CrossLinker(setup: setup).links(in: snapshot)
        #expect(!linksTo.isEmpty && !addresses.isEmpty)
        #expect(linksTo.allSatisfy { $0.score >= 0.09 && !$0.sharedTerms.isEmpty })
        let perSource = Dictionary(grouping: linksTo, by: \.source)
        #expect(perSource.values.allSatisfy { $0.count <= 3 })
        let kinds = Dictionary(snapshot.nodes.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(linksTo.allSatisfy { kinds[$0.target] == .systemicQuestion })
        #expect(addresses.allSatisfy { kinds[$0.source] == .initiative })
        // A higher threshold makes fewer links; the same input gives the same links.
        #expect(CrossLinker(setup: setup, threshold: 0.25).links(in: snapshot).linksTo.count < linksTo.count)
        #expect(CrossLinker(setup: setup).links(in: snapshot).linksTo == linksTo)
    }

    @Test func areStoredWithTheirScoresAndSharedTermsAsLists() throws {
        let workspace = try BundledCorpus.ingested()
        let run = try workspace.link(analysis: try workspace.textAnalysis())
        let stored = try workspace.store.edges().filter { $0.kind == .linksTo }
        #expect(stored.count == run.linksTo.count)
        for (edge, link) in zip(stored, run.linksTo) {
            #expect(edge.source == link.source && edge.target == link.target && edge.weight == link.score)
            #expect(edge.properties.list(.sharedTerms) == link.sharedTerms)
        }
    }

    @Test func agreesWithACarefulReader() throws {
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: Self.fixtures.appendingPathComponent("crosslinks.json")))
        let (snapshot, setup) = try Self.corpus()
        let (linksTo, _) = CrossLinker(setup: setup).links(in: snapshot)
        let systemic = snapshot.nodes.filter { $0.kind == .systemicQuestion }
        func systemicID(_ key: String) -> String? {
            guard let start = fixture.systemic[key] else { return nil }
            return systemic.first { ($0.text ?? "").hasPrefix(start) || $0.label.hasPrefix(start) }?.id
        }
        var found = 0, expected = 0, correct = 0
        for question in fixture.questions {
            let nodes = snapshot.nodes.filter { node in
                (node.kind == .question || node.kind == .theme) && (question.text.map { node.text == $0 } ?? false || question.label.map { node.label == $0 } ?? false)
            }
            #expect(!nodes.isEmpty, "\(question.text ?? question.label ?? "")")
            let ids = Set(nodes.map(\.id))
            let made = Set(linksTo.filter { ids.contains($0.source) }.map(\.target))
            let wanted = Set(question.links.compactMap(systemicID))
            #expect(wanted.count == question.links.count)
            found += made.count
            expected += wanted.count
            correct += made.intersection(wanted).count
        }
        let precision = found == 0 ? 0 : Double(correct) / Double(found)
        let recall = Double(correct) / Double(expected)
        print("cross-links against the careful reader: precision \(precision) (\(correct) of \(found)), recall \(recall) (\(correct) of \(expected))")
        // Floors well above chance (a random link is right about one time in four), not targets.
        #expect(precision >= 0.5)
        #expect(recall >= 0.25)
    }
}
