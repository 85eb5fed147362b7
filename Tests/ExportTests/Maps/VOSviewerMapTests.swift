import Clustering
import Foundation
import Testing
import Graph
@testable import Export

@Suite struct VOSviewerMapTests {
    static let graph = GraphSnapshot(
        nodes: [
            Node(id: "d:t1", kind: .theme, label: "Werk, inkomen; zorg", provenance: Provenance(document: "d", line: 2)),
            Node(id: "d:q1", kind: .question, label: "Hoe \"passend\" is werk?", provenance: Provenance(document: "d", line: 3)),
            Node(id: "d:n1", kind: .note, label: "geeltje", provenance: Provenance(document: "d", line: 4)),
            Node(id: "o:s1", kind: .systemicQuestion, label: "Systeemvraag", text: "Een\tlange\nvraag", provenance: Provenance(document: "o", line: 1)),
        ],
        edges: [
            Edge(source: "d:t1", target: "d:q1", kind: .asks),
            Edge(source: "d:q1", target: "o:s1", kind: .linksTo),
            Edge(source: "d:t1", target: "o:s1", kind: .linksTo),
            Edge(source: "o:s1", target: "d:t1", kind: .mentions),
            Edge(source: "d:n1", target: "d:t1", kind: .belongsTo),
        ])

    static func lines(_ write: (inout String) -> Void) -> [[String]] {
        var text = ""
        write(&text)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0.components(separatedBy: "\t") }
    }

    @Test func theAgendaMapHasOneRowPerNetworkNodeAndEachPairLinkedOnce() {
        let map = VOSviewerMap.agenda(Self.graph)
        let rows = Self.lines { map.writeMap(to: &$0) }
        #expect(rows[0] == ["id", "label", "description", "x", "y", "cluster", "weight<Links>", "weight<Notes>"])
        #expect(rows.count == 4)  // header, question, systemic question, theme (sorted by id); no note
        #expect(rows.dropFirst().allSatisfy { $0.count == 8 })
        let theme = rows.first { $0[1] == "\"Werk, inkomen; zorg\"" }
        #expect(theme?[5] == "1")
        #expect(theme?[7] == "1")  // one note under it
        #expect(rows.contains { $0[1] == "\"Hoe \"\"passend\"\" is werk?\"" })
        #expect(rows.first { $0[1] == "Systeemvraag" }?[2].contains("Een lange vraag") == true)
        let links = Self.lines { map.writeNetwork(to: &$0) }
        // The theme and the systemic question are joined twice in the graph: one link of strength 2.
        let pairs = links.map { [$0[0], $0[1]].sorted() }
        #expect(Set(pairs).count == pairs.count)
        #expect(links.contains { Set([$0[0], $0[1]]) == ["2", "3"] && $0[2] == "2" })
        #expect(links.allSatisfy { (Double($0[2]) ?? 0) > 0 })
    }

    @Test func theNotesMapLinksEachPairOnceWithItsSimilarity() {
        let notes = (1...4).map { Node(id: "d:n\($0)", kind: .note, label: "n\($0)", text: "tekst \($0)", provenance: Provenance(document: "d", line: $0), properties: [.group: "Groep 1"]) }
        let similar: [[SimilarNote]] = [
            [SimilarNote(index: 1, similarity: 0.5)], [SimilarNote(index: 0, similarity: 0.5), SimilarNote(index: 2, similarity: 0.25)],
            [SimilarNote(index: 1, similarity: 0.25)], [],
        ]
        let map = VOSviewerMap.notes(notes, x: [0, 1, 2, 3], y: [0, 0, 1, 1], clusters: [0, 0, 1, 1], similar: similar, themes: ["d:n1": "Thema"])
        let rows = Self.lines { map.writeMap(to: &$0) }
        #expect(rows.map { $0[5] } == ["cluster", "1", "1", "2", "2"])
        // The description holds a comma, so it is quoted.
        #expect(rows[1][2] == "\"tekst 1 — Groep 1 — thema: Thema — d, regel 1\"")
        #expect(rows.map { $0.last } == ["weight<Links>", "1", "2", "1", "0"])
        #expect(Self.lines { map.writeNetwork(to: &$0) } == [["1", "2", "0.5"], ["2", "3", "0.25"]])
    }

    @Test func fieldsStayOnOneLineAndQuoteOnlyWhenNeeded() {
        #expect(VOSviewerMap.field("plain text") == "plain text")
        #expect(VOSviewerMap.field("a,b") == "\"a,b\"")
        #expect(VOSviewerMap.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(VOSviewerMap.field("tab\tand\nline\u{1}") == "tab and line")
        #expect(VOSviewerMap.number(3) == "3")
        #expect(VOSviewerMap.number(0.25) == "0.25")
    }
}
