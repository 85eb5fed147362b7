import Foundation
import Testing
@testable import Documents
import Graph
import TestSupport

/// Numbers, nesting, sizes and encodings a hostile or unlucky file may hold, each made here
/// rather than committed: the readers never overflow, never quote a whole file, and say in
/// one sentence what is wrong.
@Suite struct HostileValuesTests {
    static let extremes = ["9223372036854775807", "-9223372036854775808", "2147483647", "-1", "0", String(repeating: "9", count: 40)]

    static func wordList(start: String, override: String? = nil) throws -> Data {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="\(start)"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="\(start)"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/>\(override.map { #"<w:lvlOverride w:ilvl="0"><w:startOverride w:val="\#($0)"/></w:lvlOverride>"# } ?? "")</w:num>
            """
        let items = (1...3).map { OfficeFiles.wordParagraph("Punt \($0)", numId: "1") } + [OfficeFiles.wordParagraph("Sub", numId: "1", ilvl: 1)]
        return try OfficeFiles.docx(body: OfficeFiles.wordParagraph("Groep een") + items.joined(), numbering: numbering)
    }

    /// `w:start` and `w:startOverride` of 2^63−1 crashed the count of the next item.
    @Test(arguments: extremes) func countsWordListsFromAnyStart(value: String) throws {
        for data in [try Self.wordList(start: value), try Self.wordList(start: "1", override: value)] {
            let outline = try DocxReader().outline(data, file: "lijst.docx", document: "d")
            let ordinals = outline.blocks.compactMap { $0.marker?.ordinal }
            #expect(ordinals.count == 4)
            // Counting on from the largest start a file may give cannot overflow.
            #expect(ordinals.allSatisfy { (0...FileNumber.listStart.upperBound + 3).contains($0) }, "\(value): \(ordinals)")
            #expect(outline.blocks.map(\.text).contains("Punt 3"))
        }
    }

    /// `text:start-value` of 2^63−1 crashed the same way in a LibreOffice list; a space run of
    /// 2^63−1 spaces asks for more memory than any machine has.
    @Test(arguments: extremes) func countsODFListsFromAnyStart(value: String) throws {
        let body = """
            <text:list><text:list-item text:start-value="\(value)"><text:p>Eerste</text:p></text:list-item>\
            <text:list-item><text:p>Tweede<text:s text:c="\(value)"/>stuk</text:p></text:list-item></text:list>
            """
        let styles = #"<text:list-style style:name="L1"><text:list-level-style-number text:level="1" text:start-value="\#(value)" style:num-format="1" style:num-suffix="."/></text:list-style>"#
        let data = try OfficeFiles.odt(body: body.replacingOccurrences(of: "<text:list>", with: #"<text:list text:style-name="L1">"#), styles: styles)
        let outline = try OdtReader().outline(data, file: "lijst.odt", document: "d")
        let ordinals = outline.blocks.compactMap { $0.marker?.ordinal }
        #expect(ordinals.count == 2)
        #expect(ordinals.allSatisfy { (0...FileNumber.listStart.upperBound + 2).contains($0) }, "\(value): \(ordinals)")
        #expect(outline.blocks.last?.text.hasPrefix("Tweede") == true)
        #expect((outline.blocks.last?.text.count ?? .max) < 2_000)
    }

    /// Selection offsets past `Int` are refused as outside the text, not trapped on.
    @Test func refusesQDAOffsetsPastAnyText() throws {
        for value in Self.extremes where value != "0" {
            let data = try QDPXReaderTests.project(selections: QDPXReaderTests.selection(0, 3, codes: [2]).replacingOccurrences(of: #"endPosition="3""#, with: #"endPosition="\#(value)""#))
            #expect(throws: GraphError.self) { try QDPXReaderTests.rows(data) }
        }
    }

    @Test func parsesBoundedNumbers() {
        #expect(FileNumber.value("12", in: 0...100) == 12)
        #expect(FileNumber.value(" 7 ", in: 0...100) == 7)
        #expect(FileNumber.value("-5", in: 0...100) == 0)
        #expect(FileNumber.value("9223372036854775807", in: 0...100) == 100)
        #expect(FileNumber.value(String(repeating: "9", count: 50), in: 0...100) == 100)
        #expect(FileNumber.value("-" + String(repeating: "9", count: 50), in: 0...100) == 0)
        #expect(FileNumber.value("12a", in: 0...100) == nil)
        #expect(FileNumber.value("", in: 0...100) == nil)
        #expect(FileNumber.next(after: .max) == .max)
    }

    /// Nesting past libxml2's bound and a 12 MB run of text each say what is wrong, not only "malformed".
    @Test func saysWhyXMLCannotBeRead() throws {
        let deep = String(repeating: "<w:r>", count: 300) + String(repeating: "</w:r>", count: 300)
        let error = #expect(throws: GraphError.self) { try DocxReader().outline(try OfficeFiles.docx(body: "<w:p>\(deep)</w:p>"), file: "diep.docx", document: "d") }
        #expect(error?.problem.contains("256 deep") == true, "\(String(describing: error))")

        let run = String(repeating: "woord ", count: 2_000_000)
        let large = #expect(throws: GraphError.self) { try DocxReader().outline(try OfficeFiles.docx(body: OfficeFiles.wordParagraph(run)), file: "groot.docx", document: "d") }
        #expect(large?.problem.contains("10 MB") == true, "\(String(describing: large))")

        let broken = #expect(throws: GraphError.self) { try DocxReader().outline(try OfficeFiles.docx(body: "<w:p><w:r>"), file: "kapot.docx", document: "d") }
        #expect(broken?.problem.contains("malformed on line") == true, "\(String(describing: broken))")
    }

    /// A part written in UTF-16 (with its declaration saying so) is read, not called malformed.
    @Test func readsUTF16XMLParts() throws {
        let xml = #"<?xml version="1.0" encoding="UTF-16"?><w:document \#(OfficeFiles.wordNamespace)><w:body>\#(OfficeFiles.wordParagraph("Eén regel"))</w:body></w:document>"#
        var bytes = Data([0xFF, 0xFE])
        for unit in xml.utf16 { bytes.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let outline = try DocxReader.outline(documentXML: bytes, stylesXML: nil, numberingXML: nil, file: "utf16.docx", document: "d")
        #expect(outline.blocks.map(\.text) == ["Eén regel"])
    }

    /// An unclosed quote in the middle of a table is refused at its line, not read as one cell
    /// holding every later row; a header quoted to the end of the file is not quoted whole.
    @Test func refusesAnUnclosedQuoteAtItsLine() throws {
        let rows = (1...50).map { "Notitie \($0);Groep" }
        let csv = (["Tekst;Groep"] + rows[0..<10] + ["\"Open quote;Groep"] + rows[10...]).joined(separator: "\n")
        let error = #expect(throws: GraphError.self) { try TableReader().read(Data(csv.utf8), file: "bord.csv", document: "b") }
        #expect(error?.line == 12)
        #expect(error?.problem.contains("never closes") == true)

        let headerOpen = "\"Tekst;Groep\n" + String(repeating: "regel;x\n", count: 100_000)
        let start = #expect(throws: GraphError.self) { try TableReader().read(Data(headerOpen.utf8), file: "bord.csv", document: "b") }
        #expect(start?.line == 1)
        #expect((start?.description.count ?? .max) < 400)
    }

    /// A NUL in UTF-16 text is refused with its line, as in UTF-8, not let through to cut a note short.
    @Test func refusesNULInUTF16() throws {
        var bytes = Data([0xFF, 0xFE])
        for unit in "Tekst\nEen\u{0}cel\n".utf16 { bytes.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let error = #expect(throws: GraphError.self) { try TextDecoding.decode(bytes, file: "bord.csv") }
        #expect(error?.code == .binaryFile)
        #expect(error?.line == 2)
    }

    /// A file larger than the limit is refused from its size, before a byte is read; so is a pipe.
    @Test func refusesLargeFilesAndPipesBeforeReading() throws {
        let folder = try TemporaryFolder()
        let sparse = folder.file("groot.txt")
        _ = FileManager.default.createFile(atPath: sparse.path, contents: nil)
        let handle = try FileHandle(forWritingTo: sparse)
        try handle.truncate(atOffset: 3 << 30)  // 3 GB, sparse: nothing written, nothing read
        try handle.close()
        let error = #expect(throws: GraphError.self) { try ReaderRegistry.standard().contents(of: sparse) }
        #expect(error?.code == .tooLarge)
        #expect(error?.problem.contains("3072 MB") == true, "\(String(describing: error))")

        let pipe = folder.file("pijp.txt")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        let fifo = #expect(throws: GraphError.self) { try ReaderRegistry.standard().contents(of: pipe) }
        #expect(fifo?.problem.contains("not a plain file") == true)

        let small = try folder.write("klein", to: "klein.txt")
        #expect(try BoundedFile.read(small, maximumBytes: 5) == Data("klein".utf8))
        #expect(throws: GraphError.self) { try BoundedFile.read(small, maximumBytes: 4) }
    }
}
