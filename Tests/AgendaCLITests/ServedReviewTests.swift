import Foundation
import Testing
import TestSupport

/// A scripted reviewer on `agenda serve` with the bundled corpus: decisions made through the
/// HTTP API land in `agenda-review.yaml`, the served agenda shows them at once, undo takes the
/// last one back, and the next `agenda build` shows exactly those links as *bevestigd*.
@Suite(.serialized) struct ServedReviewTests {
    static let framing = "En al deze vragen komen eigenlijk voort uit de hoofdvraag: waarom lukt het ons niet om werkzoekenden uit de doelgroep naar duurzaam (regulier) werk te begeleiden / krijgen?"

    /// The decisions, as a reviewer wrote them from the sources (see WorkspaceTests' fixture).
    static let decisions = [
        #"{"link":{"question":"Decent jobs","systemic":"ontwikkelgroep-waardevol-werken-2020:sq4","decision":"accept","note":"wat telt als fatsoenlijk werk is het referentiekader zelf"}}"#,
        #"{"link":{"question":"Mantelzorg","systemic":"ontwikkelgroep-waardevol-werken-2020:sq4","decision":"accept"}}"#,
        #"{"link":{"question":"Hoe laat je het systeem voor je werken? / Hoe creëer je de context om te blijven ontwikkelen?","systemic":"Exclusieve versus inclusieve arbeidsmarkt: maatschappelijk","decision":"reject"}}"#,
        #"{"question":{"question":"\#(framing)","decision":"geen-onderzoeksvraag"}}"#,
    ]

    /// Whether the page's agenda lists the framing sentence as an indicative question: an item
    /// with sub-items (its support), not only as a theme's formulation.
    static func listsAsIndicativeQuestion(_ page: String) -> Bool {
        var rest = page[...]
        while let found = rest.range(of: "<li>En al deze vragen komen eigenlijk voort uit de hoofdvraag") {
            let after = rest[found.upperBound...]
            if let list = after.range(of: "<ul>"), let end = after.range(of: "</li>"), list.lowerBound < end.lowerBound { return true }
            rest = after
        }
        return false
    }

    @Test(.timeLimit(.minutes(15))) func appliesEachDecisionAndTheNextBuildShowsExactlyThose() throws {
        let server = try ServedCorpus(bundled: true)
        var reviewRevision = try #require(server.get("api/report").json?["reviewRevision"] as? String)
        for decision in Self.decisions {
            let answer = try server.post("api/review", #"{"decision":\#(decision),"reviewRevision":"\#(reviewRevision)"}"#)
            #expect(answer.status == 200, "\(answer.body)")
            reviewRevision = try #require(answer.json?["revision"] as? String)
        }
        // A decision made against an older view is refused with the current revision.
        let late = try server.post("api/review", #"{"decision":\#(Self.decisions[1]),"reviewRevision":"0000"}"#)
        #expect(late.status == 409 && late.json?["revision"] as? String == reviewRevision)
        // A decision on a text no document has is refused with a sentence; the file stays.
        let file = server.agenda.file("corpus/agenda-review.yaml")
        let before = try String(contentsOf: file, encoding: .utf8)
        let unknown = try server.post("api/review", #"{"decision":{"question":{"question":"Bestaat deze vraag?","decision":"geen-onderzoeksvraag"}},"reviewRevision":"\#(reviewRevision)"}"#)
        #expect(unknown.status == 422 && (unknown.json?["error"] as? String ?? "").contains("matches nothing"), "\(unknown.body)")
        #expect(try String(contentsOf: file, encoding: .utf8) == before)
        #expect(before.contains("decision: accept") && before.contains("decision: reject") && before.contains("decision: geen-onderzoeksvraag"))

        // The served page shows the decisions at once.
        var page = try server.get("").body
        #expect(page.contains("(bevestigd: wat telt als fatsoenlijk werk is het referentiekader zelf"))
        #expect(!Self.listsAsIndicativeQuestion(page))
        // Undo takes the last decision back, and the page shows it again as a question.
        var answer = try server.post("api/undo", #"{"reviewRevision":"\#(reviewRevision)"}"#)
        #expect(answer.status == 200, "\(answer.body)")
        #expect(!(try String(contentsOf: file, encoding: .utf8)).contains("geen-onderzoeksvraag"))
        page = try server.get("").body
        #expect(Self.listsAsIndicativeQuestion(page))
        reviewRevision = try #require(server.get("api/report").json?["reviewRevision"] as? String)
        answer = try server.post("api/review", #"{"decision":\#(Self.decisions[3]),"reviewRevision":"\#(reviewRevision)"}"#)
        #expect(answer.status == 200, "\(answer.body)")
        #expect(server.stop() == 0)

        // The next build honours exactly those decisions.
        #expect(try server.agenda.run("build", "corpus").status == 0)
        let agenda = try String(contentsOf: server.agenda.file("out/agenda.md"), encoding: .utf8)
        let confirmed = agenda.split(separator: "\n").filter { $0.contains("(bevestigd") || $0.contains("; bevestigd") }
        #expect(confirmed.count == 4, "\(confirmed)")
        #expect(confirmed.contains { $0.hasPrefix("- Decent jobs — ") } && confirmed.contains { $0.hasPrefix("- Mantelzorg — ") })
        #expect(confirmed.filter { $0.hasPrefix("- Ons eigen referentiekader") }.count == 2)
        #expect(!agenda.split(separator: "\n").contains { $0.first?.isNumber == true && $0.contains("hoofdvraag: waarom lukt het ons niet") })
        let lines = agenda.split(separator: "\n", omittingEmptySubsequences: false)
        let question = try #require(lines.firstIndex { $0.contains(". Hoe laat je het systeem voor je werken?") })
        #expect(!lines[(question + 1)...].prefix { $0.hasPrefix("    - ") }.contains { $0.contains("Exclusieve versus inclusieve arbeidsmarkt: maatschappelijk") })
    }
}
