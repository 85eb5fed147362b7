public import Graph

/// Writes a graph as GraphML that Gephi, yEd, Cytoscape, NetworkX and igraph open as it is.
///
/// Every attribute has one `<key>` with a domain-prefixed id (`v_label`, `e_kind`, never
/// Gephi's `d0…`), a name and a type. Nodes carry `label`, `kind`, `text`, `document`, `line`,
/// a colour and size per kind, and their kind's own properties; edges carry `kind` and
/// `weight` (1 where the edge has no strength of its own). Ids are the graph's ids made into
/// XML name tokens. The same snapshot always gives the same bytes.
public struct GraphMLWriter: Sendable {
    public var profile: GraphMLProfile

    public init(profile: GraphMLProfile = .plain) {
        self.profile = profile
    }

    static let fixedNodeKeys: [GraphMLKey] = [
        GraphMLKey(id: "v_label", domain: .node, name: "label", type: .string),
        GraphMLKey(id: "v_kind", domain: .node, name: "kind", type: .string),
        GraphMLKey(id: "v_text", domain: .node, name: "text", type: .string),
        GraphMLKey(id: "v_document", domain: .node, name: "document", type: .string),
        GraphMLKey(id: "v_line", domain: .node, name: "line", type: .int),
        GraphMLKey(id: "v_name", domain: .node, name: "name", type: .string),
        GraphMLKey(id: "v_color", domain: .node, name: "color", type: .string),
        GraphMLKey(id: "v_r", domain: .node, name: "r", type: .int),
        GraphMLKey(id: "v_g", domain: .node, name: "g", type: .int),
        GraphMLKey(id: "v_b", domain: .node, name: "b", type: .int),
        GraphMLKey(id: "v_size", domain: .node, name: "size", type: .float),
    ]

    static let fixedEdgeKeys: [GraphMLKey] = [
        GraphMLKey(id: "e_kind", domain: .edge, name: "kind", type: .string),
        GraphMLKey(id: "e_label", domain: .edge, name: "label", type: .string),
        GraphMLKey(id: "e_interaction", domain: .edge, name: "interaction", type: .string),
        GraphMLKey(id: "e_weight", domain: .edge, name: "weight", type: .double),
    ]

