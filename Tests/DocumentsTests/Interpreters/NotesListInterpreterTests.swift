import Graph
import TestSupport
import Testing
@testable import Documents

@Suite struct NotesListInterpreterTests {
    func notes(_ outline: Outline) throws -> GraphDelta {
        try NotesListInterpreter().interpret(outline, document: testDocument("n", kind: .notes))
    }

    @Test func aShortLineIsANoteUnlessListItemsFollowIt() throws {
        let lines = try notes(PlainTextReader().read("Werkdruk\nRobotisering\nMinder regels\n", document: "n"))
        #expect(lines.nodes.filter { $0.kind == .note }.map(\.label) == ["Werkdruk", "Robotisering", "Minder regels"])
        #expect(lines.nodes.filter { $0.kind == .theme }.isEmpty)
        let themed = try notes(PlainTextReader().read("Zorg\n· Mantelzorg waarderen\n· Werk en zorg\n", document: "n"))
        #expect(themed.nodes.filter { $0.kind == .theme }.map(\.label) == ["Zorg"])
        #expect(themed.nodes.filter { $0.kind == .note }.map { $0.properties[.theme] } == ["Zorg", "Zorg"])
        #expect(themed.edges.filter { $0.kind == .belongsTo }.count == 2)
    }

    @Test func aHeadingTheFormatStatesIsATheme() throws {
        let delta = try notes(MarkdownReader().read("# Zorg\n\nMantelzorg waarderen\n", document: "n"))
        #expect(delta.nodes.map(\.kind) == [.theme, .note])
    }
}
