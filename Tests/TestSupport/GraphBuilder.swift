public import Graph

/// Builds small hand-made graphs for tests: workshops, groups, themes, questions, notes,
/// systemic questions and initiatives, with the edges the interpreters would make.
///
/// ```swift
/// var graph = GraphBuilder()
/// let workshop = graph.workshop("Werkatelier 1", speerpunt: "leven lang leren")
/// let group = graph.group("Groep geel", in: workshop)
/// let theme = graph.theme("Scholing", in: group)
/// graph.question("Hoe stimuleren we scholing?", for: theme)
/// let snapshot = graph.snapshot
/// ```
public struct GraphBuilder: Sendable {
    public let document: String
    public private(set) var nodes: [Node] = []
    public private(set) var edges: [Edge] = []

    public init(document: String = "test") {
        self.document = document
    }

    /// The graph as a snapshot, with one document of `kind`.
    public var snapshot: GraphSnapshot {
        GraphSnapshot(documents: [Document(id: document, path: "\(document).txt", kind: .workshopReport, contentHash: "test")], nodes: nodes, edges: edges)
    }

    /// The graph as the delta of its document.
    public var delta: GraphDelta { GraphDelta(nodes: nodes, edges: edges) }

    private mutating func add(_ kind: NodeKind, _ suffix: String, label: String, text: String? = nil, properties: Properties = [:]) -> String {
        let id = NodeID.local(document, suffix)
        nodes.append(Node(id: id, kind: kind, label: label, text: text, provenance: Provenance(document: document, line: nodes.count + 1), properties: properties))
        return id
    }

    private func count(_ kind: NodeKind) -> Int { nodes.filter { $0.kind == kind }.count + 1 }

    @discardableResult
    public mutating func workshop(_ title: String, speerpunt: String, date: String = "2018") -> String {
        add(.workshop, "w\(count(.workshop))", label: title, properties: [.title: .text(title), .speerpunt: .text(speerpunt), .date: .text(date)])
    }

    @discardableResult
    public mutating func group(_ label: String, in workshop: String) -> String {
        let title = nodes.first { $0.id == workshop }?.label ?? ""
        let id = add(.group, "g\(count(.group))", label: label, properties: [.workshop: .text(title)])
        edges.append(Edge(source: id, target: workshop, kind: .partOf))
        return id
    }

    @discardableResult
    public mutating func theme(_ label: String, in group: String) -> String {
        let id = add(.theme, "t\(count(.theme))", label: label, text: label)
        edges.append(Edge(source: id, target: group, kind: .partOf))
        return id
    }

    @discardableResult
    public mutating func question(_ text: String, for theme: String) -> String {
        let id = add(.question, "q\(count(.question))", label: text, text: text, properties: [.level: "main"])
        edges.append(Edge(source: theme, target: id, kind: .asks))
        return id
    }

    @discardableResult
    public mutating func note(_ text: String, in group: String, theme: String? = nil) -> String {
        let id = add(.note, "n\(count(.note))", label: text, text: text)
        edges.append(Edge(source: id, target: group, kind: .partOf))
        if let theme { edges.append(Edge(source: id, target: theme, kind: .belongsTo)) }
        return id
    }

    @discardableResult
    public mutating func systemicQuestion(_ text: String, section: String = "Vraagstukken") -> String {
        add(.systemicQuestion, "s\(count(.systemicQuestion))", label: text, text: text, properties: [.section: .text(section)])
    }

    @discardableResult
    public mutating func initiative(_ name: String, description: String) -> String {
        add(.initiative, "i\(count(.initiative))", label: name, text: description)
    }

    /// A `links-to` edge from a question or theme to a systemic question, as the linker stores it.
    public mutating func link(_ source: String, to systemic: String, score: Double, sharedTerms: [String]) {
        var properties = Properties()
        properties.setList(.sharedTerms, sharedTerms)
        edges.append(Edge(source: source, target: systemic, kind: .linksTo, weight: score, properties: properties))
    }
}

/// A document record named `id`, for tests that store deltas by hand.
public func testDocument(_ id: String, kind: DocumentKind = .workshopReport, hash: String = "h") -> Document {
    Document(id: id, path: "\(id).txt", kind: kind, contentHash: hash)
}
