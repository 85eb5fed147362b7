import Graph
import Foundation
import CLibXML2

/// A parsed XML part of an office document, freed when released.
///
/// Office documents are untrusted input: a part may not declare a document type or entities
/// (Word and LibreOffice never write one), so nothing is expanded or fetched, and libxml2 is
/// told never to touch the network.
final class XMLDocument {
    // A libxml2 document is not thread-safe; this one lives inside a single read.
    let pointer: xmlDocPtr

    init(_ data: Data, file: String, program: String) throws(GraphError) {
        for forbidden in ["<!DOCTYPE", "<!ENTITY"] where data.range(of: Data(forbidden.utf8)) != nil {
            throw GraphError(.unsupportedFormat, file: file, problem: "the document's XML declares a document type or entities, which \(program) never writes; it is refused so that nothing is expanded or fetched", remedy: "open it in \(program) and save it again")
        }
        let bytes = try Self.utf8(data, file: file, program: program)
        guard let context = xmlNewParserCtxt() else {
            throw GraphError(.unsupportedFormat, file: file, problem: "there was no memory to read the document's XML", remedy: "close other programs and try again")
        }
        defer { xmlFreeParserCtxt(context) }
        agenda_xml_silence_errors()
        defer { agenda_xml_restore_errors() }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return nil }
            return xmlCtxtReadMemory(context, base.assumingMemoryBound(to: CChar.self), Int32(clamping: raw.count), "part.xml", "UTF-8", options)
        }
        guard let parsed else {
            throw GraphError(.unsupportedFormat, file: file, problem: Self.problem(xmlCtxtGetLastError(context)), remedy: "open it in \(program) and save it again")
        }
        pointer = parsed
    }

    /// What libxml2's last error means, said for a person: too deep, too large a run of text,
    /// or malformed with the line and libxml2's own words.
    private static func problem(_ error: UnsafeMutablePointer<xmlError>?) -> String {
        guard let error = error?.pointee, error.code != 0 else { return "the document's XML is malformed" }
        let message = error.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let lowered = message.lowercased()
        if lowered.contains("depth") {
            return "the document's XML nests elements more than 256 deep, deeper than any word processor writes"
        }
        if lowered.contains("huge") {
            return "the document's XML holds a single run of text or an attribute larger than 10 MB, more than any word processor writes"
        }
        let line = error.line > 0 ? " on line \(error.line) of its XML" : ""
        return "the document's XML is malformed\(line) (\(TextShape.excerpt(message, limit: 120)))"
    }

    /// `data` as UTF-8: a part in UTF-16 (which a program may write for a QDA project) is
    /// converted, with its declaration saying so; UTF-8 passes through.
    private static func utf8(_ data: Data, file: String, program: String) throws(GraphError) -> Data {
        let head = Array(data.prefix(4))
        let bigEndian: Bool
        if head.starts(with: [0xFF, 0xFE]) || (head.count == 4 && head[0] == 0x3C && head[1] == 0 && head[2] != 0) {
            bigEndian = false
        } else if head.starts(with: [0xFE, 0xFF]) || (head.count == 4 && head[0] == 0 && head[1] == 0x3C) {
            bigEndian = true
        } else {
            return data
        }
        let body = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) ? data.dropFirst(2) : data[...]
        guard let text = String(data: Data(body), encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian) else {
            throw GraphError(.unsupportedFormat, file: file, problem: "the document's XML says it is UTF-16 but is not valid UTF-16", remedy: "open it in \(program) and save it again")
        }
        // The declaration would name the old encoding; the text is UTF-8 now.
        var converted = text
        if let declaration = converted.range(of: #"^<\?xml[^>]*\?>"#, options: .regularExpression) {
            let fixed = converted[declaration].replacingOccurrences(of: #"encoding\s*=\s*["'][^"']*["']"#, with: #"encoding="UTF-8""#, options: .regularExpression)
            converted.replaceSubrange(declaration, with: fixed)
        }
        return Data(converted.utf8)
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

    /// The concatenated text of the node and everything under it.
    static func text(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { agenda_xml_free(content) }
        return String(cString: content)
    }

    /// Whether the node is a text (or CDATA) node, and its text.
    static func characters(_ node: xmlNodePtr) -> String? {
        guard node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE, let content = node.pointee.content else { return nil }
        return String(cString: content)
    }

    /// Every child node, elements and text alike, in document order.
    static func allChildren(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            result.append(current)
            child = current.pointee.next
        }
        return result
    }
}
