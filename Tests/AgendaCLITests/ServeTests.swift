import Dispatch
import TestSupport
import Foundation
import Testing

/// `agenda serve` over real HTTP on a free loopback port: corrections stick, concurrent ones are
/// all kept, and hostile requests get a 4xx and a sentence while the corrections file stays.
@Suite(.serialized) struct ServeTests {
    /// The notes of group `group` by cluster label, from the report's data.
    static func clusters(_ data: [String: Any], group: Int) -> [(label: String, notes: [String])] {
        let notes = (data["notes"] as? [[String: Any]] ?? []).map { $0["id"] as? String ?? "" }
        let groups = data["groups"] as? [[String: Any]] ?? []
        return (groups[group]["clusters"] as? [[String: Any]] ?? []).map { cluster in
            (cluster["label"] as? String ?? "", (cluster["notes"] as? [Int] ?? []).map { notes[$0] })
        }
    }

    static func text(of id: String, in data: [String: Any]) -> String {
        (data["notes"] as? [[String: Any]] ?? []).first { $0["id"] as? String == id }?["text"] as? String ?? ""
    }

    @Test(.timeLimit(.minutes(10))) func appliesEveryCorrectionAndTheNextBuildHonoursIt() throws {
        let server = try ServedCorpus()
        var (revision, data) = try server.report()
        let first = Self.clusters(data, group: 0), second = Self.clusters(data, group: 1)
        try #require(first.count >= 2 && second.count >= 2)
        let moved = first[0].notes[0], target = first[1].label

        var answer = try server.post("api/corrections", #"{"correction":{"pin":{"note":"\#(moved)","cluster":"\#(target)"}},"revision":"\#(revision)"}"#)
        #expect(answer.status == 200, "\(answer.body)")
        revision = answer.json?["revision"] as? String ?? ""
        answer = try server.post("api/corrections", #"{"correction":{"rename":{"cluster":"\#(second[0].label)","name":"Eigen naam"}},"revision":"\#(revision)"}"#)
        #expect(answer.status == 200, "\(answer.body)")
        revision = answer.json?["revision"] as? String ?? ""
        (_, data) = try server.report()
        let renamed = Self.clusters(data, group: 1)
        #expect(renamed.contains { $0.label == "Eigen naam" })
        let merging = renamed.filter { $0.label != "Eigen naam" }.prefix(2).map(\.label)
        if merging.count == 2 {
            answer = try server.post("api/corrections", #"{"correction":{"merge":{"clusters":["\#(merging[0])","\#(merging[1])"]}},"revision":"\#(revision)"}"#)
            #expect(answer.status == 200, "\(answer.body)")
            revision = answer.json?["revision"] as? String ?? ""
        }
        let together = renamed[0].notes.prefix(2)
        answer = try server.post("api/corrections", #"{"correction":{"apart":{"notes":["\#(together.first ?? "")","\#(together.last ?? "")"]}},"revision":"\#(revision)"}"#)
        #expect(answer.status == 200, "\(answer.body)")
        revision = answer.json?["revision"] as? String ?? ""
        var yaml = try String(contentsOf: server.agenda.file("corpus/clusters.yaml"), encoding: .utf8)
        #expect(yaml.contains("note: \(Self.text(of: moved, in: data))") && yaml.contains("cluster: \(target)"))
        #expect(yaml.contains("Eigen naam") && yaml.contains("apart:\n- - "))
        // Undo takes the last one (keeping apart) back.
        answer = try server.post("api/undo", #"{"revision":"\#(revision)"}"#)
        #expect(answer.status == 200, "\(answer.body)")
        yaml = try String(contentsOf: server.agenda.file("corpus/clusters.yaml"), encoding: .utf8)
        #expect(yaml.contains("apart: []") && yaml.contains("Eigen naam"))
        let (_, served) = try server.report()
        #expect(server.stop() == 0)

        // A build afterwards gives the clusters the server showed.
        #expect(try server.agenda.run("build", "corpus").status == 0)
        let page = try String(contentsOf: server.agenda.file("out/index.html"), encoding: .utf8)
        let start = try #require(page.range(of: #"<script id="report-data" type="application/json">"#)), end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let built = try #require(try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        for group in 0..<2 {
            #expect(Self.clusters(built, group: group).map(\.label) == Self.clusters(served, group: group).map(\.label))
            #expect(Self.clusters(built, group: group).map { Set($0.notes) } == Self.clusters(served, group: group).map { Set($0.notes) })
        }
        #expect(Self.clusters(built, group: 0).first { $0.notes.contains(moved) }?.label == target)
    }

    @Test(.timeLimit(.minutes(10))) func keepsEveryOneOfFiftyConcurrentCorrections() throws {
        let server = try ServedCorpus()
        let (_, data) = try server.report()
        let notes = (data["notes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        try #require(notes.count >= 50)
        let statuses = StatusLog()
        // 10 clients, 5 corrections each, at once; none names a revision, so none is refused.
        DispatchQueue.concurrentPerform(iterations: 10) { client in
            for step in 0..<5 {
                let note = notes[client * 5 + step]
                let answer = try? server.post("api/corrections", #"{"correction":{"pin":{"note":"\#(note)","cluster":"Gekozen \#(client * 5 + step)"}}}"#)
                statuses.add(answer?.status ?? 0)
            }
        }
        #expect(statuses.all == Array(repeating: 200, count: 50))
        let yaml = try String(contentsOf: server.agenda.file("corpus/clusters.yaml"), encoding: .utf8)
        for number in 0..<50 { #expect(yaml.components(separatedBy: "cluster: Gekozen \(number)\n").count == 2, "pin \(number)") }
        #expect(yaml.components(separatedBy: "- cluster: ").count == 51)
        #expect(server.stop() == 0)
    }

    /// Beyond loopback the server asks for the token it printed, on every request.
    @Test(.timeLimit(.minutes(10))) func asksForItsAccessTokenBeyondLoopback() throws {
        let server = try ServedCorpus(host: "127.0.0.2")
        let query = try #require(server.accessQuery)
        #expect(query.hasPrefix("access=") && query.count > 30)
        let without = try server.get("")
        #expect(without.status == 401 && (without.json?["error"] as? String ?? "").contains("access token"))
        #expect(try server.get("api/report").status == 401)
        #expect(try server.get("?\(query)").status == 200)
        #expect(try server.get("api/report?\(query)").status == 200)
        #expect(try server.get("api/report?access=geraden").status == 401)
        #expect(server.stop() == 0)
    }

    /// A document changed on disk comes in with the button's request, and the report follows.
    @Test(.timeLimit(.minutes(10))) func readsChangedDocumentsAgain() throws {
        let server = try ServedCorpus()
        let before = (try server.report().data["notes"] as? [Any])?.count ?? 0
        let board = server.agenda.file("corpus/bord.tsv")
        try (try String(contentsOf: board, encoding: .utf8) + "Een nieuw geeltje over thuiswerken\tTafel 1\tZorg\n").write(to: board, atomically: true, encoding: .utf8)
        let answer = try server.post("api/reingest", "{}")
        #expect(answer.status == 200, "\(answer.body)")
        let notes = try server.report().data["notes"] as? [[String: Any]] ?? []
        #expect(notes.count == before + 1)
        #expect(notes.contains { $0["text"] as? String == "Een nieuw geeltje over thuiswerken" })
        #expect(server.stop() == 0)
    }

    @Test(.timeLimit(.minutes(10))) func refusesHostileRequestsKeepingTheFile() throws {
        let server = try ServedCorpus()
        let (revision, data) = try server.report()
        let note = Self.clusters(data, group: 0)[0].notes[0]
        _ = try server.post("api/corrections", #"{"correction":{"rename":{"cluster":"\#(Self.clusters(data, group: 0)[0].label)","name":"Vast"}},"revision":"\#(revision)"}"#)
        let file = server.agenda.file("corpus/clusters.yaml")
        let before = try Data(contentsOf: file)
        let pin = #"{"correction":{"pin":{"note":"\#(note)","cluster":"Vast"}}}"#
        let page = ["Origin": server.origin, "X-Agenda-Session": server.sessionToken]
        let hostile: [(String, ServedCorpus.Answer)] = [
            ("wrong Host", try server.get("", headers: ["Host": "aanvaller.example:80"])),
            ("wrong Host on a change", try server.post("api/corrections", pin, headers: page.merging(["Host": "aanvaller.example"]) { $1 })),
            ("foreign Origin", try server.post("api/corrections", pin, headers: ["Origin": "http://aanvaller.example", "X-Agenda-Session": server.sessionToken])),
            ("no Origin", try server.post("api/corrections", pin, headers: ["X-Agenda-Session": server.sessionToken])),
            ("no session token", try server.post("api/corrections", pin, headers: ["Origin": server.origin])),
            ("wrong session token", try server.post("api/corrections", pin, headers: ["Origin": server.origin, "X-Agenda-Session": "geraden"])),
            ("20 MB body", try server.post("api/corrections", String(repeating: "a", count: 20 << 20))),
            ("malformed JSON", try server.post("api/corrections", #"{"correction": {"pin": "#)),
            ("unknown correction", try server.post("api/corrections", #"{"correction":{"wis":{"alles":true}}}"#)),
            ("unknown note", try server.post("api/corrections", #"{"correction":{"pin":{"note":"bord:n999","cluster":"Vast"}}}"#)),
            ("unknown cluster", try server.post("api/corrections", #"{"correction":{"merge":{"clusters":["Vast","bestaat niet"]}}}"#)),
            ("stale revision", try server.post("api/corrections", #"{"correction":{"pin":{"note":"\#(note)","cluster":"Vast"}},"revision":"\#(revision)"}"#)),
            ("path outside the app", try server.get("../../etc/passwd")),
            ("path outside, encoded", try server.get("%2e%2e/%2e%2e/etc/passwd")),
            ("unknown path", try server.get("api/bestaat-niet")),
        ]
        for (what, answer) in hostile {
            #expect((400..<500).contains(answer.status), "\(what): \(answer.status) \(answer.body.prefix(200))")
            let sentence = answer.json?["error"] as? String ?? ""
            #expect(!sentence.isEmpty && !sentence.contains("\n"), "\(what): \(answer.body.prefix(200))")
            #expect(try Data(contentsOf: file) == before, "\(what) changed the corrections")
        }
        #expect(hostile[0].1.status == 421 && hostile[2].1.status == 403 && hostile[6].1.status == 413 && hostile[7].1.status == 400 && hostile[11].1.status == 409)
        #expect(server.stop() == 0)
    }
}

/// The statuses the concurrent clients got, in any order.
final class StatusLog: @unchecked Sendable {
    private let lock = NSLock()
    private var statuses: [Int] = []
    func add(_ status: Int) { lock.lock(); statuses.append(status); lock.unlock() }
    var all: [Int] { lock.lock(); defer { lock.unlock() }; return statuses }
}

/// The served page in headless Chromium, used as a person uses it: a note moved to another
/// cluster by choosing it in the card's list, and the page redrawn without a reload.
@Suite struct ServedPageTests {
    @Test(.timeLimit(.minutes(10))) func movesANoteByChoosingAClusterAndTheCardsFollow() throws {
        let server = try ServedCorpus()
        let browser = try Chromium.Session(url: server.address)
        #expect(try browser.wait(until: #"document.documentElement.getAttribute("data-report-ready") === "true" && !!document.querySelector("select.move")"#))
        let revision = try browser.evaluate(#"document.documentElement.getAttribute("data-revision")"#) as? String
        // Open the groups' view, take the first note of the first cluster and choose another cluster for it.
        let chosen = try #require(try browser.evaluate("""
            (function () {
              document.getElementById("tab-groepen").click();
              var item = document.querySelector("article.group .card[data-cluster] li[data-note]");
              var select = item.querySelector("select.move");
              select.value = select.options[1].value;
              select.dispatchEvent(new Event("change", { bubbles: true }));
              return JSON.stringify({ note: item.getAttribute("data-note"), cluster: select.value });
            })()
            """) as? String)
        let choice = try #require(try JSONSerialization.jsonObject(with: Data(chosen.utf8)) as? [String: String])
        let note = try #require(choice["note"]), cluster = try #require(choice["cluster"])
        let moved = #"!!document.querySelector('.card[data-cluster="\#(cluster)"] li[data-note="\#(note)"]')"#
        #expect(try browser.wait(until: "document.documentElement.getAttribute('data-revision') !== \(revision.map { "'\($0)'" } ?? "null") && \(moved)"), "the page did not show the note in \(cluster): \(String(describing: try? browser.evaluate("document.getElementById('live-status').textContent")))")
        #expect(try browser.evaluate("document.documentElement.hasAttribute('data-script-errors')") as? Bool == false)
        #expect(try browser.evaluate("document.getElementById('live-status').textContent") as? String == "Bijgewerkt.")
        let yaml = try String(contentsOf: server.agenda.file("corpus/clusters.yaml"), encoding: .utf8)
        #expect(yaml.contains("cluster: \(cluster)"))
        // A note added on disk appears after the button that reads the documents again.
        let board = server.agenda.file("corpus/bord.tsv")
        try (try String(contentsOf: board, encoding: .utf8) + "Thuiswerken en mantelzorg\tTafel 1\tZorg\n").write(to: board, atomically: true, encoding: .utf8)
        _ = try browser.evaluate(#"document.getElementById("live-status").textContent = ""; document.getElementById("opnieuw-lezen").click(); true"#)
        #expect(try browser.wait(until: #"document.getElementById("live-status").textContent === "Bijgewerkt." && document.body.textContent.indexOf("Thuiswerken en mantelzorg") >= 0"#))
        #expect(server.stop() == 0)
    }
}
