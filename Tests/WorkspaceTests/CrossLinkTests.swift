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
        return (try workspace.graph(), try workspace.textAnalysis().setup)
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
        let stored = try workspace.graph().edges.filter { $0.kind == .linksTo }
        #expect(stored.count == run.linksTo.count)
        for (edge, link) in zip(stored, run.linksTo) {
            #expect(edge.source == link.source && edge.target == link.target && edge.weight == link.score)
            #expect(edge.properties.list(.sharedTerms) == link.sharedTerms)
        }
    }

    /// Links made and wanted, per systemic question of a fixture.
    struct Agreement {
        var found: [String: Int] = [:], expected: [String: Int] = [:], correct: [String: Int] = [:]
        var precision: Double { Self.ratio(correct.values.reduce(0, +), found.values.reduce(0, +)) }
        var recall: Double { Self.ratio(correct.values.reduce(0, +), expected.values.reduce(0, +)) }
        static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

        /// One line per systemic question: its key, precision and recall with their counts.
        func table(_ keys: [String]) -> String {
            keys.map { key in
                let c = correct[key, default: 0], f = found[key, default: 0], e = expected[key, default: 0]
                return "\(key): precision \(String(format: "%.2f", Self.ratio(c, f))) (\(c)/\(f)), recall \(String(format: "%.2f", Self.ratio(c, e))) (\(c)/\(e))"
            }.joined(separator: "\n")
        }
    }

    /// The links `linker` makes on the bundled corpus against a careful-reader fixture.
    static func agreement(_ file: String, linker: (ClusteringSetup) -> CrossLinker = { CrossLinker(setup: $0) }) throws -> (Agreement, Fixture) {
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: fixtures.appendingPathComponent(file)))
        let (snapshot, setup) = try corpus()
        let (linksTo, _) = linker(setup).links(in: snapshot)
        let systemic = snapshot.nodes.filter { $0.kind == .systemicQuestion }
        var keyOf: [String: String] = [:]
        for (key, start) in fixture.systemic {
            let node = systemic.first { ($0.text ?? "").hasPrefix(start) || $0.label.hasPrefix(start) }
            #expect(node != nil, "\(key)")
            if let node { keyOf[node.id] = key }
        }
        var agreement = Agreement()
        for question in fixture.questions {
            let nodes = snapshot.nodes.filter { node in
                guard node.kind == .question || node.kind == .theme else { return false }
                if let label = question.label, node.label == label || (node.text ?? "").hasPrefix(label) { return true }
                if let text = question.text, node.text == text { return true }
                return false
            }
            #expect(!nodes.isEmpty, "\(question.text ?? question.label ?? "")")
            let ids = Set(nodes.map(\.id))
            let made = Set(linksTo.filter { ids.contains($0.source) }.compactMap { keyOf[$0.target] })
            let wanted = Set(question.links)
            for key in made { agreement.found[key, default: 0] += 1 }
            for key in wanted { agreement.expected[key, default: 0] += 1 }
            for key in made.intersection(wanted) { agreement.correct[key, default: 0] += 1 }
        }
        return (agreement, fixture)
    }

    @Test func agreesWithACarefulReaderOnTheItemsTheSettingsWereChosenOn() throws {
        let (agreement, fixture) = try Self.agreement("crosslinks.json")
        print("cross-links, 13-item fixture: precision \(agreement.precision), recall \(agreement.recall)\n" + agreement.table(fixture.systemic.keys.sorted()))
        // Floors a little under the figures the settings gave (precision 0.90, recall 0.32);
        // the issue's aim, recall 0.6, is not reached by word and concept matching alone.
        #expect(agreement.precision >= 0.8)
        #expect(agreement.recall >= 0.3)
    }

    /// Every theme and main question of the report (`crosslinks-all.json`): the figures the
    /// closing note and `BENCHMARKS.md` report; the floors guard against regression.
    @Test func agreesWithACarefulReaderOnEveryThemeAndQuestion() throws {
        let (agreement, fixture) = try Self.agreement("crosslinks-all.json")
        print("cross-links, every theme and question: precision \(agreement.precision), recall \(agreement.recall)\n" + agreement.table(fixture.systemic.keys.sorted()))
        // Floors a little under the measured figures (precision 0.80, recall 0.20), well above
        // chance; the aim for recall (0.6) is not reached.
        #expect(agreement.precision >= 0.7)
        #expect(agreement.recall >= 0.15)
    }

    /// What a reviewer is offered — the draft's links and the suggestions down to
    /// ``CrossLinker/suggestionThreshold`` — against every theme and question: more of what a
    /// careful reader links, less precisely (measured: recall 0.33 at precision 0.44, where the
    /// draft gives 0.20 at 0.80). The aim of precision 0.8 at recall 0.3 is not reached.
    @Test func suggestionsOfferMoreOfWhatACarefulReaderLinks() throws {
        let (draft, _) = try Self.agreement("crosslinks-all.json")
        let (offered, _) = try Self.agreement("crosslinks-all.json", linker: { CrossLinker(setup: $0, threshold: CrossLinker.suggestionThreshold) })
        print("cross-links offered to a reviewer: precision \(offered.precision), recall \(offered.recall); the draft's: precision \(draft.precision), recall \(draft.recall)")
        #expect(offered.recall > draft.recall)
        #expect(offered.recall >= 0.3)
        #expect(offered.precision >= 0.4)
    }

    /// Case-to-theme links against what a careful reader accepts (`Fixtures/case-links.json`).
    /// The case links `linker` makes, and those the report's groups discussed as their case
    /// (`part-of` a group: shown with every theme of that group), against what a careful
    /// reader accepts (`Fixtures/case-links.json`).
    static func caseAgreement(_ linker: (ClusteringSetup) -> CrossLinker = { CrossLinker(setup: $0) }) throws -> (made: [String], wrong: [String], groupCases: [String], wrongGroupCases: [String]) {
        struct Cases: Decodable { var cases: [String: [String]] }
        let fixture = try JSONDecoder().decode(Cases.self, from: Data(contentsOf: Self.fixtures.appendingPathComponent("case-links.json")))
        let (snapshot, setup) = try Self.corpus()
        let (_, addresses) = linker(setup).links(in: snapshot)
        let nodes = Dictionary(snapshot.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func accepted(_ initiative: Node, _ target: Node) throws -> Bool {
            let accepted = try #require(fixture.cases[initiative.label], "\(initiative.label) is not in the fixture")
            // A sub-question counts with the question it belongs to, a question with its theme.
            let parents = snapshot.edges.filter { ($0.kind == .subQuestionOf && $0.source == target.id) || ($0.kind == .asks && $0.target == target.id) }
                .compactMap { nodes[$0.kind == .asks ? $0.source : $0.target] }
            return ([target] + parents).contains { node in accepted.contains { (node.text ?? "").hasPrefix($0) || node.label.hasPrefix($0) } }
        }
        var made: [String] = [], wrong: [String] = []
        for link in addresses {
            let initiative = try #require(nodes[link.source]), target = try #require(nodes[link.target])
            let shown = "\(initiative.label) → \(target.label) (\(link.sharedTerms.joined(separator: ", ")))"
            made.append(shown)
            if try !accepted(initiative, target) { wrong.append(shown) }
        }
        var groupCases: [String] = [], wrongGroupCases: [String] = []
        for edge in snapshot.edges where edge.kind == .partOf {
            guard let initiative = nodes[edge.source], initiative.kind == .initiative, nodes[edge.target]?.kind == .group else { continue }
            for theme in snapshot.edges.filter({ $0.kind == .partOf && $0.target == edge.target }).compactMap({ nodes[$0.source] }) where theme.kind == .theme {
                let shown = "\(initiative.label) → \(theme.label)"
                groupCases.append(shown)
                if try !accepted(initiative, theme) { wrongGroupCases.append(shown) }
            }
        }
        return (made, wrong, groupCases, wrongGroupCases)
    }

    @Test func linksCasesWhereACarefulReaderAgrees() throws {
        let result = try Self.caseAgreement()
        let precision = Double(result.made.count - result.wrong.count) / Double(max(1, result.made.count))
        print("case links: precision \(precision) (\(result.made.count - result.wrong.count) of \(result.made.count)): \(result.made); not accepted: \(result.wrong)")
        print("group cases: \(result.groupCases.count - result.wrongGroupCases.count) of \(result.groupCases.count) accepted; not accepted: \(result.wrongGroupCases)")
        #expect(!result.made.isEmpty)
        // One of the two links by text a careful reader accepts (the other joins a sub-question
        // on "duurzame inzetbaarheid"); every case a group discussed fits the group's themes.
        #expect(precision >= 0.5)
        #expect(!result.groupCases.isEmpty && result.wrongGroupCases.isEmpty)
    }
}
