import Foundation
import Testing
@testable import Documents
import Graph
import TestSupport

@Suite struct TextDecodingTests {
    let sample = "Vrouw, werk en ‘informele’ zorg – ë ï é …"

    @Test func decodesUTF8WithAndWithoutByteOrderMark() throws {
        let plain = try TextDecoding.decode(Data(sample.utf8), file: "a.txt")
        #expect(plain.text == sample && plain.encoding == .utf8)
        let bom = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array(sample.utf8)), file: "a.txt")
        #expect(bom.text == sample && bom.encoding == .utf8)
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        let units = Array(sample.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let fromLittle = try TextDecoding.decode(Data(little), file: "a.txt")
        let fromBig = try TextDecoding.decode(Data(big), file: "a.txt")
        #expect(fromLittle.text == sample && fromLittle.encoding == .utf16LE)
        #expect(fromBig.text == sample && fromBig.encoding == .utf16BE)
    }

    @Test func fallsBackToWindows1252() throws {
        // ‘ ’ – … ë in Windows-1252.
        let bytes: [UInt8] = [0x91, 0x69, 0x92, 0x20, 0x96, 0x20, 0x85, 0x20, 0xEB]
        let decoded = try TextDecoding.decode(Data(bytes), file: "old.txt")
        #expect(decoded.text == "‘i’ – … ë")
        #expect(decoded.encoding == .windows1252)
    }

    @Test func rejectsEmptyAndBinaryFilesNamingTheFile() {
        #expect {
            try TextDecoding.decode(Data(" \n\n".utf8), file: "leeg.txt")
        } throws: { error in
            (error as? GraphError)?.code == .emptyFile && "\(error)".hasPrefix("leeg.txt: ")
        }
        #expect {
            try TextDecoding.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]), file: "report.txt")
        } throws: { error in
            (error as? GraphError)?.code == .binaryFile && "\(error)".contains("offset 4")
        }
    }
}
