public import Graph

/// The decisions a person made on the draft agenda (the corpus's `agenda-review.yaml`), which
/// every run applies: links to systemic questions accepted, rejected or added, and texts marked
/// as no research question.
///
/// Decisions name their items by the sources' own text (a question's or theme's text, a
/// systemic question's label or id), compared without regard to case and spacing, so that they
/// survive reading the documents again; a decision that matches nothing is reported, never
/// dropped silently.
public struct AgendaReview: Sendable, Hashable, Codable {
    /// A decision on a link from a research question or theme to a systemic question.
    public struct LinkDecision: Sendable, Hashable, Codable {
        public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
            /// The link holds: a suggested one is confirmed, a missing one is added.
            case accept
            /// The link does not hold: it is no longer shown.
            case reject
        }

        /// The research question's or theme's text, as the source has it.
        public var question: String
        /// The systemic question's label (or id).
        public var systemic: String
        public var decision: Verdict
        /// Why, in the reviewer's words; shown with a confirmed link.
        public var note: String?

        public init(question: String, systemic: String, decision: Verdict, note: String? = nil) {
            self.question = question
            self.systemic = systemic
            self.decision = decision
            self.note = note
        }
    }

    /// A decision on a text the toolkit takes for a research question.
    public struct QuestionDecision: Sendable, Hashable, Codable {
        public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
            /// It is no research question: the agenda does not list it as one.
            case notAQuestion = "geen-onderzoeksvraag"
        }

        /// The question's text, as the source has it.
        public var question: String
        public var decision: Verdict

        public init(question: String, decision: Verdict) {
            self.question = question
            self.decision = decision
        }
    }

    public var links: [LinkDecision]
    public var questions: [QuestionDecision]

    public init(links: [LinkDecision] = [], questions: [QuestionDecision] = []) {
        self.links = links
        self.questions = questions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        links = try container.decodeIfPresent([LinkDecision].self, forKey: .links) ?? []
        questions = try container.decodeIfPresent([QuestionDecision].self, forKey: .questions) ?? []
    }

    public var isEmpty: Bool { links.isEmpty && questions.isEmpty }

    /// How decisions compare texts: without regard to case or to how the words are spaced.
    public static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The graph with the decisions applied, and the decisions that match nothing in it.
    public struct Applied: Sendable {
        public var snapshot: GraphSnapshot
        /// Each decision that matched nothing, as a person would name it.
        public var unmatched: [String]
    }

    /// `snapshot` with the decisions applied, later decisions over earlier ones: an accepted
    /// link is marked ``ReviewMark/confirmed`` (added when the graph has none), a rejected
    /// link removed, a question marked ``ReviewMark/notAQuestion``.
    public func applied(to snapshot: GraphSnapshot) -> Applied {
        guard !isEmpty else { return Applied(snapshot: snapshot, unmatched: []) }
        var result = snapshot
        var unmatched: [String] = []
        let asking: Set<NodeKind> = [.question, .theme]
        var byText: [String: [Int]] = [:]
        var systemicByName: [String: String] = [:]
        for (offset, node) in snapshot.nodes.enumerated() {
            if asking.contains(node.kind) {
                for text in Set([node.text ?? node.label, node.label]) { byText[Self.key(text), default: []].append(offset) }
            } else if node.kind == .systemicQuestion {
                systemicByName[Self.key(node.label)] = node.id
                systemicByName[Self.key(node.id)] = node.id
            }
        }

        for decision in questions {
            let found = (byText[Self.key(decision.question)] ?? []).filter { result.nodes[$0].kind == .question }
            if found.isEmpty { unmatched.append("the question “\(decision.question)”") }
            for offset in found { result.nodes[offset].properties[.review] = ReviewMark.notAQuestion.rawValue }
        }

        for decision in links {
            let sources = (byText[Self.key(decision.question)] ?? []).map { snapshot.nodes[$0].id }
            guard !sources.isEmpty, let target = systemicByName[Self.key(decision.systemic)] else {
                unmatched.append("the link from “\(decision.question)” to “\(decision.systemic)”")
                continue
            }
            let linking = { (edge: Edge) in edge.kind == .linksTo && edge.target == target && sources.contains(edge.source) }
            switch decision.decision {
            case .reject:
                result.edges.removeAll(where: linking)
            case .accept:
                var marked = false
                for offset in result.edges.indices where linking(result.edges[offset]) {
                    result.edges[offset].properties[.review] = ReviewMark.confirmed.rawValue
                    result.edges[offset].properties[.reviewNote] = decision.note
                    marked = true
                }
                if !marked, let source = sources.first {
                    var properties = Properties()
                    properties[.review] = ReviewMark.confirmed.rawValue
                    properties[.reviewNote] = decision.note
                    result.edges.append(Edge(source: source, target: target, kind: .linksTo, properties: properties))
                }
            }
        }
        return Applied(snapshot: result, unmatched: unmatched)
    }
}
