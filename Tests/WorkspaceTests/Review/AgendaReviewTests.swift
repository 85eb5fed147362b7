import Foundation
import Graph
import Linking
import Store
import TestSupport
import Testing
import Workspace

/// The review of the draft agenda, kept in the corpus's `agenda-review.yaml` and honoured by
/// every run: on the bundled corpus, with a reviewer's decisions written from the sources.
@Suite(.serialized) struct AgendaReviewTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/agenda-review.yaml").standardized

    /// The bundled corpus copied with the fixture's review beside it, built as `agenda build` builds.
    static func built(_ folder: TemporaryFolder, reporter: RecordingReporter) throws -> (workspace: Workspace, agenda: String) {
        let corpus = folder.url.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: BundledCorpus.folder, to: corpus)
        try FileManager.default.copyItem(at: fixture, to: corpus.appendingPathComponent("agenda-review.yaml"))
        let workspace = Workspace(corpus: corpus, store: try SQLiteStore(), reporter: reporter)
        let summary = try workspace.build(output: folder.url.appendingPathComponent("out"))
        return (workspace, try String(contentsOf: summary.agendaFile, encoding: .utf8))
    }

    /// One build with the review, shared by the tests that only read it.
    static let shared: Result<(workspace: Workspace, agenda: String, warnings: [String], folder: TemporaryFolder), any Error> = Result {
        let folder = try TemporaryFolder()
        let reporter = RecordingReporter()
        let (workspace, agenda) = try built(folder, reporter: reporter)
        return (workspace, agenda, reporter.warnings, folder)
    }

    static let framing = "En al deze vragen komen eigenlijk voort uit de hoofdvraag"

    /// The lines of `agenda` that name a link a person confirmed: "(bevestigd…" after a
    /// systemic question, "; bevestigd" after a question connected to one.
    static func confirmed(_ agenda: String) -> [Substring] {
        agenda.split(separator: "\n").filter { $0.contains("(bevestigd") || $0.contains("; bevestigd") }
    }

    @Test func showsExactlyTheDecidedLinksConfirmedAndDropsTheRejectedAndTheFraming() throws {
        let (_, agenda, warnings, _) = try Self.shared.get()
        let confirmed = Self.confirmed(agenda)
        // Decent jobs and Mantelzorg each in their theme's section; the basic job under its
        // question (in the ranking and in its theme) and under the systemic question.
        #expect(confirmed.contains { $0.hasPrefix("- Ons eigen referentiekader") && $0.contains("(bevestigd: wat telt als fatsoenlijk werk is het referentiekader zelf") })
        #expect(confirmed.contains { $0.contains("(bevestigd: onbetaald werk buiten ons beeld van werk") })
        #expect(confirmed.contains { $0.contains("Systeemvraag: Wettelijke en financiële mogelijkheden") && $0.contains("(bevestigd") })
        #expect(confirmed.contains { $0.hasPrefix("- Uitwerking van concept basisbaan") && $0.contains("; bevestigd") })
        // Under the systemic question, the themes and the question that a person connected to it.
        #expect(confirmed.contains { $0.hasPrefix("- Decent jobs — ") } && confirmed.contains { $0.hasPrefix("- Mantelzorg — ") })
        // Every confirmed line is one of those three links.
        for line in confirmed {
            let decided = ["referentiekader", "onbetaald werk", "basisbaan", "Wettelijke en financiële mogelijkheden", "- Decent jobs — ", "- Mantelzorg — ", "Asito (bevestigd)", "Geen onderzoeksvraag (bevestigd): En al deze vragen"]
            #expect(decided.contains { line.contains($0) }, "\(line)")
        }
        // Every other link is the toolkit's suggestion, and says so.
        let links = agenda.split(separator: "\n").filter { $0.contains("Systeemvraag: ") }
        #expect(links.count > 10)
        #expect(links.allSatisfy { $0.contains("(bevestigd") || $0.contains("(voorstel") })

        // The rejected link is gone from the question it was on.
        let lines = agenda.split(separator: "\n", omittingEmptySubsequences: false)
        let question = try #require(lines.firstIndex { $0.contains(". Hoe laat je het systeem voor je werken?") })
        let subItems = lines[(question + 1)...].prefix { $0.hasPrefix("    - ") }
        #expect(!subItems.contains { $0.contains("Exclusieve versus inclusieve arbeidsmarkt: maatschappelijk") })

        // The framing sentence is no indicative question.
        #expect(!lines.contains { $0.first?.isNumber == true && $0.contains(Self.framing) })

        // The stale decision is one warning line naming the file.
        let stale = warnings.filter { $0.contains("Hoe betalen we de vrijwilligers van morgen?") }
        #expect(stale.count == 1)
        #expect(stale.first?.contains("agenda-review.yaml") == true)
    }

    /// The indicative questions of `agenda`'s speerpunt rankings that lead with `text`: each
    /// numbered line with the sub-items under it (the overview's lines cite no source).
    static func indicative(_ agenda: String, leadingWith text: String) -> [(line: Substring, children: [Substring])] {
        let lines = agenda.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.indices.filter { lines[$0].first?.isNumber == true && lines[$0].contains(". " + text) }.map { start in
            (lines[start], Array(lines[(start + 1)...].prefix { $0.hasPrefix("    - ") }))
        }.filter { $0.line.contains(" — *") }
    }

    /// The indicative questions whose make-up a person decided, each as the set of its
    /// formulations (which one leads may change with the texts unless a person chose).
    static func decidedQuestions(_ agenda: String) -> Set<Set<String>> {
        let lines = agenda.split(separator: "\n", omittingEmptySubsequences: false)
        func text(_ line: Substring) -> String { String(line.components(separatedBy: " — *").first ?? "") }
        return Set(lines.indices.filter { lines[$0].first?.isNumber == true && lines[$0].hasSuffix("— *bevestigd*") }.map { start in
            let lead = text(lines[start].drop { $0 != " " }.dropFirst())
            let others = lines[(start + 1)...].prefix { $0.hasPrefix("    - ") }.filter { $0.hasPrefix("    - Ook gesteld als: ") }.map { text($0.dropFirst("    - Ook gesteld als: ".count)) }
            return Set([lead] + others)
        })
    }

    @Test func mergesSplitsLeadsAndPlacesCasesAsDecided() throws {
        let (_, agenda, warnings, _) = try Self.shared.get()
        #expect(warnings.count == 1, "\(warnings)")
        // Two merges: the matching questions of two groups, the mismatch and the fit between
        // education and work; the mismatch leads, as decided. Each is marked bevestigd.
        let matching = Self.indicative(agenda, leadingWith: "Hoe matchen we werkgevers en werkzoekenden")
            + Self.indicative(agenda, leadingWith: "Hoe herontwerpen we het proces van matching")
        #expect(matching.count == 1)
        #expect(matching.allSatisfy { $0.line.hasSuffix("— *bevestigd*") && $0.children.contains { $0.contains("Ook gesteld als: Hoe") && $0.contains("matching") || $0.contains("Ook gesteld als: Hoe matchen") } })
        let mismatch = Self.indicative(agenda, leadingWith: "Hoe gaan we om met de groeiende mismatch")
        #expect(mismatch.count == 2, "listed under both speerpunten")
        #expect(mismatch.allSatisfy { $0.line.hasSuffix("— *bevestigd*") && $0.children.contains { $0.contains("Ook gesteld als: Hoe organiseer je een betere aansluiting") } })
        #expect(Self.indicative(agenda, leadingWith: "Hoe organiseer je een betere aansluiting").isEmpty)
        // Split out: its own indicative question, no longer another's formulation.
        let split = Self.indicative(agenda, leadingWith: "Hoe faciliteren en motiveren we werkgevers om te leren")
        #expect(split.count == 1 && split.allSatisfy { $0.line.hasSuffix("— *bevestigd*") })
        #expect(!agenda.contains("Ook gesteld als: Hoe faciliteren en motiveren we werkgevers"))
        // Cases: Asito attached and marked; care for the elderly no longer under basic jobs, and
        // summed up in the reviewer's words.
        let sections = agenda.components(separatedBy: "\n### ")
        #expect(sections.contains { $0.contains("\n- Asito (bevestigd)") })
        let basisbanen = try #require(sections.first { $0.hasPrefix("Basisbanen\n") })
        #expect(!basisbanen.contains("Ouderenzorg"))
        #expect(sections.contains { $0.hasPrefix("Decent jobs\n") && $0.contains("Ouderenzorg (casus van de groep)") })
        let register = try #require(agenda.split(separator: "\n").first { $0.hasPrefix("| Ouderenzorg | bpa-werkateliers-2018 |") })
        #expect(register.contains("In de ouderenzorg werken vooral vrouwen, vrijwel altijd in deeltijd."))
    }

    @Test func survivesReadingTheDocumentsAgain() throws {
        let folder = try TemporaryFolder()
        let (workspace, before) = try Self.built(folder, reporter: RecordingReporter())
        // The report changes (a line added): it is read again, its nodes made anew.
        let report = workspace.corpusFolder.appendingPathComponent("bpa-werkateliers-2018.txt")
        try (String(contentsOf: report, encoding: .utf8) + "\nEen regel die later is toegevoegd.\n").write(to: report, atomically: true, encoding: .utf8)
        let summary = try workspace.build(output: folder.url.appendingPathComponent("again"))
        #expect(summary.ingested.contains { $0.outcome == .replaced })
        let after = try String(contentsOf: summary.agendaFile, encoding: .utf8)
        #expect(Self.confirmed(after) == Self.confirmed(before))
        #expect(Self.decidedQuestions(before).count == 3)
        #expect(Self.decidedQuestions(after) == Self.decidedQuestions(before))
        #expect(!after.contains("1. \(Self.framing)"))
    }

    @Test func marksTheGraphExportsToo() throws {
        let (workspace, _, _, folder) = try Self.shared.get()
        let graph = try workspace.reviewedGraph()
        let framing = try #require(graph.nodes.first { $0.kind == .question && ($0.text ?? "").hasPrefix(Self.framing) })
        #expect(framing.properties[.review] == ReviewMark.notAQuestion.rawValue)
        let confirmed = graph.edges.filter { $0.properties[.review] == ReviewMark.confirmed.rawValue }
        #expect(confirmed.count >= 3)
        let graphml = try String(contentsOf: folder.url.appendingPathComponent("out/graph.graphml"), encoding: .utf8)
        #expect(graphml.contains(">bevestigd<") && graphml.contains(">geen onderzoeksvraag<"))
    }
}
