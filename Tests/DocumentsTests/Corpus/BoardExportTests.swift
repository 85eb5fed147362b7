import Foundation
import Testing
@testable import Documents
import Graph
import TestSupport

@Suite struct BoardExportTests {
    @Test func readsABoardExportWithFramesHTMLAndQuotedNewlines() throws {
        let csv = """
            Content;Frame;Author;Tags
            "<p>Mantelzorg <b>waarderen</b></p>";Zorg;Anna;zorg
            "Werk &amp; zorg
            combineren";Zorg;Bram;
            "<p>Robots op de werkvloer</p>";Techniek;Anna;tech
            ;Techniek;;
            Nieuwe banen door robots;Techniek;Carla;
            """
        let document = Document(id: "board", path: "board.csv", kind: .notes, title: "Bord", contentHash: "h")
        let delta = try BoardExportInterpreter().interpret(TableReader().read(csv, document: "board"), document: document)
        #expect(delta.nodes(.note).map(\.text) == ["Mantelzorg waarderen", "Werk & zorg combineren", "Robots op de werkvloer", "Nieuwe banen door robots"])
        #expect(delta.nodes(.note).map { $0.provenance.line } == [2, 3, 5, 7])
        #expect(delta.nodes(.theme).map(\.label) == ["Zorg", "Techniek"])
        #expect(delta.nodes(.note).first?.properties[.author] == "Anna")
        let snapshot = GraphSnapshot(nodes: delta.nodes, edges: delta.edges)
        let groups = snapshot.groupNotes(themedOnly: true).filter(\.isSelfGrouped)
        #expect(groups.count == 1)
        #expect(groups.first?.themes == ["Zorg", "Zorg", "Techniek", "Techniek"])
    }

    /// An escaped entity stays an entity, as in one decoding pass, whatever the order of the
    /// entity table.
    @Test func decodesEntitiesAsInOnePass() {
        #expect(HTMLText.plain("<p>Kosten &amp;lt; baten &amp;amp; &lt;meer&gt;</p>") == "Kosten &lt; baten &amp; <meer>")
    }

    @Test func namesTheFileWhenNoColumnHoldsText() {
        #expect {
            try BoardExportInterpreter().interpret(TableReader().read("a,b\n1,2\n", document: "x"), document: Document(id: "x", path: "x.csv", kind: .notes, contentHash: "h"))
        } throws: { error in
            "\(error)".hasPrefix("x.csv:1: no column holds the notes' text")
        }
    }
}
