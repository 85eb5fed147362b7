public import Graph

/// Writes a graph as GEXF 1.3, Gephi's own format, where colour, size and position are
/// first-class: Gephi opens the graph drawn as the report draws it, and NetworkX reads it with
/// `read_gexf`.
///
/// Nodes carry their label, `kind`, `text`, `document`, `line` and their kind's own properties
/// as attributes, and `viz` colour (by kind or cluster), size (by degree) and position (from
/// ``GraphLayout``); edges carry `kind` as attribute and label, and their weight. Ids are the
/// graph's ids as in GraphML. The rules followed are those of the project's export spec: no
/// `hex` colours, no schema location, `<nodes>` and `<edges>` always written. The same snapshot
/// always gives the same bytes.
public struct GEXFWriter: Sendable {
    public var colouring: GraphColouring

    public init(colouring: GraphColouring = .kind) {
        self.colouring = colouring
    }

    /// Writes `snapshot` to `output`, drawn with `appearance` (made from the snapshot when `nil`).
    ///
    /// - Complexity: O(n + e) besides the layout, with output streamed.
    public func write(_ snapshot: GraphSnapshot, appearance: GraphAppearance? = nil, to output: inout some TextOutputStream) {
        let appearance = appearance ?? GraphAppearance(snapshot, colouring: colouring)
        let ids = GraphMLWriter.tokens(for: snapshot.nodes.map(\.id))
        let nodeProperties = Set(snapshot.nodes.flatMap(\.properties.keys)).sorted()
        let edgeProperties = Set(snapshot.edges.flatMap(\.properties.keys)).sorted()

        output.write(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n")
        output.write(#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">"# + "\n")
        output.write("  <meta>\n    <creator>agenda \(AgendaVersion.current)</creator>\n")
        output.write("    <description>The knowledge graph of the workshops: workshops, groups, themes, questions, notes, stakeholders and initiatives.</description>\n  </meta>\n")
        output.write(#"  <graph defaultedgetype="directed" mode="static">"# + "\n")
        output.write(#"    <attributes class="node">"# + "\n")
        for (id, type) in [("kind", "string"), ("text", "string"), ("document", "string"), ("line", "integer")] {
            output.write(#"      <attribute id="\#(id)" title="\#(id)" type="\#(type)"/>"# + "\n")
        }
        for name in nodeProperties {
            output.write(#"      <attribute id="p_\#(XMLText.token(name.rawValue))" title="\#(XMLText.attribute(name.rawValue))" type="string"/>"# + "\n")
        }
        output.write("    </attributes>\n")
        output.write(#"    <attributes class="edge">"# + "\n")
        output.write(#"      <attribute id="kind" title="kind" type="string"/>"# + "\n")
        for name in edgeProperties {
            output.write(#"      <attribute id="p_\#(XMLText.token(name.rawValue))" title="\#(XMLText.attribute(name.rawValue))" type="string"/>"# + "\n")
        }
        output.write("    </attributes>\n")

        output.write(#"    <nodes count="\#(snapshot.nodes.count)">"# + "\n")
        for (index, node) in snapshot.nodes.enumerated() {
            output.write(#"      <node id="\#(ids[index])" label="\#(XMLText.attribute(node.label))">"# + "\n")
            output.write("        <attvalues>\n")
            Self.attvalue("kind", node.kind.rawValue, to: &output)
            if let text = node.text { Self.attvalue("text", text, to: &output) }
            Self.attvalue("document", node.provenance.document, to: &output)
            Self.attvalue("line", String(node.provenance.line), to: &output)
            for name in nodeProperties {
                if let value = node.properties[value: name] { Self.attvalue("p_" + XMLText.token(name.rawValue), GraphMLWriter.text(of: value), to: &output) }
            }
            output.write("        </attvalues>\n")
            let colour = appearance.colour(of: node)
            let position = appearance.position(of: node)
            output.write(#"        <viz:color r="\#(colour.red)" g="\#(colour.green)" b="\#(colour.blue)"/>"# + "\n")
            output.write(#"        <viz:position x="\#(position.x)" y="\#(position.y)" z="0.0"/>"# + "\n")
            output.write(#"        <viz:size value="\#(appearance.size(of: node))"/>"# + "\n")
            output.write("      </node>\n")
        }
        output.write("    </nodes>\n")

        let index = Dictionary(zip(snapshot.nodes.map(\.id), ids), uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        var edgeNumber = 0
        for edge in snapshot.edges {
            guard let source = index[edge.source], let target = index[edge.target] else { continue }
            var text = #"      <edge id="e\#(edgeNumber)" source="\#(source)" target="\#(target)" label="\#(edge.kind.rawValue)" weight="\#(Self.weight(edge))">"# + "\n"
            edgeNumber += 1
            text += "        <attvalues>\n"
            text += #"          <attvalue for="kind" value="\#(edge.kind.rawValue)"/>"# + "\n"
            for name in edgeProperties {
                if let value = edge.properties[value: name] {
                    text += #"          <attvalue for="p_\#(XMLText.token(name.rawValue))" value="\#(XMLText.attribute(GraphMLWriter.text(of: value)))"/>"# + "\n"
                }
            }
            text += "        </attvalues>\n      </edge>\n"
            lines.append(text)
        }
        output.write(#"    <edges count="\#(edgeNumber)">"# + "\n")
        for line in lines { output.write(line) }
        output.write("    </edges>\n  </graph>\n</gexf>\n")
    }

    /// Writes `snapshot` into a string; for tests and small graphs.
    public func string(_ snapshot: GraphSnapshot, appearance: GraphAppearance? = nil) -> String {
        var output = ""
        write(snapshot, appearance: appearance, to: &output)
        return output
    }

    /// An edge's weight: its strength, or 1 where it has none (or none that is finite).
    static func weight(_ edge: Edge) -> Double {
        edge.weight.flatMap { $0.isFinite ? $0 : nil } ?? 1
    }

    private static func attvalue(_ id: String, _ value: String, to output: inout some TextOutputStream) {
        output.write(#"          <attvalue for="\#(id)" value=""#)
        output.write(XMLText.attribute(value))
        output.write("\"/>\n")
    }
}
