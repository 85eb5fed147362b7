public import Graph
public import Foundation

/// Decodes a document's bytes to text: UTF-8 (with or without byte-order mark), UTF-16 with
/// a byte-order mark, and Windows-1252 as the fallback for older Dutch exports.
public enum TextDecoding {
    /// The encoding a document was decoded with, as reported to the user.
    public enum Encoding: String, Sendable, Hashable, Codable {
        case utf8 = "UTF-8"
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
        case windows1252 = "Windows-1252"
        /// A Word document, whose XML is UTF-8 by definition.
        case docx = "Word .docx"
        /// A LibreOffice (OpenDocument) text, whose XML is UTF-8 by definition.
        case odt = "LibreOffice .odt"
        /// A REFI-QDA project, whose XML and texts are UTF-8.
        case qdpx = "REFI-QDA .qdpx"
    }

    /// Decodes `data` read from `file`.
    ///
    /// - Throws: ``GraphError`` when the file is empty, looks binary, or is none of the
    ///   encodings above.
    public static func decode(_ data: Data, file: String) throws(GraphError) -> (text: String, encoding: Encoding) {
        let bytes = [UInt8](data)
        guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            throw GraphError(.emptyFile, file: file, problem: "the file is empty", remedy: "add its text or leave it out of the corpus")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (try utf16(bytes.dropFirst(2), bigEndian: false, file: file), .utf16LE)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (try utf16(bytes.dropFirst(2), bigEndian: true, file: file), .utf16BE)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let zero = body.firstIndex(of: 0) {
            throw GraphError(.binaryFile, file: file, problem: "the file holds a NUL byte at offset \(zero) and looks binary, not text", remedy: "export it as plain text or Markdown")
        }
        if let text = String(validating: body, as: UTF8.self) {
            return (text, .utf8)
        }
        // Bytes Windows-1252 leaves undefined betray a file that is neither encoding.
        let undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
        if let offset = body.firstIndex(where: { undefined.contains($0) }) {
            throw GraphError(.undecodableText, file: file, problem: "the byte at offset \(offset) is neither UTF-8 nor Windows-1252 text", remedy: "save the file as UTF-8")
        }
        guard let text = String(data: Data(body), encoding: .windowsCP1252) else {
            throw GraphError(.undecodableText, file: file, problem: "the text is neither UTF-8 nor Windows-1252", remedy: "save the file as UTF-8")
        }
        return (text, .windows1252)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String) throws(GraphError) -> String {
        guard bytes.count % 2 == 0 else {
            throw GraphError(.undecodableText, file: file, problem: "the UTF-16 text has an odd number of bytes and is cut off", remedy: "save the file again")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw GraphError(.undecodableText, file: file, problem: "the UTF-16 text holds an unpaired surrogate", remedy: "save the file as UTF-8")
        }
        // A NUL is no more text in UTF-16 than in UTF-8, and would cut a note short wherever it is stored.
        if let zero = units.firstIndex(of: 0) {
            let line = 1 + units[..<zero].lazy.filter { $0 == 0x0A }.count
            throw GraphError(.binaryFile, file: file, line: line, problem: "the UTF-16 text holds a NUL character, which is not text", remedy: "remove it, or save the file again as UTF-8")
        }
        return text
    }
}
