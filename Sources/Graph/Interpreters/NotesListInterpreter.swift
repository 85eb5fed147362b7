/// Reads a plain list of notes: every list item or paragraph is a note, and a heading
/// above a run of notes is the theme people put them under.
public struct NotesListInterpreter: DocumentInterpreter {
    public init() {}

    public func interpret(_ outline: Outline, document: Document) -> GraphDelta {
        var nodes: [Node] = []
        var edges: [Edge] = []
        var theme: (id: String, label: String)?
        var themeCount = 0
        for block in outline.blocks where block.kind != .caption {
            let provenance = Provenance(document: document.id, line: block.line, endLine: block.endLine)
            if block.isHeading {
                themeCount += 1
                let id = "\(document.id):t\(themeCount)"
                theme = (id, block.text)
                nodes.append(Node(id: id, kind: .theme, label: block.text, text: block.text, provenance: provenance))
                continue
            }
            let id = "\(document.id):n\(nodes.count - themeCount + 1)"
            var properties: [String: String] = [:]
            if let theme { properties["theme"] = theme.label }
            nodes.append(Node(id: id, kind: .note, label: TextCues.label(block.text, maxWords: 10), text: block.text, provenance: provenance, properties: properties))
            if let theme { edges.append(Edge(source: id, target: theme.id, kind: .belongsTo)) }
        }
        return GraphDelta(nodes: nodes, edges: edges)
    }
}
