import Graph

/// A node as `list --json` and `show --json` print it. The keys are part of the documented
/// command-line contract; a property is a string, or an array of strings for a list.
struct NodeJSON: Encodable {
    var id: String
    var kind: String
    var label: String
    var text: String?
    var document: String
    var line: Int
    var endLine: Int
    var properties: Properties

    init(_ node: Node) {
        id = node.id
        kind = node.kind.rawValue
        label = node.label
        text = node.text
        document = node.provenance.document
        line = node.provenance.line
        endLine = node.provenance.endLine
        properties = node.properties
    }
}

/// An edge as `show --json` prints it.
struct EdgeJSON: Encodable {
    var source: String
    var target: String
    var kind: String
    var weight: Double?
    var properties: Properties

    init(_ edge: Edge) {
        source = edge.source
        target = edge.target
        kind = edge.kind.rawValue
        weight = edge.weight
        properties = edge.properties
    }
}
