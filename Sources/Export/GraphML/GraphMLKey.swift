/// One `<key>` declaration: an attribute of nodes or edges with its GraphML type.
struct GraphMLKey: Hashable {
    enum Domain: String { case node, edge }
    enum ValueType: String { case string, int, double, float }

    var id: String
    var domain: Domain
    var name: String
    var type: ValueType

    var declaration: String {
        #"  <key id="\#(id)" for="\#(domain.rawValue)" attr.name="\#(XMLText.escape(name))" attr.type="\#(type.rawValue)"/>"#
    }

    /// Attribute names that readers give a meaning of their own (Gephi's built-in properties,
    /// Cytoscape's columns, the id igraph and NetworkX fill in); a property with such a name is
    /// written under `property-NAME` instead.
    static let reservedNames: Set<String> = [
        "label", "kind", "text", "document", "line", "endLine", "name", "color", "id", "x", "y", "z",
        "xpos", "ypos", "size", "r", "g", "b", "weight", "edgelabel", "Edge Weight", "edgeid",
        "interaction", "shared name", "shared interaction", "selected", "SUID",
    ]

    /// The key for a node or edge property called `property`.
    static func property(_ property: String, domain: Domain) -> GraphMLKey {
        let prefix = domain == .node ? "v_p_" : "e_p_"
        let name = reservedNames.contains(property) ? "property-\(property)" : property
        return GraphMLKey(id: prefix + XMLText.token(property), domain: domain, name: name, type: .string)
    }
}
