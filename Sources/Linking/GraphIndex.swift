public import Graph

/// Fast look-ups over a snapshot: a node's group, workshop, questions, notes and links.
public struct GraphIndex: Sendable {
    private let byID: [String: Node]
    private let outgoing: [String: [Edge]]
    private let incoming: [String: [Edge]]
    private let all: [Node]

    public init(_ snapshot: GraphSnapshot) {
        all = snapshot.nodes
        byID = Dictionary(snapshot.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        outgoing = Dictionary(grouping: snapshot.edges, by: \.source)
        incoming = Dictionary(grouping: snapshot.edges, by: \.target)
    }

    public func node(_ id: String) -> Node? { byID[id] }

    public func nodes(of kinds: Set<NodeKind>) -> [Node] { all.filter { kinds.contains($0.kind) } }

    /// The group a theme, question or note belongs to.
    public func group(of id: String) -> String? {
        guard let node = byID[id] else { return nil }
        if node.kind == .group { return id }
        for edge in outgoing[id] ?? [] where edge.kind == .partOf || edge.kind == .subQuestionOf {
            if let found = group(of: edge.target) { return found }
        }
        for edge in incoming[id] ?? [] where edge.kind == .asks {
            if let found = group(of: edge.source) { return found }
        }
        return nil
    }

    /// The workshop a node belongs to.
    public func workshop(of id: String) -> String? {
        guard let group = group(of: id) else { return nil }
        return outgoing[group]?.first { $0.kind == .partOf && byID[$0.target]?.kind == .workshop }?.target
    }

    public func questions(of theme: String) -> [Node] {
        let direct = (outgoing[theme] ?? []).filter { $0.kind == .asks }.compactMap { byID[$0.target] }
        return direct + direct.flatMap { subQuestionsDeep(of: $0.id) }
    }

    private func subQuestionsDeep(of question: String) -> [Node] {
        let children = subQuestions(of: question)
        return children + children.flatMap { subQuestionsDeep(of: $0.id) }
    }

    public func subQuestions(of question: String) -> [Node] {
        (incoming[question] ?? []).filter { $0.kind == .subQuestionOf }.compactMap { byID[$0.source] }
    }

    /// The themes that ask a question.
    public func themes(asking question: String) -> [String] {
        (incoming[question] ?? []).filter { $0.kind == .asks }.map(\.source)
    }

    public func parentQuestion(of question: String) -> String? {
        outgoing[question]?.first { $0.kind == .subQuestionOf }?.target
    }

    public func notes(of theme: String) -> [Node] {
        (incoming[theme] ?? []).filter { $0.kind == .belongsTo }.compactMap { byID[$0.source] }
    }

    /// Where a node came from, for the agenda's provenance.
    public func origin(_ node: Node) -> AgendaDraft.Origin {
        let groupNode = group(of: node.id).flatMap { byID[$0] }
        let workshopNode = workshop(of: node.id).flatMap { byID[$0] }
        return AgendaDraft.Origin(
            node: node.id, workshop: workshopNode?.label ?? node.properties[.workshop] ?? "", group: groupNode?.label ?? node.properties[.group] ?? "",
            document: node.provenance.document, line: node.provenance.line)
    }

    /// The people, organisations and stakeholder groups the nodes mention, most mentioned first.
    public func mentioned(by ids: [String]) -> [Node] {
        var counts: [String: Int] = [:]
        for id in ids { for edge in outgoing[id] ?? [] where edge.kind == .mentions { counts[edge.target, default: 0] += 1 } }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.compactMap { byID[$0.key] }
    }

    /// The systemic questions the nodes link to, best score per systemic question.
    public func systemicLinks(from ids: [String]) -> [AgendaDraft.SystemicLink] {
        var best: [String: AgendaDraft.SystemicLink] = [:]
        for id in ids {
            for edge in outgoing[id] ?? [] where edge.kind == .linksTo {
                let terms = edge.properties.list(.sharedTerms)
                let score = edge.weight ?? 0
                let confirmed = edge.properties[.review] == ReviewMark.confirmed.rawValue
                var link = best[edge.target] ?? AgendaDraft.SystemicLink(systemicQuestion: edge.target, label: byID[edge.target].map { $0.text ?? $0.label } ?? edge.target, score: score, sharedTerms: [])
                link.score = max(link.score, score)
                link.sharedTerms += terms.filter { !link.sharedTerms.contains($0) }
                if let source = byID[id].map({ $0.text ?? $0.label }), !link.sources.contains(source) { link.sources.append(source) }
                if confirmed {
                    link.confirmed = true
                    link.note = link.note ?? edge.properties[.reviewNote]
                }
                best[edge.target] = link
            }
        }
        return best.values.sorted { $0.score != $1.score ? $0.score > $1.score : $0.systemicQuestion < $1.systemicQuestion }
    }

    /// Initiatives that address the nodes, or that a group of the theme discussed as its case;
    /// not those a person detached from one of the nodes (``PropertyKey/reviewDetached``).
    public func cases(addressing ids: [String], groups: [String]) -> [AgendaDraft.Case] {
        let detached = Set(ids.flatMap { byID[$0]?.properties.list(.reviewDetached) ?? [] })
        var best: [String: AgendaDraft.Case] = [:]
        for id in ids {
            for edge in incoming[id] ?? [] where edge.kind == .addresses && !detached.contains(edge.source) {
                var found = best[edge.source] ?? AgendaDraft.Case(id: edge.source, label: byID[edge.source]?.label ?? edge.source, score: nil)
                if let weight = edge.weight { found.score = max(found.score ?? 0, weight) }
                found.confirmed = found.confirmed || edge.properties[.review] == ReviewMark.confirmed.rawValue
                best[edge.source] = found
            }
        }
        for group in groups {
            for edge in incoming[group] ?? [] where edge.kind == .partOf && byID[edge.source]?.kind == .initiative && best[edge.source] == nil && !detached.contains(edge.source) {
                best[edge.source] = AgendaDraft.Case(id: edge.source, label: byID[edge.source]?.label ?? edge.source, score: nil)
            }
        }
        // A person's first, then by score, then the group's own cases.
        func rank(_ found: AgendaDraft.Case) -> Double { found.confirmed ? 3 : found.score ?? 2 }
        return best.values.sorted { rank($0) != rank($1) ? rank($0) > rank($1) : $0.id < $1.id }
    }
}
