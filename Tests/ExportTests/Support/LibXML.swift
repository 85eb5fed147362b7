import CLibXML2
import Foundation

/// Validation against an XML Schema and a small read-back, through libxml2, for the tests.
enum LibXML {
    /// Collects libxml2's messages through its C callback.
    final class Messages {
        var lines: [String] = []

        /// libxml2's structured-error callback, with a `Messages` as its context.
        static let collect: xmlStructuredErrorFunc = { context, error in
            guard let context, let error else { return }
            let messages = Unmanaged<Messages>.fromOpaque(context).takeUnretainedValue()
            let text = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            messages.lines.append("line \(error.pointee.line): \(text.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }

    /// The schema errors of `document` against the XSD at `schema`; empty when valid.
    static func validate(_ document: String, schema: URL) -> [String] {
        guard let parserContext = xmlSchemaNewParserCtxt(schema.path) else { return ["cannot open schema \(schema.path)"] }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        guard let compiled = xmlSchemaParse(parserContext) else { return ["cannot compile schema \(schema.path)"] }
        defer { xmlSchemaFree(compiled) }
        guard let validation = xmlSchemaNewValidCtxt(compiled) else { return ["cannot create validation context"] }
        defer { xmlSchemaFreeValidCtxt(validation) }

        let messages = Messages()
        xmlSchemaSetValidStructuredErrors(validation, Messages.collect, Unmanaged.passUnretained(messages).toOpaque())
        guard let doc = parse(document) else { return ["not well-formed XML"] }
        defer { xmlFreeDoc(doc) }
        let status = xmlSchemaValidateDoc(validation, doc)
        if status != 0, messages.lines.isEmpty { messages.lines.append("invalid (status \(status))") }
        return messages.lines
    }

    /// One element read back: its name, attributes and the text of its `<data>` children by key.
    struct Element {
        var name: String
        var attributes: [String: String]
        var data: [String: String]
    }

    /// The `<key>`, `<node>` and `<edge>` elements of a GraphML document, in order.
    static func graphElements(_ document: String) -> [Element] {
        guard let doc = parse(document) else { return [] }
        defer { xmlFreeDoc(doc) }
        var result: [Element] = []
        func visit(_ node: xmlNodePtr?) {
            var current = node
            while let element = current {
                if element.pointee.type == XML_ELEMENT_NODE {
                    let name = String(cString: element.pointee.name)
                    if ["key", "node", "edge"].contains(name) {
                        result.append(Element(name: name, attributes: attributes(of: element), data: data(of: element)))
                    }
                    if name == "graphml" || name == "graph" { visit(element.pointee.children) }
                }
                current = element.pointee.next
            }
        }
        visit(xmlDocGetRootElement(doc))
        return result
    }

    private static func attributes(of element: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = element.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            if let value = xmlGetProp(element, current.pointee.name) {
                result[name] = String(cString: value)
                agenda_xml_free(value)
            }
            attribute = current.pointee.next
        }
        return result
    }

    private static func data(of element: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var child = element.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, String(cString: current.pointee.name) == "data",
                let key = xmlGetProp(current, "key"), let content = xmlNodeGetContent(current)
            {
                result[String(cString: key)] = String(cString: content)
                agenda_xml_free(key)
                agenda_xml_free(content)
            }
            child = current.pointee.next
        }
        return result
    }
}
