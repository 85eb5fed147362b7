public import Graph
public import Foundation

/// Reads a LibreOffice (OpenDocument) text document, .odt, into the same ``Outline`` the Word
/// and plain-text readers make.
///
/// `text:h` makes a heading at its outline level, and so does a paragraph whose style is a
/// heading (by outline level or name, Dutch names included); `text:list` items make list items
/// at their nesting depth, with the bullet or number their list style shows, counted as
/// LibreOffice counts (lists that continue another, items that restart). Built-in list styles
/// keep their level by name, as in Word (*List Number 2*). Table cells and sections are read as
/// paragraphs; notes, annotations, drawings and deleted text are left out.
///
/// An .odt is untrusted input, read through the same defences as Word's: every zip offset
/// checked, no document type or entities in the XML, no network, inflation bounded by `limits`.
public struct OdtReader: DocumentReader {
    public var limits: ArchiveLimits

    public init(limits: ArchiveLimits = ArchiveLimits()) {
        self.limits = limits
    }

    public var formatName: String { "LibreOffice .odt" }
    public var fileExtensions: Set<String> { ["odt"] }

    /// The ODF text media type a zip names in its first entry, `mimetype`.
    static let mediaType = "application/vnd.oasis.opendocument.text"

    /// A zip archive whose `mimetype` entry names an ODF text document.
    public func recognises(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) && data.prefix(256).range(of: Data(Self.mediaType.utf8)) != nil
    }

    public func read(_ data: Data, file: String, document: String) throws(GraphError) -> ReadDocument {
        ReadDocument(outline: try outline(data, file: file, document: document), encoding: .odt)
    }

    /// Reads the .odt `data`, read from `file`, into an outline.
    ///
    /// - Throws: ``GraphError`` naming the file when it is no readable ODF text document,
    ///   declares entities, or inflates beyond the limits.
    public func outline(_ data: Data, file: String, document: String) throws(GraphError) -> Outline {
        var archive = try DocumentArchive(data, file: file, format: ".odt", program: "LibreOffice", limits: limits)
        guard let content = try archive.xml("content.xml") else {
            throw GraphError(.unsupportedFormat, file: file, problem: "the file has no content.xml and is not an OpenDocument text", remedy: "save it from LibreOffice as .odt")
        }
        let styles = try archive.xml("styles.xml")
        return ODFBody(styles: ODFStyles([styles, content].compactMap { $0 })).outline(content, document: document)
    }

    /// Reads an ODF text document's XML parts as they stand unzipped: `content.xml`, and the
    /// `styles.xml` whose styles it uses. What the fuzzer drives.
    ///
    /// - Throws: ``GraphError`` naming `file` when a part is malformed or declares entities.
    public static func outline(contentXML: Data, stylesXML: Data?, file: String, document: String) throws(GraphError) -> Outline {
        let content = try XMLDocument(contentXML, file: file, program: "LibreOffice")
        let styles = try stylesXML.map { xml throws(GraphError) in try XMLDocument(xml, file: file, program: "LibreOffice") }
        return ODFBody(styles: ODFStyles([styles, content].compactMap { $0 })).outline(content, document: document)
    }
}
