public import Foundation
public import Graph

/// Reads the bytes of one file format into an ``Outline``.
///
/// Every format ends in the same outline, so the interpreters never see a format; adding a
/// format is adding a reader and listing it in ``ReaderRegistry``.
public protocol DocumentReader: Sendable {
    /// A short name of the format, for messages ("Word .docx").
    var formatName: String { get }
    /// The file extensions the reader reads, lower case and without the dot.
    var fileExtensions: Set<String> { get }
    /// Whether `data` is in this format whatever the file is called (a zip for Word).
    func recognises(_ data: Data) -> Bool
    /// Reads `data`, the bytes of `file`, as the document `document`.
    ///
    /// - Throws: ``GraphError`` naming the file when its bytes are not of this format.
    func read(_ data: Data, file: String, document: String) throws(GraphError) -> ReadDocument
    /// The document's plain text alone (``ReadDocument/text``), which may be had more cheaply than the outline.
    func text(_ data: Data, file: String) throws(GraphError) -> String
}

extension DocumentReader {
    public func recognises(_ data: Data) -> Bool { false }

    public func text(_ data: Data, file: String) throws(GraphError) -> String {
        try read(data, file: file, document: "").text
    }
}

/// What a reader made of a file: its outline, its text, and how the text was encoded.
public struct ReadDocument: Sendable, Hashable {
    public var outline: Outline
    /// The document as plain text, one line per source line (text formats) or per block: what
    /// the clustering reads as background.
    public var text: String
    public var encoding: TextDecoding.Encoding

    public init(outline: Outline, text: String, encoding: TextDecoding.Encoding) {
        self.outline = outline
        self.text = text
        self.encoding = encoding
    }

    /// An outline read from a format that is not text: its text is its blocks, one per line.
    public init(outline: Outline, encoding: TextDecoding.Encoding) {
        self.init(outline: outline, text: outline.blocks.map(\.text).joined(separator: "\n"), encoding: encoding)
    }
}

/// A reader of a text format: the bytes are decoded (UTF-8, UTF-16, Windows-1252) and the
/// text read into an outline.
public protocol TextDocumentReader: DocumentReader {
    /// Reads `text`, the decoded content of the document named `document`.
    func read(_ text: String, document: String) -> Outline
}

extension TextDocumentReader {
    /// The decoded text, without reading it into an outline.
    public func text(_ data: Data, file: String) throws(GraphError) -> String {
        try TextDecoding.decode(data, file: file).text
    }

    public func read(_ data: Data, file: String, document: String) throws(GraphError) -> ReadDocument {
        let (text, encoding) = try TextDecoding.decode(data, file: file)
        return ReadDocument(outline: read(text, document: document), text: text, encoding: encoding)
    }
}
