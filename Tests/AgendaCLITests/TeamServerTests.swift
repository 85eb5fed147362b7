import Foundation
import Synchronization
import TestSupport
import Testing

/// `agenda serve --db postgresql://… --host 0.0.0.0` with the bundled corpus: a team's server,
/// where each person signs in with her own token and every decision is stored with her name.
@Suite(.serialized) struct TeamServerTests {
    /// A team server on a copy of the built corpus in a PostgreSQL schema of its own, with
    /// `people` added; their tokens by name.
    static func teamServer(_ people: [String]) throws -> (server: ServedCorpus, database: String, tokens: [String: String]) {
        var tokens: [String: String] = [:]
        var database = ""
        let server = try ServedCorpus(host: "0.0.0.0", bundled: true) { agenda in
            database = try TestPostgres.address(for: agenda.workingDirectory)
            let copy = try agenda.run("db", "copy", "--from", "agenda.sqlite", "--to", database)
            guard copy.status == 0 else { throw ServedCorpus.Failure(message: copy.stderr) }
            for person in people {
                let added = try agenda.run("users", "add", person, "--db", database)
                guard let token = added.stdout.split(separator: "\n").first?.split(separator: " ").last else { throw ServedCorpus.Failure(message: added.stderr) }
                tokens[person] = String(token)
            }
            return (["--db", database], people.first.flatMap { tokens[$0] })
        }
        return (server, database, tokens)
    }

