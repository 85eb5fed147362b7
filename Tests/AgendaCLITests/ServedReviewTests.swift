import Foundation
import Testing
import TestSupport

/// A scripted reviewer on `agenda serve` with the bundled corpus: decisions made through the
/// HTTP API land in `agenda-review.yaml`, the served agenda shows them at once, undo takes the
/// last one back, and the next `agenda build` shows exactly those links, merges and case
/// attachments as *bevestigd*.
@Suite(.serialized) struct ServedReviewTests {
    static let framing = "En al deze vragen komen eigenlijk voort uit de hoofdvraag: waarom lukt het ons niet om werkzoekenden uit de doelgroep naar duurzaam (regulier) werk te begeleiden / krijgen?"

    /// The decisions, as a reviewer wrote them from the sources (see WorkspaceTests' fixture).
    static let decisions = [
        #"{"link":{"question":"Decent jobs","systemic":"ontwikkelgroep-waardevol-werken-2020:sq4","decision":"accept","note":"wat telt als fatsoenlijk werk is het referentiekader zelf"}}"#,
        #"{"link":{"question":"Mantelzorg","systemic":"ontwikkelgroep-waardevol-werken-2020:sq4","decision":"accept"}}"#,
        #"{"link":{"question":"Hoe laat je het systeem voor je werken? / Hoe creëer je de context om te blijven ontwikkelen?","systemic":"Exclusieve versus inclusieve arbeidsmarkt: maatschappelijk","decision":"reject"}}"#,
        #"{"question":{"question":"\#(matching)","decision":"samenvoegen","with":"Hoe herontwerpen we het proces van matching, gegeven veranderingen in vraag en aanbod van arbeid?"}}"#,
        #"{"question":{"question":"Hoe organiseer je een betere aansluiting tussen (initieel) onderwijs en de vraag van arbeidsmarkt op korte en middellange termijn?","decision":"samenvoegen","with":"\#(mismatch)"}}"#,
        #"{"question":{"question":"\#(mismatch)","decision":"voorop"}}"#,
        #"{"question":{"question":"\#(examples)","decision":"apart"}}"#,
        #"{"case":{"case":"Asito","decision":"koppelen","to":"\#(examples)"}}"#,
        #"{"case":{"case":"Ouderenzorg","decision":"loskoppelen","to":"Basisbanen"}}"#,
        #"{"question":{"question":"\#(framing)","decision":"geen-onderzoeksvraag"}}"#,
        #"{"case":{"case":"Ouderenzorg","decision":"samenvatting","summary":"In de ouderenzorg werken vooral vrouwen, vrijwel altijd in deeltijd."}}"#,
    ]
    static let matching = "Hoe matchen we werkgevers en werkzoekenden uit de doelgroep zodanig, dat een duurzame baan, dan wel duurzaam werk voor de werkzoekende kan worden gecreëerd?"
    static let mismatch = "Hoe gaan we om met de groeiende mismatch tussen banen van de toekomst en de kennis en vaardigheden van huidige werkenden?"
    static let examples = "Hoe faciliteren en motiveren we werkgevers om te leren van succesvolle voorbeelden mbt inclusieve organisatie van werk?"

