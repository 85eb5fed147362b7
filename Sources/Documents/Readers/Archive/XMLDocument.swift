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
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(clamping: raw.count), "part.xml", "UTF-8", options)
        }
        guard let parsed else {
            throw GraphError(.unsupportedFormat, file: file, problem: "the document's XML is malformed", remedy: "open it in \(program) and save it again")
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
