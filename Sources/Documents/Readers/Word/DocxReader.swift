public import Graph
public import Foundation

/// Reads a Word document (.docx) into the same ``Outline`` the plain-text reader makes.
///
/// Headings come from outline levels and heading styles (Heading 1–9, Title and their Dutch
/// names such as Kop 1 and Titel), directly or through the styles a style is based on. List
/// items come from Word's numbering wherever Word keeps it — on the paragraph, or in its style
/// (*List Bullet*, *List Number 2*, *Lijstnummering*) — with the marker Word would show. Table
/// cells are read as paragraphs; tabs, soft line breaks, fields and hyperlinks keep their text;
/// footnotes and deleted text are left out. A paragraph's "line" is its position among the
/// document's paragraphs.
///
/// A .docx is untrusted input: its zip structure is read with every offset checked, its XML may
/// not declare a document type or entities, nothing is loaded from the network, and no entry may
/// inflate beyond `limits` (``DocumentArchive``).
public struct DocxReader: DocumentReader {
    public var limits: ArchiveLimits

    public init(limits: ArchiveLimits = ArchiveLimits()) {
        self.limits = limits
    }

    public var formatName: String { "Word .docx" }
    public var fileExtensions: Set<String> { ["docx", "docm"] }

    /// A zip archive that holds `word/document.xml`.
    public func recognises(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) && data.range(of: Data("word/document.xml".utf8)) != nil
    }

    public func read(_ data: Data, file: String, document: String) throws(GraphError) -> ReadDocument {
        ReadDocument(outline: try outline(data, file: file, document: document), encoding: .docx)
    }

    /// Reads the .docx `data`, read from `file`, into an outline.
    ///
    /// - Throws: ``GraphError`` naming the file when it is no readable Word document, declares
    ///   entities, or inflates beyond the limits.
    public func outline(_ data: Data, file: String, document: String) throws(GraphError) -> Outline {
        var archive = try DocumentArchive(data, file: file, format: ".docx", program: "Word", limits: limits)
        guard let body = try archive.xml("word/document.xml") else {
            throw GraphError(.unsupportedFormat, file: file, problem: "the file has no word/document.xml and is not a Word document", remedy: "save it from Word as .docx")
        }
        let numbering = try archive.xml("word/numbering.xml").map(WordNumbering.init) ?? WordNumbering()
        let styles = try archive.xml("word/styles.xml").map(WordStyles.init) ?? WordStyles()
        return WordBody(numbering: numbering, styles: styles).outline(body, document: document)
    }

    /// Reads a Word document's XML parts as they stand unzipped: `document.xml`, and the
    /// `styles.xml` and `numbering.xml` that give it headings and lists. What the fuzzer drives.
    ///
    /// - Throws: ``GraphError`` naming `file` when a part is malformed or declares entities.
    public static func outline(documentXML: Data, stylesXML: Data?, numberingXML: Data?, file: String, document: String) throws(GraphError) -> Outline {
        let body = try XMLDocument(documentXML, file: file, program: "Word")
        let numbering = try numberingXML.map { xml throws(GraphError) in WordNumbering(try XMLDocument(xml, file: file, program: "Word")) } ?? WordNumbering()
        let styles = try stylesXML.map { xml throws(GraphError) in WordStyles(try XMLDocument(xml, file: file, program: "Word")) } ?? WordStyles()
        return WordBody(numbering: numbering, styles: styles).outline(body, document: document)
    }
}
