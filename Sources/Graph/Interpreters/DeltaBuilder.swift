/// Collects the nodes and edges of one document, merging repeated stakeholders.
struct DeltaBuilder {
    let document: String
    private(set) var nodes: [Node] = []
    private(set) var edges: [Edge] = []
    private var nodeIndex: [String: Int] = [:]
    private var edgeKeys: Set<String> = []
    private let organisations: OrganisationNames

    init(document: String, lexicon: Lexicon) {
        self.document = document
        self.organisations = OrganisationNames(lexicon: lexicon)
    }

    /// The id of the node `suffix` inside this document: `document:suffix`.
    func id(_ suffix: String) -> String { "\(document):\(suffix)" }

    func provenance(_ block: OutlineBlock) -> Provenance {
        Provenance(document: document, line: block.line, endLine: block.endLine)
    }

    mutating func add(_ node: Node) {
        if nodeIndex[node.id] == nil {
            nodeIndex[node.id] = nodes.count
            nodes.append(node)
        }
    }

    func node(_ id: String) -> Node? { nodeIndex[id].map { nodes[$0] } }

    mutating func update(_ id: String, _ change: (inout Node) -> Void) {
        guard let index = nodeIndex[id] else { return }
        change(&nodes[index])
    }

    /// Adds an edge once; a second edge of the same kind between the same nodes is dropped.
    mutating func connect(_ source: String, _ target: String, _ kind: EdgeKind, weight: Double? = nil, properties: [String: String] = [:]) {
        let key = "\(source)\u{1}\(target)\u{1}\(kind.rawValue)"
        guard edgeKeys.insert(key).inserted else { return }
        edges.append(Edge(source: source, target: target, kind: kind, weight: weight, properties: properties))
    }

    /// Adds (or finds) the person and their organisations; returns the person's id.
    @discardableResult
    mutating func addPerson(_ mention: PersonMention, at block: OutlineBlock) -> String {
        let personID = id("person." + Slug.make(mention.name))
        if node(personID) == nil {
            add(Node(id: personID, kind: .person, label: mention.name, provenance: provenance(block)))
        }
        if let role = mention.role {
            update(personID) { person in
                let roles = person.properties["role"].map { $0.components(separatedBy: "; ") } ?? []
                if !roles.contains(role) { person.properties["role"] = (roles + [role]).joined(separator: "; ") }
            }
        }
        for written in mention.organisations {
            let organisation = organisations.canonical(written)
            let orgID = id("organisation." + Slug.make(organisation.name))
            if node(orgID) == nil {
                var properties: [String: String] = [:]
                if let abbreviation = organisation.abbreviation { properties["abbreviation"] = abbreviation }
                if let type = organisation.type { properties["type"] = type }
                add(Node(id: orgID, kind: .organisation, label: organisation.name, provenance: provenance(block), properties: properties))
            }
            update(personID) { person in
                if person.properties["affiliation"] == nil { person.properties["affiliation"] = organisation.name }
            }
            connect(personID, orgID, .affiliatedWith)
        }
        return personID
    }

    var delta: GraphDelta { GraphDelta(nodes: nodes, edges: edges) }
}

/// Resolves the ways an organisation is written to one canonical name, using the lexicon
/// and folding case and spacing ("InHolland" and "Inholland" are one).
struct OrganisationNames {
    struct Resolved {
        var name: String
        var abbreviation: String?
        var type: String?
    }

    private var byKey: [String: Lexicon.Organisation] = [:]

    init(lexicon: Lexicon) {
        for organisation in lexicon.organisations {
            for written in [organisation.name] + organisation.aliases {
                byKey[Self.key(written)] = organisation
            }
        }
    }

    static func key(_ text: String) -> String { Slug.make(text).replacingOccurrences(of: "-", with: "") }

    /// "Hogeschool van Arnhem en Nijmegen (HAN)" → name and abbreviation, canonical where known.
    func canonical(_ written: String) -> Resolved {
        var name = written
        var abbreviation: String?
        if written.hasSuffix(")"), let open = written.lastIndex(of: "(") {
            abbreviation = String(written[written.index(after: open)..<written.index(before: written.endIndex)])
            name = written[..<open].trimmingWhitespace()
        }
        for candidate in [name, abbreviation].compactMap({ $0 }) {
            if let known = byKey[Self.key(candidate)] {
                return Resolved(name: known.name, abbreviation: abbreviation ?? known.aliases.first { $0 == $0.uppercased() }, type: known.type)
            }
        }
        return Resolved(name: name, abbreviation: abbreviation, type: nil)
    }
}
