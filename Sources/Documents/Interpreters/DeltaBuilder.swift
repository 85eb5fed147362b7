import Graph
/// Collects the nodes and edges of one document, merging repeated stakeholders.
struct DeltaBuilder {
    let document: String
    private(set) var nodes: [Node] = []
    private(set) var edges: [Edge] = []
    private var nodeIndex: [String: Int] = [:]
    private var edgeKeys: Set<EdgeKey> = []
    private let organisations: OrganisationNames

    init(document: String, lexicon: Lexicon) {
        self.document = document
        self.organisations = OrganisationNames(lexicon: lexicon)
    }

    /// The id of the node `suffix` inside this document: `document:suffix`.
    func id(_ suffix: String) -> String { NodeID.local(document, suffix) }

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
    mutating func connect(_ source: String, _ target: String, _ kind: EdgeKind, weight: Double? = nil, properties: Properties = [:]) {
        guard edgeKeys.insert(EdgeKey(source: source, target: target, kind: kind)).inserted else { return }
        edges.append(Edge(source: source, target: target, kind: kind, weight: weight, properties: properties))
    }

    /// Adds (or finds) the person and their organisations; returns the person's id.
    ///
    /// - Parameter fuzzy: also merge with a person of the same first name whose surname differs
    ///   by one letter (a photo caption that misspells a speaker's name).
    @discardableResult
    mutating func addPerson(_ mention: PersonMention, at block: OutlineBlock, fuzzy: Bool = false) -> String {
        var personID = NodeID.person(named: mention.name)
        if node(personID) == nil, fuzzy, let similar = nodes.first(where: { $0.kind == .person && Self.isVariant($0.label, of: mention.name) }) {
            personID = similar.id
        }
        if node(personID) == nil {
            add(Node(id: personID, kind: .person, label: mention.name, provenance: provenance(block)))
        }
        if let role = mention.role {
            update(personID) { person in
                person.properties.append(role, to: .role)
            }
        }
        for written in mention.organisations {
            let orgID = addOrganisation(written, at: block)
            let name = node(orgID)?.label ?? written
            update(personID) { person in
                if person.properties[.affiliation] == nil { person.properties[.affiliation] = name }
            }
            connect(personID, orgID, .affiliatedWith)
        }
        return personID
    }

    /// Adds (or finds) an organisation under its canonical name; returns its id.
    @discardableResult
    mutating func addOrganisation(_ written: String, at block: OutlineBlock, type suggested: String? = nil) -> String {
        let organisation = organisations.canonical(written)
        let orgID = NodeID.organisation(key: OrganisationNames.key(organisation.name))
        if node(orgID) == nil {
            var properties = Properties()
            if let abbreviation = organisation.abbreviation { properties[.abbreviation] = abbreviation }
            if let type = organisation.type ?? suggested { properties[.type] = type }
            add(Node(id: orgID, kind: .organisation, label: organisation.name, provenance: provenance(block), properties: properties))
        }
        return orgID
    }

    /// Adds (or finds) a stakeholder group; returns its id.
    @discardableResult
    mutating func addStakeholderGroup(_ name: String, at block: OutlineBlock) -> String {
        let id = NodeID.stakeholderGroup(named: name)
        if node(id) == nil { add(Node(id: id, kind: .stakeholderGroup, label: name, provenance: provenance(block))) }
        return id
    }

    /// Whether `b` is `a` with one letter of the surname changed, added or dropped.
    static func isVariant(_ a: String, of b: String) -> Bool {
        let x = a.split(separator: " "), y = b.split(separator: " ")
        guard x.count == y.count, x.count >= 2, x.first == y.first, let lastX = x.last, let lastY = y.last else { return false }
        return Array(x.dropLast()) == Array(y.dropLast()) && editDistance(Array(lastX), Array(lastY)) == 1
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    var delta: GraphDelta { GraphDelta(nodes: nodes, edges: edges) }

    /// What makes an edge one edge: its ends and its kind.
    private struct EdgeKey: Hashable {
        var source: String
        var target: String
        var kind: EdgeKind
    }
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

    /// The name folded for comparison: case, spacing, accents and a leading article ignored.
    static func key(_ text: String) -> String {
        var slug = NodeID.slug(text)
        for article in ["de-", "het-", "the-"] where slug.hasPrefix(article) && slug.count > article.count + 2 {
            slug.removeFirst(article.count)
        }
        return slug.replacingOccurrences(of: "-", with: "")
    }

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
