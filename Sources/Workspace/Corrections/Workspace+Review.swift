public import Graph
public import Linking

/// One decision on the draft agenda, as a reviewer makes it; in JSON `{"link": {…}}`,
/// `{"question": {…}}` or `{"case": {…}}`, with the fields of `agenda-review.yaml`.
public enum ReviewDecision: Sendable, Hashable, Codable {
    case link(AgendaReview.LinkDecision)
    case question(AgendaReview.QuestionDecision)
    case initiative(AgendaReview.CaseDecision)

    private enum CodingKeys: String, CodingKey {
        case link, question, initiative = "case"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let link = try container.decodeIfPresent(AgendaReview.LinkDecision.self, forKey: .link) {
            self = .link(link)
        } else if let initiative = try container.decodeIfPresent(AgendaReview.CaseDecision.self, forKey: .initiative) {
            self = .initiative(initiative)
        } else {
            self = .question(try container.decode(AgendaReview.QuestionDecision.self, forKey: .question))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .link(let link): try container.encode(link, forKey: .link)
        case .question(let question): try container.encode(question, forKey: .question)
        case .initiative(let initiative): try container.encode(initiative, forKey: .initiative)
        }
    }
}

extension AgendaReview {
    /// The review with `decision` in it, replacing an earlier decision on the same item (the
    /// same question and systemic question; the same question, or pair of questions merged;
    /// the same case and theme or question, or the same case's summary), so each item has one.
    public func adding(_ decision: ReviewDecision) -> AgendaReview {
        let key = AgendaReview.key
        var result = self
        switch decision {
        case .link(let link):
            result.links.removeAll { key($0.question) == key(link.question) && key($0.systemic) == key(link.systemic) }
            result.links.append(link)
        case .question(let question):
            result.questions.removeAll { key($0.question) == key(question.question) && $0.with.map(key) == question.with.map(key) }
            result.questions.append(question)
        case .initiative(let initiative):
            result.cases.removeAll { key($0.initiative) == key(initiative.initiative) && $0.to.map(key) == initiative.to.map(key) }
            result.cases.append(initiative)
        }
        return result
    }
}

extension Workspace {
    /// The decisions every agenda honours: the corpus's `agenda-review.yaml`, or a team's
    /// store's rows (``GraphStoring/holdsDecisions``).
    public var agendaReview: Decisions<AgendaReview> {
        Decisions(place: store.holdsDecisions ? .store(store) : .file(ReviewFile(corpus: corpusFolder)))
    }

    /// Adds `decision` to the review, as `author`; returns the review before (for undo) and
    /// its new revision.
    ///
    /// - Parameters:
    ///   - revision: the revision of the review the reviewer saw; `nil` skips the check.
    ///   - graph: the stored graph, when the caller holds it as it is now (a live report does);
    ///     else it is read.
    /// - Throws: ``DecisionConflict`` when it changed since `revision`; ``WorkspaceError``
    ///   when the decision names no text of the documents. The review is then as it was.
    public func review(_ decision: ReviewDecision, basedOn revision: String?, by author: String, graph: GraphSnapshot? = nil) throws -> (previous: AgendaReview, revision: String) {
        let decisions = agendaReview
        let current = try decisions.current(at: revision)
        let single = AgendaReview().adding(decision)
        if let unmatched = single.applied(to: try graph ?? store.snapshot()).unmatched.first {
            throw WorkspaceError(file: decisions.location, problem: "the decision on \(unmatched) matches nothing in the documents", remedy: "name the question or theme by its text, the systemic question by its label or id and the case by its name, as the agenda shows them")
        }
        return (current.content, try decisions.replace(with: current.content.adding(decision), over: current, change: DecisionChange(decision), author: author))
    }

    /// Replaces the review with `review` (an undo hands back an earlier version).
    ///
    /// - Throws: ``DecisionConflict`` when it changed since `revision`.
    public func restoreReview(_ review: AgendaReview, basedOn revision: String?, by author: String) throws -> String {
        let decisions = agendaReview
        return try decisions.replace(with: review, over: try decisions.current(at: revision), change: .named("undo"), author: author)
    }
}
