/// The kinds of edge the knowledge graph holds.
///
/// Edges point from the part to the whole (`group part-of workshop`) or from the
/// actor to what it acts on (`person speaks-at workshop`).
public enum EdgeKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A group is part of a workshop; a theme is part of a group.
    case partOf = "part-of"
    /// A note sits under a theme a group made.
    case belongsTo = "belongs-to"
    /// A question was formulated for a theme.
    case asks
    /// A sub-question refines a question.
    case subQuestionOf = "sub-question-of"
    /// A person presented at a workshop.
    case speaksAt = "speaks-at"
    /// A person works for an organisation.
    case affiliatedWith = "affiliated-with"
    /// A node's text names a stakeholder.
    case mentions
    /// An initiative involves a person or organisation.
    case involves
    /// An initiative addresses a theme or question.
    case addresses
    /// A note was assigned to a cluster by the toolkit.
    case assignedTo = "assigned-to"
    /// A question or theme connects to a systemic question.
    case linksTo = "links-to"

    public static func < (lhs: EdgeKind, rhs: EdgeKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
