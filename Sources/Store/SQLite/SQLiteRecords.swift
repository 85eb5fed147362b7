import Foundation
import GRDB
import Graph

/// The database row of a document. Kinds are stored as their raw values through `Codable`, so
/// a kind this version does not know fails to decode instead of vanishing.
struct DocumentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "document"
    var id: String
    var path: String
    var kind: DocumentKind
    var title: String?
    var date: String?
    var contentHash: String
    var fingerprint: String
    var encoding: String?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let kind = Column(CodingKeys.kind)
    }
}

/// The database row of a stored run of the toolkit's own.
struct RunRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "run"
    var id: String
    var kind: RunKind
    var command: String
    var title: String
    var date: String?
    var fingerprint: String

    enum Columns {
        static let id = Column(CodingKeys.id)
    }
}

/// The database row of a node (of a document or a run); `properties` is JSON with sorted keys.
struct NodeRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "node"
    var id: String
    var kind: NodeKind
    var label: String
    var text: String?
    var document: String
    var line: Int
    var endLine: Int
    var position: Int
    var properties: String

    enum Columns {
        static let kind = Column(CodingKeys.kind)
        static let document = Column(CodingKeys.document)
        static let position = Column(CodingKeys.position)
    }
}

/// Where one document names a shared entity: the node as that document gives it.
struct SourceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "source"
    var node: String
    var document: String
    var kind: NodeKind
    var label: String
    var text: String?
    var line: Int
    var endLine: Int
    var position: Int
    var properties: String

    enum Columns {
        static let node = Column(CodingKeys.node)
        static let document = Column(CodingKeys.document)
    }
}

/// The database row of an edge; `properties` is JSON with sorted keys.
struct EdgeRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "edge"
    var source: String
    var target: String
    var kind: EdgeKind
    var weight: Double?
    var document: String
    var position: Int
    var properties: String

    enum Columns {
        static let document = Column(CodingKeys.document)
        static let position = Column(CodingKeys.position)
    }
}

/// The database row of one version of a decision set.
struct DecisionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "decision"
    var sequence: Int?
    var set: DecisionSet
    var author: String
    var time: String
    var change: String
    var content: String

    enum Columns {
        static let sequence = Column(CodingKeys.sequence)
        static let set = Column(CodingKeys.set)
    }

    init(_ version: DecisionVersion) {
        self.init(sequence: nil, set: version.set, author: version.author, time: version.time, change: version.change, content: version.content)
    }

    init(sequence: Int?, set: DecisionSet, author: String, time: String, change: String, content: String) {
        self.sequence = sequence
        self.set = set
        self.author = author
        self.time = time
        self.change = change
        self.content = content
    }

    var version: DecisionVersion {
        DecisionVersion(sequence: sequence ?? 0, set: set, author: author, time: time, change: change, content: content)
    }
}

/// The database row of a team member.
struct PersonRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "person"
    var name: String
    var tokenDigest: String
    var added: String

    enum Columns {
        static let name = Column(CodingKeys.name)
        static let tokenDigest = Column(CodingKeys.tokenDigest)
    }

    init(_ member: TeamMember) {
        (name, tokenDigest, added) = (member.name, member.tokenDigest, member.added)
    }

    var member: TeamMember { TeamMember(name: name, tokenDigest: tokenDigest, added: added) }
}

extension NodeRecord {
    init(_ node: Node, position: Int) throws {
        self.init(
            id: node.id, kind: node.kind, label: node.label, text: node.text,
            document: node.provenance.document, line: node.provenance.line, endLine: node.provenance.endLine,
            position: position, properties: try PropertyCoding.encode(node.properties))
    }

    func node() throws -> Node {
        Node(
            id: id, kind: kind, label: label, text: text,
            provenance: Provenance(document: document, line: line, endLine: endLine),
            properties: try PropertyCoding.decode(properties))
    }
}

extension SourceRecord {
    init(_ node: Node, position: Int) throws {
        self.init(
            node: node.id, document: node.provenance.document, kind: node.kind, label: node.label, text: node.text,
            line: node.provenance.line, endLine: node.provenance.endLine, position: position,
            properties: try PropertyCoding.encode(node.properties))
    }

    /// The entity as this document gives it.
    func version() throws -> Node {
        Node(
            id: node, kind: kind, label: label, text: text,
            provenance: Provenance(document: document, line: line, endLine: endLine),
            properties: try PropertyCoding.decode(properties))
    }
}

extension RunRecord {
    init(_ run: Run) {
        self.init(id: run.id, kind: run.kind, command: run.command, title: run.title, date: run.date, fingerprint: run.fingerprint)
    }

    var run: Run {
        Run(id: id, kind: kind, command: command, title: title, date: date, fingerprint: fingerprint)
    }
}

extension EdgeRecord {
    init(_ edge: Edge, document: String, position: Int) throws {
        self.init(
            source: edge.source, target: edge.target, kind: edge.kind, weight: edge.weight,
            document: document, position: position, properties: try PropertyCoding.encode(edge.properties))
    }

    func edge() throws -> Edge {
        Edge(source: source, target: target, kind: kind, weight: weight, properties: try PropertyCoding.decode(properties))
    }
}

extension DocumentRecord {
    var document: Document {
        Document(id: id, path: path, kind: kind, title: title, date: date, contentHash: contentHash)
    }
}
