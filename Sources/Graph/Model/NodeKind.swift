/// The kinds of node the knowledge graph holds.
///
/// The raw values are the names users type on the command line (`agenda list note`)
/// and the values written to exports, so they are stable.
public enum NodeKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case workshop
    case group
    case theme
    case question
    case note
    case person
    case organisation
    case stakeholderGroup = "stakeholder-group"
    case initiative
    case systemicQuestion = "systemic-question"
    case cluster

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Kinds whose nodes stand for one real-world entity across documents: a person or
    /// organisation named in two documents is one node, with the provenance of each.
    public var isShared: Bool {
        self == .person || self == .organisation || self == .stakeholderGroup
    }
}
