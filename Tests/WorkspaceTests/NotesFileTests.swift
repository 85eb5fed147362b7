import Documents
import Foundation
import Graph
import Store
import TestSupport
import Testing
import Workspace

/// `agenda cluster FILE` and `agenda ingest FILE --kind notes` read a notes file the same way.
@Suite struct NotesFileTests {
    /// A board export as Miro and Mural write it: HTML in the cells, a quoted newline, a row
    /// without text, and a semicolon as Excel writes it in Dutch locales.
    static let board = """
        Content;Frame;Author
        "<p>Mantelzorg <b>waarderen</b></p>";Zorg;Anna
        "Werk &amp; zorg
        combineren";Zorg;Bram
        "<p>Robots op de werkvloer</p>";Techniek;Anna
        ;Techniek;
        Nieuwe banen door robots;Techniek;Carla
        """

    static func ingestedTexts(of file: URL, in folder: URL) throws -> [String] {
        let workspace = Workspace(corpus: folder, store: try SQLiteStore(), reporter: RecordingReporter())
        _ = try workspace.ingest(paths: [file.path], kind: .notes)
        return try workspace.nodes(kind: .note).compactMap(\.text)
    }

    @Test func aBoardExportGivesTheSameNoteTextsToClusterAndIngest() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(Self.board, to: "board.csv")
        let clustered = try NotesFile.read(file.path)
        #expect(clustered == ["Mantelzorg waarderen", "Werk & zorg combineren", "Robots op de werkvloer", "Nieuwe banen door robots"])
        #expect(try Self.ingestedTexts(of: file, in: folder.url) == clustered)
    }

    @Test(arguments: [
        ("notes.txt", "Werkdruk\nRobotisering\nMinder regels, meer vertrouwen\n", ["Werkdruk", "Robotisering", "Minder regels, meer vertrouwen"]),
        ("notes.txt", "Zorg\n· Mantelzorg waarderen\n· Werk en zorg combineren\n", ["Mantelzorg waarderen", "Werk en zorg combineren"]),
        ("notes.md", "# Zorg\n\n- Mantelzorg [waarderen](https://example.org)\n- Werk en zorg combineren\n", ["Mantelzorg waarderen", "Werk en zorg combineren"]),
        ("notes.tsv", "text\ttheme\nEen\tA\nTwee\tB\n", ["Een", "Twee"]),
    ])
    func everyFormatGivesTheSameNoteTextsToClusterAndIngest(name: String, content: String, notes: [String]) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(content, to: name)
        #expect(try NotesFile.read(file.path) == notes)
        #expect(try Self.ingestedTexts(of: file, in: folder.url) == notes)
    }

    @Test func namesTheFileWhenItHoldsNoTextColumn() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a,b\n1,2\n", to: "board.csv")
        #expect {
            try NotesFile.read(file.path)
        } throws: { error in
            "\(error)".hasPrefix("\(file.path):1: no column holds the notes' text")
        }
    }
}
