import Foundation
import Testing
import TestSupport

/// `agenda serve` on the bundled workshop report, as a lector uses it: a note moved to another
/// cluster of its group lands with that cluster's notes under that cluster's label, through the
/// HTTP API in every group and by choosing in the page in headless Chromium.
@Suite(.serialized) struct ServedBundledCorpusTests {
    struct Cluster: Equatable {
        var label: String
        var notes: Set<String>
    }

    /// Every group's clusters in the report's data.
    static func groups(_ data: [String: Any]) -> [[Cluster]] {
        let ids = (data["notes"] as? [[String: Any]] ?? []).map { $0["id"] as? String ?? "" }
        return (data["groups"] as? [[String: Any]] ?? []).map { group in
            (group["clusters"] as? [[String: Any]] ?? []).map { cluster in
                Cluster(label: cluster["label"] as? String ?? "", notes: Set((cluster["notes"] as? [Int] ?? []).map { ids[$0] }))
            }
        }
    }

    @Test(.timeLimit(.minutes(15))) func movesANoteInEveryGroupAndByChoosingInThePage() throws {
        let server = try ServedCorpus(bundled: true)
        var (revision, data) = try server.report()
        let before = Self.groups(data)
        var moved = 0
        for (group, clusters) in before.enumerated() where clusters.count >= 2 {
            guard let from = clusters.firstIndex(where: { $0.notes.count >= 2 }) else { continue }
            let target = clusters[(from + 1) % clusters.count]
            let note = try #require(clusters[from].notes.sorted().first)
            var answer = try server.post("api/corrections", #"{"correction":{"pin":{"note":"\#(note)","cluster":"\#(target.label)"}},"revision":"\#(revision)"}"#)
            #expect(answer.status == 200, "\(answer.body)")
            (revision, data) = try server.report()
            let after = Self.groups(data)[group]
            let holder = try #require(after.first { $0.notes.contains(note) })
            #expect(holder.label == target.label && target.notes.isSubset(of: holder.notes), "group \(group): \(note) is in \(holder.label), not with \(target.label)'s notes")
            #expect(Set(after.map(\.label)).count == after.count, "group \(group): labels repeat: \(after.map(\.label))")
            answer = try server.post("api/undo", #"{"revision":"\#(revision)"}"#)
            #expect(answer.status == 200, "\(answer.body)")
            (revision, data) = try server.report()
            #expect(Self.groups(data)[group] == clusters, "group \(group): undo did not bring the clusters back")
            moved += 1
        }
        #expect(moved >= 8)

        // The same by choosing in the page: the first note of a cluster of a group with three
        // clusters or more, to the next cluster.
        let browser = try Chromium.Session(url: server.address)
        #expect(try browser.wait(until: #"document.documentElement.getAttribute("data-report-ready") === "true" && !!document.querySelector("select.move")"#))
        let chosen = try #require(try browser.evaluate("""
            (function () {
              document.getElementById("tab-groepen").click();
              var box = Array.prototype.filter.call(document.querySelectorAll("article.group"), function (box) { return box.querySelectorAll(".card[data-cluster]").length >= 3; })[0];
              var cards = box.querySelectorAll(".card[data-cluster]");
              var target = cards[1].getAttribute("data-cluster");
              var others = Array.prototype.map.call(cards[1].querySelectorAll("li[data-note]"), function (item) { return item.getAttribute("data-note"); });
              var item = cards[0].querySelector("li[data-note]");
              var select = item.querySelector("select.move");
              select.value = target;
              select.dispatchEvent(new Event("change", { bubbles: true }));
              return JSON.stringify({ note: item.getAttribute("data-note"), cluster: target, others: others, group: box.querySelector("h3").textContent });
            })()
            """) as? String)
        let choice = try #require(try JSONSerialization.jsonObject(with: Data(chosen.utf8)) as? [String: Any])
        let note = try #require(choice["note"] as? String), cluster = try #require(choice["cluster"] as? String), others = try #require(choice["others"] as? [String])
        let card = #"document.querySelector('.card[data-cluster="\#(cluster)"] li[data-note="\#(note)"]')"#
        #expect(try browser.wait(until: "document.documentElement.getAttribute('data-revision') !== '\(revision)' && !!\(card)"), "the page did not show the note in \(cluster)")
        // The note's card is the target's, with all of its earlier notes, and no label repeats in the group.
        let together = others.map { #"!!\#(card).closest('.card').querySelector('li[data-note="\#($0)"]')"# }.joined(separator: " && ")
        #expect(try browser.evaluate(together.isEmpty ? "true" : together) as? Bool == true)
        #expect(try browser.evaluate("""
            (function () {
              var box = \(card).closest("article.group");
              var labels = Array.prototype.map.call(box.querySelectorAll(".card[data-cluster]"), function (card) { return card.getAttribute("data-cluster"); });
              return labels.length === new Set(labels).size;
            })()
            """) as? Bool == true)
        #expect(try browser.evaluate("document.documentElement.hasAttribute('data-script-errors')") as? Bool == false)
        let yaml = try String(contentsOf: server.agenda.file("corpus/clusters.yaml"), encoding: .utf8)
        #expect(yaml.contains(cluster) && yaml.contains("with:"))

        // The other kinds, by clicking in the same group: rename, keep apart, merge, undo.
        let group = "Array.prototype.filter.call(document.querySelectorAll('article.group'), function (box) { return box.querySelector('h3').textContent === \(Self.quoted(choice["group"] as? String ?? "")); })[0]"
        func cards() throws -> [Cluster] {
            let json = try #require(try browser.evaluate("""
                JSON.stringify(Array.prototype.map.call(\(group).querySelectorAll(".card[data-cluster]"), function (card) {
                  return { label: card.getAttribute("data-cluster"), notes: Array.prototype.map.call(card.querySelectorAll("li[data-note]"), function (item) { return item.getAttribute("data-note"); }) };
                }))
                """) as? String)
            let list = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            return list.map { Cluster(label: $0["label"] as? String ?? "", notes: Set($0["notes"] as? [String] ?? [])) }
        }
        func changed(from revision: String?) throws -> Bool {
            try browser.wait(until: "document.documentElement.getAttribute('data-revision') !== \(Self.quoted(revision ?? "")) && document.getElementById('live-status').textContent === 'Bijgewerkt.'")
        }
        func shownRevision() throws -> String? { try browser.evaluate("document.documentElement.getAttribute('data-revision')") as? String }

        var shown = try cards(), seen = try shownRevision()
        _ = try browser.evaluate("window.prompt = function () { return 'Eigen naam'; }; \(group).querySelector('.card[data-cluster] button.rename').click(); true")
        #expect(try changed(from: seen))
        var after = try cards()
        #expect(after.map(\.label) == ["Eigen naam"] + shown.dropFirst().map(\.label) && after.map(\.notes) == shown.map(\.notes), "rename: \(after), page says \(String(describing: try? browser.evaluate("document.getElementById('live-status').textContent")))")

        shown = after
        seen = try shownRevision()
        let crowded = try #require(shown.first { $0.notes.count >= 2 })
        let pair = Array(crowded.notes.sorted().prefix(2))
        _ = try browser.evaluate("""
            (function () {
              var box = \(group);
              [\(pair.map(Self.quoted).joined(separator: ","))].forEach(function (id) { box.querySelector('li[data-note="' + id + '"] input.apart').checked = true; });
              box.querySelector("button.keep-apart").click();
              return true;
            })()
            """)
        #expect(try changed(from: seen))
        after = try cards()
        #expect(after.first { $0.notes.contains(pair[0]) } != after.first { $0.notes.contains(pair[1]) }, "keep apart: \(after)")

        shown = after
        seen = try shownRevision()
        let (first, second) = (shown[0], shown[1])
        _ = try browser.evaluate("""
            (function () {
              var select = \(group).querySelector('.card[data-cluster] select.merge');
              select.value = \(Self.quoted(second.label));
              select.dispatchEvent(new Event("change", { bubbles: true }));
              return true;
            })()
            """)
        #expect(try changed(from: seen))
        after = try cards()
        #expect(after.contains { $0.label == first.label && $0.notes == first.notes.union(second.notes) } && after.count == shown.count - 1, "merge: \(after)")

        seen = try shownRevision()
        _ = try browser.evaluate("document.getElementById('ongedaan').click(); true")
        #expect(try changed(from: seen))
        #expect(try cards() == shown, "undo did not bring the clusters before the merge back")
        #expect(try browser.evaluate("document.documentElement.hasAttribute('data-script-errors')") as? Bool == false)
        #expect(server.stop() == 0)
    }

    /// A string as a JavaScript literal.
    static func quoted(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text])) ?? Data("[\"\"]".utf8)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }
}