    /// Whether the page's agenda lists the framing sentence as an indicative question (it is
    /// none, by its text and by the reviewer's decision).
    static func listsAsIndicativeQuestion(_ page: String) -> Bool {
        var rest = page[...]
        while let found = rest.range(of: #"<li data-subject="question""#) {
            let after = rest[found.upperBound...]
            let tag = after.prefix { $0 != ">" }
            if tag.contains(#"data-text="En al deze vragen komen eigenlijk voort uit de hoofdvraag"#),
                let list = after.range(of: "<ul>"), let end = after.range(of: "</li>"), list.lowerBound < end.lowerBound { return true }
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
        let summed = "In de ouderenzorg werken vooral vrouwen, vrijwel altijd in deeltijd."
        #expect(page.contains(summed))
        // Undo takes the last decision back, and the page no longer shows it.
        var answer = try server.post("api/undo", #"{"reviewRevision":"\#(reviewRevision)"}"#)
        #expect(answer.status == 200, "\(answer.body)")
        #expect(!(try String(contentsOf: file, encoding: .utf8)).contains("decision: samenvatting"))
        page = try server.get("").body
        #expect(!page.contains(summed) && !Self.listsAsIndicativeQuestion(page))
        reviewRevision = try #require(server.get("api/report").json?["reviewRevision"] as? String)
        answer = try server.post("api/review", #"{"decision":\#(Self.decisions[Self.decisions.count - 1]),"reviewRevision":"\#(reviewRevision)"}"#)
        #expect(answer.status == 200, "\(answer.body)")
        // What the served agenda shows after the decisions (drafted again from the indexes
        // made when the server started) is what a build with them shows.
        let served = try #require(server.get("api/report").json?["agenda"] as? String)
        #expect(server.stop() == 0)

        // The next build honours exactly those decisions.
        #expect(try server.agenda.run("build", "corpus").status == 0)
        let agenda = try String(contentsOf: server.agenda.file("out/agenda.md"), encoding: .utf8)
        let report = try String(contentsOf: server.agenda.file("out/index.html"), encoding: .utf8)
        let built = try #require(report.components(separatedBy: "<div class=\"agenda\">\n").dropFirst().first?.components(separatedBy: "</div>\n</section>").first)
        #expect(built == served)
        let confirmed = agenda.split(separator: "\n").filter { ($0.contains("(bevestigd") || $0.contains("; bevestigd")) && !$0.hasPrefix("- Asito") && !$0.contains("Geen onderzoeksvraag (bevestigd)") }
        #expect(confirmed.count == 4, "\(confirmed)")
        // The merges, the lead and the split: each question as decided, marked bevestigd.
        let lines = agenda.split(separator: "\n", omittingEmptySubsequences: false)
        func ranked(_ text: String) -> [(line: Substring, children: [Substring])] {
            lines.indices.filter { lines[$0].first?.isNumber == true && lines[$0].contains(". " + text) && lines[$0].contains(" — *") }
                .map { (lines[$0], Array(lines[($0 + 1)...].prefix { $0.hasPrefix("    - ") })) }
        }
        let mismatch = ranked(Self.mismatch)
        #expect(!mismatch.isEmpty && mismatch.allSatisfy { $0.line.hasSuffix("— *bevestigd*") && $0.children.contains { $0.contains("Ook gesteld als: Hoe organiseer je een betere aansluiting") } })
        let matching = ranked("Hoe matchen we werkgevers") + ranked("Hoe herontwerpen we het proces van matching")
        #expect(matching.count == 1 && matching.allSatisfy { $0.line.hasSuffix("— *bevestigd*") && $0.children.contains { $0.contains("Ook gesteld als: ") } })
        #expect(ranked(Self.examples).count == 1 && !agenda.contains("Ook gesteld als: " + Self.examples))
        // The cases: attached and marked, detached, summed up.
        let sections = agenda.components(separatedBy: "\n### ")
        #expect(sections.contains { $0.contains("\n- Asito (bevestigd)") })
        #expect(sections.first { $0.hasPrefix("Basisbanen\n") }.map { !$0.contains("Ouderenzorg") } == true)
        #expect(agenda.contains("| Ouderenzorg | bpa-werkateliers-2018 | In de ouderenzorg werken vooral vrouwen, vrijwel altijd in deeltijd."))
        #expect(confirmed.contains { $0.hasPrefix("- Decent jobs — ") } && confirmed.contains { $0.hasPrefix("- Mantelzorg — ") })
        #expect(confirmed.filter { $0.hasPrefix("- Ons eigen referentiekader") }.count == 2)
        #expect(!agenda.split(separator: "\n").contains { $0.first?.isNumber == true && $0.contains("hoofdvraag: waarom lukt het ons niet") })
        let question = try #require(lines.firstIndex { $0.contains(". Hoe laat je het systeem voor je werken?") })
        #expect(!lines[(question + 1)...].prefix { $0.hasPrefix("    - ") }.contains { $0.contains("Exclusieve versus inclusieve arbeidsmarkt: maatschappelijk") })
    }

    /// Helpers the test puts in the page: the agenda's items as a person sees them.
    static let helpers = """
        window.t = {
          box: function () { return document.querySelector("#view-agenda .agenda"); },
          all: function (selector) { return Array.prototype.slice.call(t.box().querySelectorAll(selector)); },
          ranked: function () { return t.all("li[data-subject='question']"); },
          subItems: function (item) { return Array.prototype.slice.call(item.querySelectorAll(":scope > ul > li")); },
          own: function (item) { return item.firstChild ? Array.prototype.filter.call(item.childNodes, function (node) { return node.nodeName !== "UL" && !(node.classList && node.classList.contains("review")); }).map(function (node) { return node.textContent; }).join("") : ""; },
          choose: function (select, value) { select.value = value; select.dispatchEvent(new Event("change", { bubbles: true })); },
          done: function (revision) { return document.documentElement.getAttribute("data-review-revision") !== revision && document.getElementById("live-status").textContent === "Bijgewerkt."; }
        };
        document.getElementById("tab-agenda").click();
        window.prompt = function () { return window.answer; };
        true
        """

    /// Runs `script` (which returns a JSON text of what it chose) in the page, waits until the
    /// page shows the decision it made, and returns what it chose.
    static func decide(_ browser: Chromium.Session, _ script: String) throws -> [String: Any] {
        let revision = try #require(try browser.evaluate("document.documentElement.getAttribute('data-review-revision')") as? String)
        let chosen = try #require(try browser.evaluate("(function () { \(script) })()") as? String, "the page has nothing to decide on for: \(script)")
        #expect(try browser.wait(until: "t.done('\(revision)')"), "the page did not show the decision: \(chosen)")
        return try #require(try JSONSerialization.jsonObject(with: Data(chosen.utf8)) as? [String: Any])
    }

    static func check(_ browser: Chromium.Session, _ expression: String) throws -> Bool {
        try browser.evaluate("(function () { \(expression) })()") as? Bool == true
    }

    @Test(.timeLimit(.minutes(15))) func makesOneDecisionOfEachKindByClickingInThePage() throws {
        let server = try ServedCorpus(bundled: true)
        let browser = try Chromium.Session(url: server.address)
        #expect(try browser.wait(until: #"document.documentElement.getAttribute("data-report-ready") === "true" && !!document.querySelector("li[data-subject='link'] button.accept")"#))
        _ = try browser.evaluate(Self.helpers)

        // A link confirmed: the item says bevestigd.
        var chosen = try Self.decide(browser, """
            var item = t.ranked().filter(function (q) { return t.subItems(q).some(function (s) { return s.getAttribute("data-subject") === "link"; }); })[0];
            var link = t.subItems(item).filter(function (s) { return s.getAttribute("data-subject") === "link"; })[0];
            link.querySelector("button.accept").click();
            return JSON.stringify({ question: item.getAttribute("data-text"), systemic: link.getAttribute("data-systemic") });
            """)
        let linkOf = { (question: String, systemic: String) in
            #"t.ranked().filter(function (q) { return q.getAttribute("data-text") === \#(Self.js(question)); }).map(function (q) { return t.subItems(q).filter(function (s) { return s.getAttribute("data-systemic") === \#(Self.js(systemic)); })[0]; }).filter(Boolean)[0]"#
        }
        var question = try #require(chosen["question"] as? String), systemic = try #require(chosen["systemic"] as? String)
        #expect(try Self.check(browser, "var link = \(linkOf(question, systemic)); return !!link && t.own(link).indexOf('(bevestigd') >= 0;"))

        // A suggested link rejected: it is gone from its question.
        chosen = try Self.decide(browser, """
            var links = t.all("li[data-subject='link']").filter(function (s) { return t.own(s).indexOf("(voorstel") >= 0 && s.closest("li[data-subject='question']"); });
            var link = links[0], item = link.closest("li[data-subject='question']");
            link.querySelector("button.reject").click();
            return JSON.stringify({ question: item.getAttribute("data-text"), systemic: link.getAttribute("data-systemic") });
            """)
        question = try #require(chosen["question"] as? String)
        systemic = try #require(chosen["systemic"] as? String)
        #expect(try Self.check(browser, "return !\(linkOf(question, systemic));"))

        // A link added, with a note: the question shows it confirmed with the note.
        _ = try browser.evaluate("window.answer = 'de vraag raakt aan deze systeemvraag'")
        chosen = try Self.decide(browser, """
            var item = t.ranked().filter(function (q) { return !t.subItems(q).some(function (s) { return s.getAttribute("data-subject") === "link"; }); })[0];
            var select = item.querySelector("select.add-link");
            t.choose(select, select.options[1].value);
            return JSON.stringify({ question: item.getAttribute("data-text"), systemic: select.options[1].value });
            """)
        question = try #require(chosen["question"] as? String)
        systemic = try #require(chosen["systemic"] as? String)
        #expect(try Self.check(browser, "var link = \(linkOf(question, systemic)); return !!link && t.own(link).indexOf('(bevestigd: de vraag raakt aan deze systeemvraag') >= 0;"))

        // A suggestion beyond the draft's links confirmed: the question shows the link, bevestigd.
        chosen = try Self.decide(browser, """
            var item = t.all("li.suggestion").filter(function (s) { return s.closest("li[data-subject='question']"); })[0];
            var question = item.closest("li[data-subject='question']");
            if (t.own(item).indexOf("Suggestie: ") !== 0) return null;
            item.querySelector("button.accept").click();
            return JSON.stringify({ question: question.getAttribute("data-text"), systemic: item.getAttribute("data-systemic") });
            """)
        question = try #require(chosen["question"] as? String)
        systemic = try #require(chosen["systemic"] as? String)
        #expect(try Self.check(browser, "var link = \(linkOf(question, systemic)); return !!link && t.own(link).indexOf('(bevestigd') >= 0;"))
        #expect(try Self.check(browser, "return !t.all('li.suggestion').some(function (s) { return s.getAttribute('data-systemic') === \(Self.js(systemic)) && s.closest('li[data-subject=\"question\"]') && s.closest('li[data-subject=\"question\"]').getAttribute('data-text') === \(Self.js(question)); });"))

        // A text marked as no research question: no longer in the rankings.
        chosen = try Self.decide(browser, """
            var item = t.ranked().filter(function (q) { return !t.subItems(q).some(function (s) { return s.getAttribute("data-subject") === "formulation"; }); }).slice(-1)[0];
            t.choose(item.querySelector("select.question-review"), "*");
            return JSON.stringify({ question: item.getAttribute("data-text") });
            """)
        let none = try #require(chosen["question"] as? String)
        #expect(try Self.check(browser, "return !t.ranked().some(function (q) { return q.getAttribute('data-text') === \(Self.js(none)); });"))

        // Two questions merged: one ranked question with the other as a formulation, bevestigd.
        chosen = try Self.decide(browser, """
            var singles = t.ranked().filter(function (q) { return !t.subItems(q).some(function (s) { return s.getAttribute("data-subject") === "formulation"; }); });
            var a = singles[0].getAttribute("data-text"), b = singles[1].getAttribute("data-text");
            t.choose(singles[0].querySelector("select.question-review"), b);
            return JSON.stringify({ a: a, b: b });
            """)
        let (a, b) = (try #require(chosen["a"] as? String), try #require(chosen["b"] as? String))
        let merged = { (lead: String, other: String) in
            "t.ranked().some(function (q) { return q.getAttribute('data-text') === \(Self.js(lead)) && t.own(q).indexOf('bevestigd') >= 0 && t.subItems(q).some(function (s) { return s.getAttribute('data-subject') === 'formulation' && s.getAttribute('data-text') === \(Self.js(other)); }); })"
        }
        #expect(try Self.check(browser, "return \(merged(a, b)) || \(merged(b, a));"))

        // The other formulation of that pair put first: it leads.
        chosen = try Self.decide(browser, """
            var item = t.all("li[data-subject='formulation']").filter(function (s) { return [\(Self.js(a)), \(Self.js(b))].indexOf(s.getAttribute("data-text")) >= 0; })[0];
            item.querySelector("button.lead").click();
            return JSON.stringify({ lead: item.getAttribute("data-text") });
            """)
        let lead = try #require(chosen["lead"] as? String)
        #expect(try Self.check(browser, "return \(merged(lead, lead == a ? b : a));"))

        // A formulation split out of another question: a ranked question of its own.
        chosen = try Self.decide(browser, """
            var item = t.all("li[data-subject='formulation']").filter(function (s) { return [\(Self.js(a)), \(Self.js(b))].indexOf(s.getAttribute("data-text")) < 0; })[0];
            item.querySelector("button.split").click();
            return JSON.stringify({ split: item.getAttribute("data-text") });
            """)
        let split = try #require(chosen["split"] as? String)
        #expect(try Self.check(browser, "return t.ranked().some(function (q) { return q.getAttribute('data-text') === \(Self.js(split)) && t.own(q).indexOf('bevestigd') >= 0; }) && !t.all(\"li[data-subject='formulation']\").some(function (s) { return s.getAttribute('data-text') === \(Self.js(split)); });"))

        // A case attached to a theme: the theme lists it, bevestigd.
        chosen = try Self.decide(browser, """
            var heading = t.all("[data-subject='theme']").filter(function (h) { return !t.all("li[data-subject='case']").some(function (c) { return c.getAttribute("data-theme") === h.getAttribute("data-text"); }); })[0];
            var select = heading.nextSibling.querySelector("select.attach-case");
            t.choose(select, select.options[1].value);
            return JSON.stringify({ theme: heading.getAttribute("data-text"), initiative: select.options[1].value });
            """)
        let theme = try #require(chosen["theme"] as? String), initiative = try #require(chosen["initiative"] as? String)
        let caseItem = { (initiative: String, theme: String) in
            "t.all(\"li[data-subject='case']\").filter(function (c) { return c.getAttribute('data-case') === \(Self.js(initiative)) && c.getAttribute('data-theme') === \(Self.js(theme)); })[0]"
        }
        #expect(try Self.check(browser, "var item = \(caseItem(initiative, theme)); return !!item && t.own(item).indexOf('(bevestigd)') >= 0;"))

        // A suggested case detached from its theme: gone from that theme.
        chosen = try Self.decide(browser, """
            var item = t.all("li[data-subject='case']").filter(function (c) { return t.own(c).indexOf("(bevestigd)") < 0; })[0];
            item.querySelector("button.detach").click();
            return JSON.stringify({ theme: item.getAttribute("data-theme"), initiative: item.getAttribute("data-case") });
            """)
        let detachedFrom = try #require(chosen["theme"] as? String), detached = try #require(chosen["initiative"] as? String)
        #expect(try Self.check(browser, "return !\(caseItem(detached, detachedFrom));"))

        // A case's summary in the reviewer's words: the register says it.
        _ = try browser.evaluate("window.answer = 'Een samenvatting in eigen woorden.'")
        chosen = try Self.decide(browser, """
            var item = t.all("li[data-subject='case']")[0];
            item.querySelector("button.summary").click();
            return JSON.stringify({ initiative: item.getAttribute("data-case") });
            """)
        #expect(try Self.check(browser, "return Array.prototype.some.call(t.box().querySelectorAll('td'), function (cell) { return cell.textContent.indexOf('Een samenvatting in eigen woorden.') >= 0; });"))
        #expect(try browser.evaluate("document.documentElement.hasAttribute('data-script-errors')") as? Bool == false)
        #expect(server.stop() == 0)

        // Every decision is in the review file, one of each kind.
        let review = try String(contentsOf: server.agenda.file("corpus/agenda-review.yaml"), encoding: .utf8)
        for kind in ["decision: accept", "decision: reject", "note: de vraag raakt aan deze systeemvraag", "decision: geen-onderzoeksvraag", "decision: samenvoegen", "decision: voorop", "decision: apart", "decision: koppelen", "decision: loskoppelen", "decision: samenvatting"] {
            #expect(review.contains(kind), "\(kind) is not in the review file:\n\(review)")
        }
    }

    /// `text` as a JavaScript string literal.
    static func js(_ text: String) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: [text])) ?? Data("[\"\"]".utf8), as: UTF8.self).dropFirst().dropLast().description
    }
}