    /// Text from an HTML attribute, its entities read.
    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// A link decision as the page sends it, with no revision: made on whatever is current.
    static func link(_ question: String, _ systemic: String, accept: Bool, note: String) -> String {
        let body: [String: Any] = ["decision": ["link": ["question": question, "systemic": systemic, "decision": accept ? "accept" : "reject", "note": note]]]
        return String(decoding: try! JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]), as: UTF8.self)
    }

    /// The question texts and systemic question ids of the stored graph.
    static func items(_ agenda: AgendaRunner, database: String) throws -> (questions: [String], systemic: [String]) {
        func list(_ kind: String) throws -> [[String: Any]] {
            try JSONSerialization.jsonObject(with: Data(agenda.run("list", kind, "--json", "--db", database).stdout.utf8)) as? [[String: Any]] ?? []
        }
        let questions = try list("question").compactMap { ($0["text"] as? String) ?? ($0["label"] as? String) }
        return (Array(Set(questions)).sorted(), try list("systemic-question").compactMap { $0["id"] as? String })
    }

    /// One server for both parts (the suite's cost is mostly starting it): first two people
    /// one at a time, then twenty at once.
    @Test(.timeLimit(.minutes(20))) func namesEachPersonOnEveryDecisionAndStoresTwentyReviewersAtOnceExactlyOnce() throws {
        let reviewers = (1...20).map { "Reviewer \($0)" }
        let (server, database, tokens) = try Self.teamServer(["Petra Biemans", "Jan de Vries"] + reviewers)
        let (petra, jan) = (try #require(tokens["Petra Biemans"]), try #require(tokens["Jan de Vries"]))
        let page = ["Origin": server.origin, "X-Agenda-Session": server.sessionToken, "Content-Type": "application/json"]
        let (questions, systemic) = try Self.items(server.agenda, database: database)
        // Petra confirms a link under the first question the agenda ranks, where the page shows it.
        let agendaHTML = try #require(try JSONSerialization.jsonObject(with: Data(server.get("api/report", headers: ["Cookie": "agenda-access=\(petra)"]).body.utf8)) as? [String: Any])["agenda"] as? String ?? ""
        let ranked = try #require(agendaHTML.firstMatch(of: /data-subject="question"[^>]*data-text="([^"]*)"/).map { Self.unescaped(String($0.1)) })
        let decision = Self.link(ranked, systemic[0], accept: true, note: "eerste")

        // Without a person's token: 401, for a page and for a change.
        #expect(try server.get("").status == 401)
        #expect(try server.get("?access=0123456789abcdef0123456789abcdef").status == 401)
        #expect(try server.post("api/review", decision, headers: page).status == 401)
        // With it in the address once, then as the cookie the server set.
        let first = try ServedCorpus.curl(["-s", "-D", "-", "-o", "/dev/null", server.address + "?access=\(petra)"])
        #expect(first.body.contains("200 OK") || first.body.hasPrefix("HTTP/1.1 200"))
        #expect(first.body.lowercased().contains("set-cookie: agenda-access=\(petra)"))
        let asPetra = page.merging(["Cookie": "agenda-access=\(petra)"]) { $1 }
        let asJan = page.merging(["Cookie": "agenda-access=\(jan)"]) { $1 }
        let made = try server.post("api/review", decision, headers: asPetra)
        #expect(made.status == 200, "\(made.body)")
        let revision = try #require(made.json?["revision"] as? String)
        let second = try server.post("api/review", Self.link(questions[1], systemic[0], accept: false, note: "tweede"), headers: asJan)
        #expect(second.status == 200, "\(second.body)")
        // Jan decides on Petra's item against the revision before his own: 409 with the current one.
        let stale = Self.link(ranked, systemic[0], accept: false, note: "te laat").dropLast() + #","reviewRevision":"\#(revision)"}"#
        let conflict = try server.post("api/review", String(stale), headers: asJan)
        #expect(conflict.status == 409, "\(conflict.body)")
        #expect(conflict.json?["revision"] as? String != revision)

        // Who and when: in the log, and beside the item on the page.
        let log = try server.agenda.run("log", "--db", database)
        let lines = log.stdout.split(separator: "\n").filter { !$0.contains("\tReviewer ") }
        #expect(lines.count == 2)
        #expect(lines.first?.contains("\tPetra Biemans\treview\t") == true && lines.first?.contains("eerste") == true)
        #expect(lines.last?.contains("\tJan de Vries\treview\t") == true && lines.last?.contains("tweede") == true)
        let authorship = try #require(try JSONSerialization.jsonObject(with: Data(server.get("api/decisions", headers: ["Cookie": "agenda-access=\(petra)"]).body.utf8)) as? [[String: Any]])
        #expect(authorship.compactMap { $0["author"] as? String } == ["Petra Biemans", "Jan de Vries"])
        // As Petra's browser shows it: beside the link she confirmed, her name.
        let browser = try Chromium.Session(url: server.address + "?access=\(petra)")
        #expect(try browser.wait(until: "document.querySelectorAll('#view-agenda .decided-by').length > 0"))
        let marks = try browser.evaluate("Array.from(document.querySelectorAll('#view-agenda .decided-by')).map(function (m) { return m.closest('li').getAttribute('data-systemic') + ' | ' + m.textContent; })") as? [String] ?? []
        #expect(marks.contains { $0.hasPrefix(systemic[0] + " | besloten door Petra Biemans, 20") }, "\(marks)")

        // The decisions as files: what a lone lector's folder holds.
        let export = try server.agenda.run("corrections", "export", "--db", database, "-o", "uitvoer")
        #expect(export.status == 0, "\(export.stderr)")
        let yaml = try String(contentsOf: server.agenda.file("uitvoer/agenda-review.yaml"), encoding: .utf8)
        #expect(yaml.contains("eerste") && yaml.contains("tweede") && !yaml.contains("te laat"))
        // A token is never written to the server's log.
        let served = try server.log()
        for token in [petra, jan] { #expect(!served.contains(token)) }
        #expect(served.contains("401"))

        try Self.expectEveryDecisionStoredExactlyOnce(server, database: database, tokens: tokens.filter { reviewers.contains($0.key) }, questions: questions, systemic: systemic)
        #expect(server.stop() == 0)
    }

    /// One request of the burst: who sent it, the decision's note, what came back and how long it took.
    struct Sent: Sendable {
        var reviewer: String
        var note: String
        var status: Int
        var seconds: Double
    }

    /// The reviewers of `tokens` at once, each sending `each` link decisions one after the
    /// other, every one with a note of its own; with `killAfter`, the server is killed with
    /// SIGKILL once that many are answered 200.
    static func burst(_ server: ServedCorpus, tokens: [String: String], questions: [String], systemic: [String], each: Int, killAfter: Int? = nil) -> [Sent] {
        let results = Mutex<[Sent]>([])
        let group = DispatchGroup()
        for (index, (name, token)) in tokens.sorted(by: { $0.key < $1.key }).enumerated() {
            group.enter()
            let thread = Thread {
                let headers = ["Origin": server.origin, "X-Agenda-Session": server.sessionToken, "Content-Type": "application/json", "Cookie": "agenda-access=\(token)"]
                for number in 0..<each {
                    let pair = index * each + number
                    let note = "\(name) besluit \(number)"
                    let body = link(questions[pair % questions.count], systemic[(pair / questions.count) % systemic.count], accept: number % 2 == 0, note: note)
                    let started = Date()
                    let status = (try? server.post("api/review", body, headers: headers).status) ?? 0
                    results.withLock { sent in
                        sent.append(Sent(reviewer: name, note: note, status: status, seconds: Date().timeIntervalSince(started)))
                        if let killAfter, sent.count(where: { $0.status == 200 }) == killAfter { kill(server.process.processIdentifier, SIGKILL) }
                    }
                    if status == 0 { break }
                }
                group.leave()
            }
            thread.start()
        }
        group.wait()
        return results.withLock { $0 }
    }

    /// Twenty reviewers at once, fifty decisions each: every one stored once, with its author,
    /// and what is in force is the history replayed (no lost update).
    static func expectEveryDecisionStoredExactlyOnce(_ server: ServedCorpus, database: String, tokens: [String: String], questions: [String], systemic: [String]) throws {
        let sent = Self.burst(server, tokens: tokens, questions: questions, systemic: systemic, each: 50)
        #expect(sent.count == 1000)
        #expect(sent.allSatisfy { $0.status == 200 }, "\(sent.filter { $0.status != 200 }.prefix(3).map { "\($0.note): \($0.status)" })")

        let history = try #require(try JSONSerialization.jsonObject(with: Data(server.agenda.run("log", "--json", "--db", database).stdout.utf8)) as? [[String: Any]])
        let stored = history.compactMap { entry -> String? in
            guard let change = entry["change"] as? String, let author = entry["author"] as? String, author.hasPrefix("Reviewer "),
                let note = (try? JSONSerialization.jsonObject(with: Data(change.utf8)) as? [String: Any]).flatMap({ ($0["link"] as? [String: Any])?["note"] as? String })
            else { return nil }
            return "\(author)|\(note)"
        }
        #expect(stored.count == 1000)
        #expect(Set(stored).count == 1000)
        #expect(Set(stored) == Set(sent.map { "\($0.reviewer)|\($0.note)" }))
        try Self.expectInForceIsTheHistoryReplayed(server.agenda, database: database, history: history)
    }

    /// The review in force names, for each link, the note of the last decision on it in the history.
    static func expectInForceIsTheHistoryReplayed(_ agenda: AgendaRunner, database: String, history: [[String: Any]]) throws {
        var last: [String: String] = [:]
        for entry in history {
            guard let change = entry["change"] as? String,
                let link = (try? JSONSerialization.jsonObject(with: Data(change.utf8)) as? [String: Any])?["link"] as? [String: Any],
                let question = link["question"] as? String, let systemic = link["systemic"] as? String, let note = link["note"] as? String
            else { continue }
            last[question + "\u{1}" + systemic] = note
        }
        #expect(try agenda.run("corrections", "export", "--db", database, "-o", "in-force").status == 0)
        let yaml = try String(contentsOf: agenda.file("in-force/agenda-review.yaml"), encoding: .utf8)
        let notes = yaml.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("note:") }
        #expect(notes.count == last.count)
        for note in last.values { #expect(yaml.contains("note: \(note)\n"), "\(note) is not in force") }
    }
}

/// The team server killed with SIGKILL in the middle of twenty reviewers at once: apart from
/// the other suite so that both run side by side.
@Suite struct TeamServerKillTests {
    @Test(.timeLimit(.minutes(20))) func keepsEveryAnsweredDecisionWhenKilledMidBurst() throws {
        let people = (1...20).map { "Reviewer \($0)" }
        let (server, database, tokens) = try TeamServerTests.teamServer(people)
        let (questions, systemic) = try TeamServerTests.items(server.agenda, database: database)
        // kill -9 once the server has answered 40 decisions.
        let sent = TeamServerTests.burst(server, tokens: tokens, questions: questions, systemic: systemic, each: 50, killAfter: 40)
        server.process.waitUntilExit()
        #expect(server.process.terminationReason == .uncaughtSignal)
        let answered = sent.filter { $0.status == 200 }
        #expect(answered.count >= 40 && answered.count < 1000)

        let history = try #require(try JSONSerialization.jsonObject(with: Data(server.agenda.run("log", "--json", "--db", database).stdout.utf8)) as? [[String: Any]])
        let stored = Set(history.compactMap { entry -> String? in
            guard let change = entry["change"] as? String, let author = entry["author"] as? String else { return nil }
            return (try? JSONSerialization.jsonObject(with: Data(change.utf8)) as? [String: Any]).flatMap { ($0["link"] as? [String: Any])?["note"] as? String }.map { "\(author)|\($0)" }
        })
        // Every decision answered 200 is there; at most the ones in flight at the kill came in unanswered.
        for decision in answered { #expect(stored.contains("\(decision.reviewer)|\(decision.note)"), "\(decision.note) was answered but is not stored") }
        #expect(stored.count - answered.count <= people.count)
        try TeamServerTests.expectInForceIsTheHistoryReplayed(server.agenda, database: database, history: history)
        // The database's own checks: PostgreSQL's table and index checks, and agenda's.
        let check = try server.agenda.run("db", "check", "--db", database)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
