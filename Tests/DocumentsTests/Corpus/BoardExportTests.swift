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

/// Board exports as Miro and Mural write them: groups from a group column or from one tag per
/// note, themes from frames and areas, colour only as the last resort.
@Suite struct BoardExportGroupingTests {
    static func interpret(_ csv: String) throws -> GraphDelta {
        let document = Document(id: "bord", path: "bord.csv", kind: .notes, title: "Bord", contentHash: "h")
        return try BoardExportInterpreter().interpret(TableReader().read(csv, document: "bord"), document: document)
    }

    static func selfGrouped(_ delta: GraphDelta) -> [GraphSnapshot.GroupNotes] {
        GraphSnapshot(nodes: delta.nodes, edges: delta.edges).groupNotes(themedOnly: true).filter(\.isSelfGrouped)
    }

    /// A Mural-style export: one tag per note names the table that wrote it, the area its theme.
    @Test func makesAGroupOfEachTagWhenEveryNoteHasOne() throws {
        let delta = try Self.interpret("""
            Text,Tags,Area title,Color
            Mantelzorg waarderen,Tafel 1,Zorg,#FFF9B1
            Werk en zorg combineren,Tafel 1,Zorg,#FFF9B1
            Robots op de werkvloer,Tafel 1,Techniek,#D5F692
            Nieuwe banen door robots,Tafel 2,Techniek,#FFF9B1
            Scholing van ouderen,Tafel 2,Leren,#FFF9B1
            Leren op het werk,Tafel 2,Leren,#D5F692
            """)
        #expect(delta.nodes(.group).map(\.label) == ["Tafel 1", "Tafel 2"])
        #expect(delta.nodes(.theme).map(\.label) == ["Zorg", "Techniek", "Techniek", "Leren"])
        let groups = Self.selfGrouped(delta)
        #expect(groups.map(\.group.label) == ["Tafel 1", "Tafel 2"])
        #expect(groups.map(\.themes) == [["Zorg", "Zorg", "Techniek"], ["Techniek", "Leren", "Leren"]])
        #expect(delta.nodes(.note).allSatisfy { $0.properties[.tags] == nil })
    }

    /// Tags that do not name one group per note stay the notes' tags.
    @Test func keepsSeveralTagsAsTags() throws {
        let delta = try Self.interpret("""
            Content,Tags,Frame
            Mantelzorg waarderen,"zorg, urgent",Zorg
            Robots op de werkvloer,,Techniek
            """)
        #expect(delta.nodes(.group).map(\.label) == ["Bord"])
        #expect(delta.nodes(.note).first?.properties[.tags] == "zorg, urgent")
    }

    @Test func takesTheGroupColumnBeforeTagsAndTheFrameBeforeTheColour() throws {
        let delta = try Self.interpret("""
            Sticky note;Groep;Frame;Kleur;Tags
            Mantelzorg waarderen;Groep Roze, Blauw;Zorg;geel;a
            Robots op de werkvloer;Groep Roze, Blauw;Techniek;geel;b
            Nieuwe banen;Groep groen;Techniek;roze;c
            """)
        #expect(delta.nodes(.group).map(\.label) == ["Groep Roze, Blauw", "Groep groen"])
        #expect(delta.nodes(.theme).map(\.label) == ["Zorg", "Techniek", "Techniek"])
        #expect(delta.nodes(.note).map { $0.properties[.tags] } == ["a", "b", "c"])
    }

    /// Only when nothing else groups the notes does their colour.
    @Test func fallsBackOnTheColour() throws {
        let delta = try Self.interpret("""
            Content,Color,Author
            Mantelzorg waarderen,yellow,A
            Werk en zorg combineren,yellow,B
            Robots op de werkvloer,green,A
            """)
        #expect(delta.nodes(.theme).map(\.label) == ["yellow", "green"])
        #expect(Self.selfGrouped(delta).count == 1)
    }

    /// A tag every note carries (the workshop) is context; the tag that differs is the group.
    @Test func groupsByTheTagThatPartitionsTheNotes() throws {
        var rows = ["Content;Tags"]
        for (table, notes) in [("Tafel 1", ["Mantelzorg waarderen", "Werk en zorg combineren"]), ("Tafel 2", ["Robots op de werkvloer", "Nieuwe banen door techniek"])] {
            for (number, note) in notes.enumerated() {
                // The shared tag stands first and last, as boards order tags as they were added.
                rows.append(number == 0 ? "\(note);Werkatelier 1, \(table)" : "\(note);\(table), Werkatelier 1")
            }
        }
        let document = Document(id: "board", path: "board.csv", kind: .notes, title: "Bord", contentHash: "h")
        let delta = try BoardExportInterpreter().interpret(TableReader().read(rows.joined(separator: "\n"), document: "board"), document: document)
        #expect(delta.nodes(.group).map(\.label) == ["Tafel 1", "Tafel 2"])
        #expect(delta.nodes(.note).map { $0.properties[.group] ?? "" } == ["Tafel 1", "Tafel 1", "Tafel 2", "Tafel 2"])
        #expect(delta.nodes(.note).first?.properties[.tags] == "Werkatelier 1, Tafel 1")

        // Tags that do not partition the notes (two differ on one note) leave the board one group.
        let mixed = ["Content;Tags", "Een;Werkatelier 1, Tafel 1", "Twee;Werkatelier 1, Tafel 1, Tafel 2", "Drie;Werkatelier 1, Tafel 2"].joined(separator: "\n")
        let board = try BoardExportInterpreter().interpret(TableReader().read(mixed, document: "board"), document: document)
        #expect(board.nodes(.group).map(\.label) == ["Bord"])
    }
}