    /// Writes `snapshot` to `output`.
    ///
    /// - Complexity: O(n + e) in the number of nodes and edges, with output streamed.
    public func write(_ snapshot: GraphSnapshot, to output: inout some TextOutputStream) {
        let ids = Self.tokens(for: snapshot.nodes.map(\.id))
        let nodeProperties = Set(snapshot.nodes.flatMap(\.properties.keys)).sorted()
        let edgeProperties = Set(snapshot.edges.flatMap(\.properties.keys)).sorted()
        let nodePropertyKeys = nodeProperties.map { ($0, GraphMLKey.property($0.rawValue, domain: .node)) }
        let edgePropertyKeys = edgeProperties.map { ($0, GraphMLKey.property($0.rawValue, domain: .edge)) }

        output.write(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n")
        output.write(#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns""#)
        output.write(#" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#)
        if profile == .yed {
            output.write(#" xmlns:y="http://www.yworks.com/xml/graphml""#)
            output.write(#" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">"# + "\n")
        } else {
            output.write(#" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"# + "\n")
        }
        for key in Self.fixedNodeKeys + nodePropertyKeys.map(\.1) + Self.fixedEdgeKeys + edgePropertyKeys.map(\.1) {
            output.write(key.declaration + "\n")
        }
        if profile == .yed {
            output.write(#"  <key id="v_graphics" for="node" yfiles.type="nodegraphics"/>"# + "\n")
            output.write(#"  <key id="e_graphics" for="edge" yfiles.type="edgegraphics"/>"# + "\n")
        }
        output.write(#"  <graph id="G" edgedefault="directed">"# + "\n")

        for (index, node) in snapshot.nodes.enumerated() {
            let style = NodeStyle.of(node.kind)
            output.write(#"    <node id="\#(ids[index])">"# + "\n")
            Self.data("v_label", node.label, to: &output)
            Self.data("v_kind", node.kind.rawValue, to: &output)
            if let text = node.text { Self.data("v_text", text, to: &output) }
            Self.data("v_document", node.provenance.document, to: &output)
            Self.data("v_line", String(node.provenance.line), to: &output)
            Self.data("v_name", node.label, to: &output)
            Self.data("v_color", style.hex, to: &output)
            Self.data("v_r", String(style.red), to: &output)
            Self.data("v_g", String(style.green), to: &output)
            Self.data("v_b", String(style.blue), to: &output)
            Self.data("v_size", String(style.size), to: &output)
            for (name, key) in nodePropertyKeys {
                if let value = node.properties[value: name] { Self.data(key.id, Self.text(of: value), to: &output) }
            }
            if profile == .yed { Self.yedNode(node, style: style, to: &output) }
            output.write("    </node>\n")
        }

        let index = Dictionary(zip(snapshot.nodes.map(\.id), ids), uniquingKeysWith: { first, _ in first })
        var edgeNumber = 0
        for edge in snapshot.edges {
            guard let source = index[edge.source], let target = index[edge.target] else { continue }
            output.write(#"    <edge id="e\#(edgeNumber)" source="\#(source)" target="\#(target)">"# + "\n")
            edgeNumber += 1
            Self.data("e_kind", edge.kind.rawValue, to: &output)
            Self.data("e_label", edge.kind.rawValue, to: &output)
            Self.data("e_interaction", edge.kind.rawValue, to: &output)
            let weight = edge.weight.flatMap { $0.isFinite ? $0 : nil } ?? 1
            Self.data("e_weight", String(weight), to: &output)
            for (name, key) in edgePropertyKeys {
                if let value = edge.properties[value: name] { Self.data(key.id, Self.text(of: value), to: &output) }
            }
            if profile == .yed { Self.yedEdge(edge, to: &output) }
            output.write("    </edge>\n")
        }
        output.write("  </graph>\n</graphml>\n")
    }

    /// Writes `snapshot` into a string; for tests and small graphs.
    public func string(_ snapshot: GraphSnapshot) -> String {
        var output = ""
        write(snapshot, to: &output)
        return output
    }

    /// A property value as GraphML text: a text as it is, a list as a JSON array of strings, so
    /// items that contain a separator stay apart (`json.loads` gives the list back).
    static func text(of value: PropertyValue) -> String {
        switch value {
        case .text(let text): text
        case .list(let items): JSONText.array(items)
        }
    }

    private static func data(_ key: String, _ value: String, to output: inout some TextOutputStream) {
        output.write(#"      <data key="\#(key)">"#)
        output.write(XMLText.escape(value))
        output.write("</data>\n")
    }

    private static func yedNode(_ node: Node, style: NodeStyle, to output: inout some TextOutputStream) {
        let width = min(260, max(60, 7 * node.label.count + 20))
        output.write(#"      <data key="v_graphics">"# + "\n")
        output.write("        <y:ShapeNode>\n")
        output.write(#"          <y:Geometry width="\#(width).0" height="\#(Int(style.size) + 24).0"/>"# + "\n")
        output.write(#"          <y:Fill color="\#(style.hex)" transparent="false"/>"# + "\n")
        output.write(##"          <y:BorderStyle color="#333333" type="line" width="1.0"/>"## + "\n")
        output.write(#"          <y:NodeLabel>"# + XMLText.escape(node.label) + "</y:NodeLabel>\n")
        output.write(#"          <y:Shape type="\#(style.shape)"/>"# + "\n")
        output.write("        </y:ShapeNode>\n")
        output.write("      </data>\n")
    }

    private static func yedEdge(_ edge: Edge, to output: inout some TextOutputStream) {
        output.write(#"      <data key="e_graphics">"# + "\n")
        output.write("        <y:PolyLineEdge>\n")
        output.write(##"          <y:LineStyle color="#666666" type="line" width="1.0"/>"## + "\n")
        output.write(#"          <y:Arrows source="none" target="standard"/>"# + "\n")
        output.write("          <y:EdgeLabel>\(edge.kind.rawValue)</y:EdgeLabel>\n")
        output.write("        </y:PolyLineEdge>\n")
        output.write("      </data>\n")
    }

    /// XML name tokens for `ids`, in order; made unique where two ids fold to one token.
    static func tokens(for ids: [String]) -> [String] {
        var used: Set<String> = []
        return ids.map { id in
            var token = XMLText.token(id)
            if !used.insert(token).inserted {
                var n = 2
                while used.contains("\(token)-\(n)") { n += 1 }
                token = "\(token)-\(n)"
                used.insert(token)
            }
            return token
        }
    }
}
