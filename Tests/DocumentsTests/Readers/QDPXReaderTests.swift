import Documents
import Foundation
import Graph
import Testing
import Zip

@Suite struct QDPXReaderTests {
    static let atlas = Fixtures.folder.appendingPathComponent("qdpx/atlas-ti-23-codebook.qdpx")

    /// A project with one source in the archive, nested codes and a tree marked as the toolkit's own.
    static func project(text: String = "Eén 😀 regel\nTweede e\u{301} regel", selections: String, path: String = "internal://S.txt", extraEntries: [(String, Data)] = []) throws -> Data {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="p">
              <CodeBook><Codes>
                <Code guid="00000000-0000-0000-0000-000000000001" name="Groep A" isCodable="true">
                  <Code guid="00000000-0000-0000-0000-000000000002" name="Thema 1" isCodable="true"/>
                </Code>
                <Code guid="00000000-0000-0000-0000-000000000003" name="Los" isCodable="true"/>
                <Code guid="00000000-0000-0000-0000-000000000004" name="Automatisch" isCodable="false">
                  <Description>\(QDAConvention.automaticMarker)</Description>
                  <Code guid="00000000-0000-0000-0000-000000000005" name="cluster" isCodable="true"/>
                </Code>
              </Codes></CodeBook>
              <Sources>
                <TextSource guid="00000000-0000-0000-0000-00000000000A" name="bron.txt" plainTextPath="\(path)">
                  \(selections)
                </TextSource>
              </Sources>
            </Project>
            """
        var zip = ZipWriter()
        try zip.add("project.qde", Data(xml.utf8))
        try zip.add("sources/S.txt", Data(text.utf8))
        for (name, data) in extraEntries { try zip.add(name, data) }
        return zip.data()
    }

    static func selection(_ start: Int, _ end: Int, codes: [Int]) -> String {
        let codings = codes.map { #"<Coding guid="00000000-0000-0000-0001-00000000000\#($0)"><CodeRef targetGUID="{00000000-0000-0000-0000-00000000000\#($0)}"/></Coding>"# }
        return #"<PlainTextSelection guid="00000000-0000-0000-0002-000000000000" startPosition="\#(start)" endPosition="\#(end)">\#(codings.joined())</PlainTextSelection>"#
    }

    static func rows(_ data: Data) throws -> [[String]] {
        try QDPXReader().read(data, file: "p.qdpx", document: "p").outline.blocks.compactMap(\.cells)
    }

    @Test func readsSelectionsByScalarOffsetsWithTheirHumanCodes() throws {
        // "Eén 😀 regel": é is one scalar, 😀 one scalar (two UTF-16 units).
        let data = try Self.project(selections: Self.selection(4, 11, codes: [5, 2]) + Self.selection(12, 23, codes: [3]) + Self.selection(0, 3, codes: [1]) + Self.selection(0, 3, codes: []))
        let rows = try Self.rows(data)
        #expect(rows == [
            QDPXReader.header,
            ["😀 regel", "Groep A", "Thema 1"],
            ["Tweede e\u{301} r", "bron.txt", "Los"],
            ["Eén", "Groep A", ""],
            ["Eén", "bron.txt", ""],
        ])
    }

    @Test func theATLASSampleReadsAsACodebookWithoutNotes() throws {
        let read = try QDPXReader().read(try Data(contentsOf: Self.atlas), file: Self.atlas.path, document: "atlas")
        #expect(read.outline.isTable)
        #expect(read.outline.blocks.count == 1)
    }

    @Test func refusesWhatAHostileProjectTries() throws {
        func error(_ data: Data, limits: ArchiveLimits = ArchiveLimits()) -> String {
            do {
                _ = try QDPXReader(limits: limits).read(data, file: "p.qdpx", document: "p")
                return "no error"
            } catch {
                return error.description
            }
        }
        // Offsets outside the text.
        #expect(error(try Self.project(selections: Self.selection(5, 500, codes: [2]))).contains("outside its text"))
        // A text outside the archive is never read.
        #expect(error(try Self.project(selections: Self.selection(0, 1, codes: [2]), path: "file:///etc/passwd")).contains("outside the project"))
        // Entities are refused.
        var zip = ZipWriter()
        try zip.add("project.qde", Data(#"<?xml version="1.0"?><!DOCTYPE p [<!ENTITY e "x">]><Project name="&e;"/>"#.utf8))
        #expect(error(zip.data()).contains("entities"))
        // An entry that inflates beyond the limit.
        let bomb = try Self.project(text: String(repeating: "a", count: 3 << 20), selections: Self.selection(0, 1, codes: [2]))
        #expect(error(bomb, limits: ArchiveLimits(entryBytes: 1 << 20, totalBytes: 2 << 20)).contains("limit"))
        // Not a project at all.
        var other = ZipWriter()
        try other.add("word/document.xml", Data("<w/>".utf8))
        #expect(error(other.data()).contains("no project.qde"))
        #expect(error(Data("<Other/>".utf8)).contains("no <Project> root"))
    }
}
