import Documents
import Foundation
import Graph
import Store
import TestSupport
import Testing
import Workspace

/// A new format is a reader and a line in the registry: nothing else changes.
@Suite struct ReaderRegistryTests {
    /// A format the toolkit does not know: JSON Lines, one `{"text": …}` object per line.
    struct JSONLinesReader: TextDocumentReader {
        var formatName: String { "JSON Lines" }
        var fileExtensions: Set<String> { ["jsonl"] }

        func read(_ text: String, document: String) -> Outline {
            struct Line: Decodable { var text: String }
            let blocks = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line -> OutlineBlock? in
                guard let decoded = try? JSONDecoder().decode(Line.self, from: Data(line.utf8)) else { return nil }
                return OutlineBlock(kind: .paragraph, text: decoded.text, line: index + 1)
            }
            return Outline(document: document, blocks: blocks)
        }
    }

    static let registry = ReaderRegistry(readers: ReaderRegistry.standard().readers + [JSONLinesReader()])

    @Test func aNewReaderIsAllANewFormatNeeds() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(#"{"text": "Mantelzorg waarderen"}"# + "\n" + #"{"text": "Robots op de werkvloer"}"# + "\n", to: "board.jsonl")
        let store = try SQLiteStore()
        let report = try Ingestor(store: store, readers: Self.registry).ingest(file, kind: .notes)
        #expect(report.nodes == 2)
        #expect(try store.nodes(kind: .note).compactMap(\.text) == ["Mantelzorg waarderen", "Robots op de werkvloer"])
        #expect(try NotesFile.read(file.path, readers: Self.registry) == ["Mantelzorg waarderen", "Robots op de werkvloer"])
    }

    @Test func refusesAFormatNoReaderKnowsNamingTheOnesItReads() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("{}", to: "board.jsonl")
        #expect {
            try Ingestor(store: try SQLiteStore()).ingest(file, kind: .notes)
        } throws: { error in
            "\(error)" == "\(file.path): the format .jsonl cannot be read; save it in one of the formats agenda reads (.csv, .docm, .docx, .markdown, .md, .odt, .qde, .qdpx, .text, .tsv, .txt)"
        }
    }

    @Test func recognisesAWordDocumentByItsContentWhateverItIsCalled() throws {
        let docx = BundledCorpus.root.appendingPathComponent("Tests/DocumentsTests/Fixtures/docx/report.docx")
        let data = try Data(contentsOf: docx)
        let reader = ReaderRegistry.standard().reader(for: URL(fileURLWithPath: "verslag.bin"), data: data)
        #expect(reader?.formatName == "Word .docx")
    }
}
