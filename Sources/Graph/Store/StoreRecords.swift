import Foundation
import GRDB

/// The database row of a document.
struct DocumentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "document"
    var id: String
    var path: String
    var kind: String
    var title: String?
    var date: String?
    var contentHash: String
    var fingerprint: String
    var encoding: String?
}

/// The database row of a node; `properties` is JSON with sorted keys.
struct NodeRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "node"
    var id: String
    var kind: String
    var label: String
    var text: String?
    var document: String
    var line: Int
    var endLine: Int
    var position: Int
    var properties: String
}

/// Where one document names a shared entity: the node as that document gives it.
struct SourceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "source"
    var node: String
    var document: String
    var kind: String
    var label: String
    var text: String?
    var line: Int
    var endLine: Int
    var position: Int
    var properties: String
}

/// The database row of an edge; `properties` is JSON with sorted keys.
struct EdgeRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "edge"
    var source: String
    var target: String
    var kind: String
    var weight: Double?
    var document: String
    var position: Int
    var properties: String
}

/// JSON for property dictionaries, with sorted keys so equal dictionaries give equal text.
enum PropertyCoding {
    static func encode(_ properties: [String: String]) -> String {
        guard !properties.isEmpty else { return "{}" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(properties) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) -> [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }
}

extension NodeRecord {
    init(_ node: Node, position: Int) {
        self.init(
            id: node.id, kind: node.kind.rawValue, label: node.label, text: node.text,
            document: node.provenance.document, line: node.provenance.line, endLine: node.provenance.endLine,
            position: position, properties: PropertyCoding.encode(node.properties))
    }

    var node: Node? {
        guard let kind = NodeKind(rawValue: kind) else { return nil }
        return Node(
            id: id, kind: kind, label: label, text: text,
            provenance: Provenance(document: document, line: line, endLine: endLine),
            properties: PropertyCoding.decode(properties))
    }
}

extension SourceRecord {
    init(_ node: Node, position: Int) {
        self.init(
            node: node.id, document: node.provenance.document, kind: node.kind.rawValue, label: node.label, text: node.text,
            line: node.provenance.line, endLine: node.provenance.endLine, position: position,
            properties: PropertyCoding.encode(node.properties))
    }
}

extension EdgeRecord {
    init(_ edge: Edge, document: String, position: Int) {
        self.init(
            source: edge.source, target: edge.target, kind: edge.kind.rawValue, weight: edge.weight,
            document: document, position: position, properties: PropertyCoding.encode(edge.properties))
    }

    var edge: Edge? {
        guard let kind = EdgeKind(rawValue: kind) else { return nil }
        return Edge(source: source, target: target, kind: kind, weight: weight, properties: PropertyCoding.decode(properties))
    }
}
