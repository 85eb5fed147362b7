public import Graph
public import Foundation
import CLibXML2

/// Reads a Word document (.docx) into the same ``Outline`` the plain-text reader makes.
///
/// Heading styles (Heading 1–6, Title and their localised names such as Kop 1) make headings;
/// Word's automatic numbering and bullets (`w:numPr` with `numbering.xml`) make list items with
/// the marker Word would show; table cells are read as paragraphs; tabs, soft line breaks,
/// fields and hyperlinks keep their text; footnotes and deleted text are left out. A paragraph's
/// "line" is its position among the document's paragraphs.
///
/// A .docx is untrusted input: its zip structure is read with every offset checked
/// (``ZipArchive``), its XML may not declare a document type or entities (Word never does),
/// nothing is loaded from the network, and no entry may inflate beyond `limits`.
public struct DocxReader: DocumentReader {
    /// How much a .docx may inflate.
    public struct Limits: Sendable, Hashable {
        /// The most bytes one entry (such as `word/document.xml`) may inflate to.
        public var entryBytes: Int
        /// The most bytes all entries read together may inflate to.
        public var totalBytes: Int

        public init(entryBytes: Int = 64 << 20, totalBytes: Int = 128 << 20) {
            self.entryBytes = entryBytes
            self.totalBytes = totalBytes
        }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    public var formatName: String { "Word .docx" }
    public var fileExtensions: Set<String> { ["docx"] }

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
        let archive: ZipArchive
        do {
            archive = try ZipArchive(data)
        } catch {
            throw GraphError(.unsupportedFormat, file: file, problem: "the file is not a readable .docx (its zip structure is broken or cut off)", remedy: "open it in Word and save it again")
        }
        var budget = limits.totalBytes
        guard let body = try entry("word/document.xml", in: archive, file: file, budget: &budget) else {
            throw GraphError(.unsupportedFormat, file: file, problem: "the file has no word/document.xml and is not a Word document", remedy: "save it from Word as .docx")
        }
        var numbering = WordNumbering()
        if let xml = try entry("word/numbering.xml", in: archive, file: file, budget: &budget) { numbering = try WordNumbering(xml: xml, file: file) }
        var styles = WordStyles()
        if let xml = try entry("word/styles.xml", in: archive, file: file, budget: &budget) { styles = try WordStyles(xml: xml, file: file) }
        return try WordBody(numbering: numbering, styles: styles).outline(try XMLDocument(body, file: file), document: document)
    }

    /// The inflated bytes of entry `path`, or `nil` when the archive has none.
    private func entry(_ path: String, in archive: ZipArchive, file: String, budget: inout Int) throws(GraphError) -> Data? {
        let limit = min(limits.entryBytes, budget)
        let data: Data?
        do {
            data = try archive.contents(of: path, limit: limit)
        } catch .tooLarge(let claimed) {
            throw GraphError(.unsupportedFormat, file: file, problem: "\(path) would inflate to \(claimed) bytes, more than the limit of \(limit)", remedy: "check the file is a genuine Word document, or raise the limit with --max-inflate")
        } catch .inflatesBeyond {
            throw GraphError(.unsupportedFormat, file: file, problem: "\(path) inflates to more than the limit of \(limit) bytes", remedy: "check the file is a genuine Word document, or raise the limit with --max-inflate")
        } catch {
            throw GraphError(.unsupportedFormat, file: file, problem: "\(path) cannot be inflated (the archive is damaged or cut off)", remedy: "open it in Word and save it again")
        }
        if let data { budget -= data.count }
        return data
    }
}

/// A parsed XML part of a .docx, freed when released.
final class XMLDocument {
    // A libxml2 document is not thread-safe; this one lives inside a single read.
    let pointer: xmlDocPtr

    init(_ data: Data, file: String) throws(GraphError) {
        for forbidden in ["<!DOCTYPE", "<!ENTITY"] where data.range(of: Data(forbidden.utf8)) != nil {
            throw GraphError(.unsupportedFormat, file: file, problem: "the document's XML declares a document type or entities, which Word never writes; it is refused so that nothing is expanded or fetched", remedy: "open it in Word and save it again")
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), "part.xml", "UTF-8", options)
        }
        guard let parsed else {
            throw GraphError(.unsupportedFormat, file: file, problem: "the document's XML is malformed", remedy: "open it in Word and save it again")
        }
        pointer = parsed
    }

    deinit { xmlFreeDoc(pointer) }

    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
}

/// Helpers over libxml2 nodes: local names, attributes, children.
enum XMLNode {
    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if isElement(current) { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    static func child(_ node: xmlNodePtr, _ name: String) -> xmlNodePtr? {
        children(node).first { self.name($0) == name }
    }

    /// An attribute by local name, whatever its namespace (`w:val` as `val`).
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { agenda_xml_free(value) }
        return String(cString: value)
    }

    static func text(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { agenda_xml_free(content) }
        return String(cString: content)
    }
}
