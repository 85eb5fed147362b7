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

    /// A decision on a text the toolkit takes for a research question: on what it is, and on
    /// the indicative question it belongs to.
    public struct QuestionDecision: Sendable, Hashable, Codable {
        public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
            /// It is no research question: the agenda does not list it as one.
            case notAQuestion = "geen-onderzoeksvraag"
            /// It leads its indicative question: the agenda gives it first.
            case lead = "voorop"
            /// It is split out of the indicative question the toolkit put it in: it stands
            /// alone unless a person merges it.
            case split = "apart"
            /// It asks the same as the question named by `with`: the two are one indicative
            /// question, whatever the toolkit found.
            case merge = "samenvoegen"
        }

        /// The question's text, as the source has it.
        public var question: String
        public var decision: Verdict
        /// With ``Verdict/merge``: the other question's text.
        public var with: String?

        public init(question: String, decision: Verdict, with other: String? = nil) {
            self.question = question
            self.decision = decision
            self.with = other
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            question = try container.decode(String.self, forKey: .question)
            decision = try container.decode(Verdict.self, forKey: .decision)
            with = try container.decodeIfPresent(String.self, forKey: .with)
            if decision == .merge, with == nil {
                throw DecodingError.dataCorruptedError(forKey: .with, in: container, debugDescription: "a decision samenvoegen names the other question under with:")
            }
        }
    }

    /// A decision on a practice case (an initiative): which theme or question it belongs to,
    /// and how it is summed up.
    public struct CaseDecision: Sendable, Hashable, Codable {
        public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
            /// The case belongs with the theme or question named by `to`.
            case attach = "koppelen"
            /// The case does not belong with the theme or question named by `to`.
            case detach = "loskoppelen"
            /// The case is summed up as `summary` says.
            case summary = "samenvatting"
        }

        /// The case's name (or id), as the agenda's register gives it.
        public var initiative: String
        public var decision: Verdict
        /// With attach and detach: the theme's or question's text.
        public var to: String?
        /// With ``Verdict/summary``: the summary in the reviewer's words.
        public var summary: String?

        public init(initiative: String, decision: Verdict, to target: String? = nil, summary: String? = nil) {
            self.initiative = initiative
            self.decision = decision
            self.to = target
            self.summary = summary
        }

        enum CodingKeys: String, CodingKey {
            case initiative = "case", decision, to, summary
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            initiative = try container.decode(String.self, forKey: .initiative)
            decision = try container.decode(Verdict.self, forKey: .decision)
            to = try container.decodeIfPresent(String.self, forKey: .to)
            summary = try container.decodeIfPresent(String.self, forKey: .summary)
            if decision == .summary ? summary == nil : to == nil {
                throw DecodingError.dataCorruptedError(
                    forKey: decision == .summary ? .summary : .to, in: container,
                    debugDescription: decision == .summary ? "a decision samenvatting gives the summary under summary:" : "a decision \(decision.rawValue) names the theme or question under to:")
            }
        }
    }

    public var links: [LinkDecision]
    public var questions: [QuestionDecision]
    public var cases: [CaseDecision]

    public init(links: [LinkDecision] = [], questions: [QuestionDecision] = [], cases: [CaseDecision] = []) {
        self.links = links
        self.questions = questions
        self.cases = cases
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        links = try container.decodeIfPresent([LinkDecision].self, forKey: .links) ?? []
        questions = try container.decodeIfPresent([QuestionDecision].self, forKey: .questions) ?? []
        cases = try container.decodeIfPresent([CaseDecision].self, forKey: .cases) ?? []
    }

    public var isEmpty: Bool { links.isEmpty && questions.isEmpty && cases.isEmpty }

    /// How decisions compare texts: without regard to case or to how the words are spaced.
    public static func key(_ text: String) -> String {
        // One pass over the scalars; most are ASCII, whose whitespace is known without a
        // lookup of Unicode's properties (this runs for every node on every decision).
        var key = String.UnicodeScalarView()
        var space = false
        for scalar in text.lowercased().unicodeScalars {
            let isSpace = scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
            if isSpace {
                space = !key.isEmpty
            } else {
                if space { key.append(" ") }
                space = false
                key.append(scalar)
            }
        }
        return String(key)
    }

    /// The graph with the decisions applied, and the decisions that match nothing in it.
    public struct Applied: Sendable {
        public var snapshot: GraphSnapshot
        /// Each decision that matched nothing, as a person would name it.
        public var unmatched: [String]
    }

    /// `snapshot` with the decisions applied, later decisions over earlier ones: an accepted
    /// link is marked ``ReviewMark/confirmed`` (added when the graph has none), a rejected
    /// link removed (and named on its source, ``PropertyKey/reviewRejected``); a question marked ``ReviewMark/notAQuestion``, ``ReviewMark/leading`` or
    /// ``ReviewMark/separate``, or given the questions it is merged with
    /// (``PropertyKey/reviewMerge``); a case attached (a confirmed `addresses` edge), detached
    /// (``PropertyKey/reviewDetached`` on the theme or question) or given a person's summary.
    public func applied(to snapshot: GraphSnapshot) -> Applied {
        guard !isEmpty else { return Applied(snapshot: snapshot, unmatched: []) }
        var result = snapshot
        var unmatched: [String] = []
        let asking: Set<NodeKind> = [.question, .theme]
        var byText: [String: [Int]] = [:]
        var systemicByName: [String: String] = [:]
        var casesByName: [String: [Int]] = [:]
        for (offset, node) in snapshot.nodes.enumerated() {
            if asking.contains(node.kind) {
                for text in Set([node.text ?? node.label, node.label]) { byText[Self.key(text), default: []].append(offset) }
            } else if node.kind == .systemicQuestion {
                systemicByName[Self.key(node.label)] = node.id
                systemicByName[Self.key(node.id)] = node.id
            } else if node.kind == .initiative {
                for name in Set([Self.key(node.label), Self.key(node.id)]) { casesByName[name, default: []].append(offset) }
            }
        }
        func asked(_ text: String, kinds: Set<NodeKind> = asking) -> [Int] {
            (byText[Self.key(text)] ?? []).filter { kinds.contains(snapshot.nodes[$0].kind) }
        }

        for decision in questions {
            let found = asked(decision.question, kinds: decision.decision == .notAQuestion ? [.question] : asking)
            if found.isEmpty { unmatched.append("the question “\(decision.question)”") }
            switch decision.decision {
            case .notAQuestion, .lead, .split:
                let mark: ReviewMark = decision.decision == .notAQuestion ? .notAQuestion : decision.decision == .lead ? .leading : .separate
                for offset in found { result.nodes[offset].properties[.review] = mark.rawValue }
            case .merge:
                let others = asked(decision.with ?? "")
                if others.isEmpty, !found.isEmpty { unmatched.append("the question “\(decision.with ?? "")”") }
                for offset in found {
                    for other in others where other != offset { result.nodes[offset].properties.append(snapshot.nodes[other].id, to: .reviewMerge) }
                }
            }
        }

        for decision in links {
            // A research question before a theme of the same words: an added link belongs to the question.
            let sources = asked(decision.question).sorted { (snapshot.nodes[$0].kind == .question ? 0 : 1, $0) < (snapshot.nodes[$1].kind == .question ? 0 : 1, $1) }.map { snapshot.nodes[$0].id }
            guard !sources.isEmpty, let target = systemicByName[Self.key(decision.systemic)] else {
                unmatched.append("the link from “\(decision.question)” to “\(decision.systemic)”")
                continue
            }
            let linking = { (edge: Edge) in edge.kind == .linksTo && edge.target == target && sources.contains(edge.source) }
            switch decision.decision {
            case .reject:
                result.edges.removeAll(where: linking)
                for offset in asked(decision.question) { result.nodes[offset].properties.append(target, to: .reviewRejected) }
            case .accept:
                confirm(linking, adding: Edge(source: sources[0], target: target, kind: .linksTo), note: decision.note, in: &result)
            }
        }

        for decision in cases {
            let found = casesByName[Self.key(decision.initiative)] ?? []
            guard let offset = found.first else {
                unmatched.append("the case “\(decision.initiative)”")
                continue
            }
            let initiative = snapshot.nodes[offset].id
            if decision.decision == .summary {
                result.nodes[offset].properties[.summary] = decision.summary
                result.nodes[offset].properties[.review] = ReviewMark.confirmed.rawValue
                continue
            }
            let targets = asked(decision.to ?? "")
            guard !targets.isEmpty else {
                unmatched.append("the theme or question “\(decision.to ?? "")” of the case “\(decision.initiative)”")
                continue
            }
            let ids = targets.map { snapshot.nodes[$0].id }
            let addressing = { (edge: Edge) in edge.kind == .addresses && edge.source == initiative && ids.contains(edge.target) }
            switch decision.decision {
            case .attach:
                for target in targets {
                    var listed = result.nodes[target].properties.list(.reviewDetached)
                    listed.removeAll { $0 == initiative }
                    result.nodes[target].properties.setList(.reviewDetached, listed)
                }
                confirm(addressing, adding: Edge(source: initiative, target: ids[0], kind: .addresses), note: nil, in: &result)
            case .detach:
                result.edges.removeAll(where: addressing)
                for target in targets { result.nodes[target].properties.append(initiative, to: .reviewDetached) }
            case .summary:
                break
            }
        }
        return Applied(snapshot: result, unmatched: unmatched)
    }

    /// Marks the edges `matching` confirmed, or adds `edge` confirmed when there are none.
    private func confirm(_ matching: (Edge) -> Bool, adding edge: Edge, note: String?, in snapshot: inout GraphSnapshot) {
        var marked = false
        for offset in snapshot.edges.indices where matching(snapshot.edges[offset]) {
            snapshot.edges[offset].properties[.review] = ReviewMark.confirmed.rawValue
            snapshot.edges[offset].properties[.reviewNote] = note
            marked = true
        }
        if !marked {
            var added = edge
            added.properties[.review] = ReviewMark.confirmed.rawValue
            added.properties[.reviewNote] = note
            snapshot.edges.append(added)
        }
    }
}
