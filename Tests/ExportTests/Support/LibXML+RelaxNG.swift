import CLibXML2
import Foundation

extension LibXML {
    /// The errors of `document` against the RELAX NG grammar at `schema`; empty when valid.
    static func validateRelaxNG(_ document: String, schema: URL) -> [String] {
        guard let parserContext = xmlRelaxNGNewParserCtxt(schema.path) else { return ["cannot open schema \(schema.path)"] }
        defer { xmlRelaxNGFreeParserCtxt(parserContext) }
        guard let compiled = xmlRelaxNGParse(parserContext) else { return ["cannot compile schema \(schema.path)"] }
        defer { xmlRelaxNGFree(compiled) }
        guard let validation = xmlRelaxNGNewValidCtxt(compiled) else { return ["cannot create validation context"] }
        defer { xmlRelaxNGFreeValidCtxt(validation) }
        let messages = Messages()
        xmlRelaxNGSetValidStructuredErrors(validation, Messages.collect, Unmanaged.passUnretained(messages).toOpaque())
        guard let doc = parse(document) else { return ["not well-formed XML"] }
        defer { xmlFreeDoc(doc) }
        let status = xmlRelaxNGValidateDoc(validation, doc)
        if status != 0, messages.lines.isEmpty { messages.lines.append("invalid (status \(status))") }
        return messages.lines
    }

    /// Every element of `document` in document order: its local name, its attributes (values
    /// as a parser gives them back), and its text when it has no child elements.
    static func elements(_ document: String) -> [Element] {
        guard let doc = parse(document) else { return [] }
        defer { xmlFreeDoc(doc) }
        var result: [Element] = []
        func visit(_ node: xmlNodePtr?) {
            var current = node
            while let element = current {
                if element.pointee.type == XML_ELEMENT_NODE {
                    var attributes: [String: String] = [:]
                    var attribute = element.pointee.properties
                    while let a = attribute {
                        if let value = xmlGetProp(element, a.pointee.name) {
                            attributes[String(cString: a.pointee.name)] = String(cString: value)
                            agenda_xml_free(value)
                        }
                        attribute = a.pointee.next
                    }
                    var text = ""
                    if let content = xmlNodeGetContent(element) {
                        text = String(cString: content)
                        agenda_xml_free(content)
                    }
                    result.append(Element(name: String(cString: element.pointee.name), attributes: attributes, data: ["text": text]))
                    visit(element.pointee.children)
                }
                current = element.pointee.next
            }
        }
        visit(xmlDocGetRootElement(doc))
        return result
    }

    /// `document` parsed, never touching the network; `nil` when it is not well-formed.
    static func parse(_ document: String) -> xmlDocPtr? {
        let bytes = Array(document.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), "export.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
                }
            }
        }
    }
}
