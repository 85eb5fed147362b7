import PostgresNIO
import Graph

/// Nodes (or shared entities' sources) as columns, written in one statement with `unnest`
/// instead of one round trip per row, and read back from the same columns.
struct NodeColumns {
    var ids: [String] = []
    var kinds: [String] = []
    var labels: [String] = []
    var texts: [String] = []
    var textIsNull: [Bool] = []
    var documents: [String] = []
    var lines: [Int] = []
    var endLines: [Int] = []
    var positions: [Int] = []
    var properties: [String] = []

    mutating func append(_ node: Node, position: Int) throws(GraphError) {
        ids.append(node.id)
        kinds.append(node.kind.rawValue)
        labels.append(node.label)
        texts.append(node.text ?? "")
        textIsNull.append(node.text == nil)
        documents.append(node.provenance.document)
        lines.append(node.provenance.line)
        endLines.append(node.provenance.endLine)
        positions.append(position)
        properties.append(try PropertyCoding.encoded(node.properties))
    }

    /// The statement that inserts these rows into `table`, whose id column is `key`.
    func insert(into table: String, key: String) -> PostgresQuery {
        """
        INSERT INTO \(unescaped: table) (\(unescaped: key), kind, label, text, document, line, end_line, position, properties)
        SELECT id, kind, label, CASE WHEN text_is_null THEN NULL ELSE text END, document, line, end_line, position, properties
        FROM unnest(\(ids)::text[], \(kinds)::text[], \(labels)::text[], \(texts)::text[], \(textIsNull)::bool[],
                    \(documents)::text[], \(lines)::int8[], \(endLines)::int8[], \(positions)::int8[], \(properties)::text[])
             AS row(id, kind, label, text, text_is_null, document, line, end_line, position, properties)
        """
    }

    /// The columns ``node(_:location:)`` reads, with the id column named `key`.
    static func selected(key: String) -> String {
        "\(key), kind, label, text, document, line, end_line, position, properties"
    }

    /// A row of ``selected(key:)`` as a node, with its position.
    static func node(_ row: PostgresRow, location: String?) throws(GraphError) -> (node: Node, position: Int) {
        let columns: (String, String, String, String?, String, Int, Int, Int, String)
        do {
            columns = try row.decode((String, String, String, String?, String, Int, Int, Int, String).self)
        } catch {
            throw PostgresRows.unreadable(error, location: location)
        }
        let (id, kind, label, text, document, line, endLine, position, properties) = columns
        let node = Node(
            id: id, kind: try PostgresRows.known(NodeKind.self, kind, location: location), label: label, text: text,
            provenance: Provenance(document: document, line: line, endLine: endLine),
            properties: try PropertyCoding.decoded(properties, location: location))
        return (node, position)
    }
}

/// Edges as columns, written in one statement.
struct EdgeColumns {
    var sources: [String] = []
    var targets: [String] = []
    var kinds: [String] = []
    var weights: [Double] = []
    var weightIsNull: [Bool] = []
    var documents: [String] = []
    var positions: [Int] = []
    var properties: [String] = []

    mutating func append(_ edge: Edge, document: String, position: Int) throws(GraphError) {
        sources.append(edge.source)
        targets.append(edge.target)
        kinds.append(edge.kind.rawValue)
        weights.append(edge.weight ?? 0)
        weightIsNull.append(edge.weight == nil)
        documents.append(document)
        positions.append(position)
        properties.append(try PropertyCoding.encoded(edge.properties))
    }

    func insert() -> PostgresQuery {
        """
        INSERT INTO edge (source, target, kind, weight, document, position, properties)
        SELECT source, target, kind, CASE WHEN weight_is_null THEN NULL ELSE weight END, document, position, properties
        FROM unnest(\(sources)::text[], \(targets)::text[], \(kinds)::text[], \(weights)::float8[], \(weightIsNull)::bool[],
                    \(documents)::text[], \(positions)::int8[], \(properties)::text[])
             AS row(source, target, kind, weight, weight_is_null, document, position, properties)
        """
    }
}

/// What the PostgreSQL store says about rows it cannot read.
enum PostgresRows {
    static func unreadable(_ error: any Error, location: String?) -> GraphError {
        let what = (error as? PostgresDecodingError).map { "column \($0.columnName): \($0.code)" } ?? "\(type(of: error))"
        return GraphError(.database, file: location, problem: "the database holds a row this version of agenda cannot read (\(what))", remedy: "rebuild it with `agenda build`, or open it with the version of agenda that wrote it")
    }

    /// The kind named `name`, or an error saying the database holds a kind this version does not know.
    static func known<Kind: RawRepresentable>(_: Kind.Type, _ name: String, location: String?) throws(GraphError) -> Kind where Kind.RawValue == String {
        guard let kind = Kind(rawValue: name) else {
            throw GraphError(.database, file: location, problem: "the database holds the kind '\(name)', which this version of agenda does not know", remedy: "rebuild it with `agenda build`, or open it with the version of agenda that wrote it")
        }
        return kind
    }
}
