public import Graph

/// Writes a graph as Cytoscape.js JSON (`.cyjs`): Cytoscape desktop imports it with its
/// positions (File → Import → Network from File), Cytoscape.js draws it, and NetworkX reads it
/// with `cytoscape_graph`.
///
/// Each node's `data` holds `id`, `value` (the id again, which NetworkX keys nodes by), `name`
/// (the label, which Cytoscape's default style shows), `label`, `kind`, `text`, `document`,
/// `line`, `color`, `size` and its kind's own properties, and `position` holds x and y from
/// ``GraphLayout``. Each edge's `data` holds `id`, `source`, `target`, `key` (which parallel edge
/// of the pair it is), `kind`, `interaction` (Cytoscape's edge column) and `weight`. One element
/// per line, keys in a fixed order, so the same snapshot always gives the same bytes.
public struct CytoscapeWriter: Sendable {
    public var colouring: GraphColouring

    public init(colouring: GraphColouring = .kind) {
        self.colouring = colouring
    }

    /// Keys the writer fills itself, or that Cytoscape keeps for its own columns; a property
    /// with such a name is written as `property-NAME`.
    static let reservedKeys: Set<String> = [
        "id", "value", "name", "label", "kind", "text", "document", "line", "color", "size", "source", "target", "key",
        "interaction", "weight", "SUID", "selected", "shared name", "shared interaction",
    ]

    /// Writes `snapshot` to `output`, drawn with `appearance` (made from the snapshot when `nil`).
    ///
    /// - Complexity: O(n + e) besides the layout, with output streamed.
    public func write(_ snapshot: GraphSnapshot, appearance: GraphAppearance? = nil, to output: inout some TextOutputStream) {
        let appearance = appearance ?? GraphAppearance(snapshot, colouring: colouring)
        let ids = GraphMLWriter.tokens(for: snapshot.nodes.map(\.id))
        output.write("{\"format_version\":\"1.0\",\"generated_by\":")
        output.write(JSONText.string("agenda \(AgendaVersion.current)"))
        output.write(",\"target_cytoscapejs_version\":\"~2.1\",\n")
        output.write("\"data\":{\"name\":\"agenda\",\"shared_name\":\"agenda\",\"selected\":true},\n")
        output.write("\"directed\":true,\"multigraph\":true,\n\"elements\":{\"nodes\":[\n")
        for (index, node) in snapshot.nodes.enumerated() {
            let colour = appearance.colour(of: node)
            let position = appearance.position(of: node)
            var fields: [(String, String)] = [
                ("id", JSONText.string(ids[index])), ("value", JSONText.string(ids[index])),
                ("name", JSONText.string(node.label)), ("label", JSONText.string(node.label)), ("kind", JSONText.string(node.kind.rawValue)),
            ]
            if let text = node.text { fields.append(("text", JSONText.string(text))) }
            fields += [
                ("document", JSONText.string(node.provenance.document)), ("line", String(node.provenance.line)),
                ("color", JSONText.string(colour.hex)), ("size", String(appearance.size(of: node))),
            ]
            fields += Self.properties(node.properties)
            output.write(index == 0 ? "" : ",\n")
            output.write("{\"data\":")
            output.write(Self.object(fields))
            output.write(",\"position\":{\"x\":\(position.x),\"y\":\(position.y)}}")
        }
        output.write("\n],\"edges\":[\n")
        let index = Dictionary(zip(snapshot.nodes.map(\.id), ids), uniquingKeysWith: { first, _ in first })
        var parallel: [String: Int] = [:]
        var edgeNumber = 0
        for edge in snapshot.edges {
            guard let source = index[edge.source], let target = index[edge.target] else { continue }
            let pair = source + "\u{0}" + target
            let key = parallel[pair, default: 0]
            parallel[pair] = key + 1
            var fields: [(String, String)] = [
                ("id", JSONText.string("e\(edgeNumber)")), ("source", JSONText.string(source)), ("target", JSONText.string(target)),
                ("key", String(key)), ("kind", JSONText.string(edge.kind.rawValue)), ("interaction", JSONText.string(edge.kind.rawValue)),
                ("weight", String(GEXFWriter.weight(edge))),
            ]
            fields += Self.properties(edge.properties)
            output.write(edgeNumber == 0 ? "" : ",\n")
            output.write("{\"data\":")
            output.write(Self.object(fields))
            output.write("}")
            edgeNumber += 1
        }
        output.write("\n]}}\n")
    }

    /// Writes `snapshot` into a string; for tests and small graphs.
    public func string(_ snapshot: GraphSnapshot, appearance: GraphAppearance? = nil) -> String {
        var output = ""
        write(snapshot, appearance: appearance, to: &output)
        return output
    }

    static func properties(_ properties: Properties) -> [(String, String)] {
        properties.keys.sorted().compactMap { key in
            guard let value = properties[value: key] else { return nil }
            let name = reservedKeys.contains(key.rawValue) ? "property-\(key.rawValue)" : key.rawValue
            switch value {
            case .text(let text): return (name, JSONText.string(text))
            case .list(let items): return (name, JSONText.array(items))
            }
        }
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { JSONText.string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
