/// The name of a node or edge property.
///
/// Keys that more than one module reads are defined here once, so an interpreter that writes
/// a property and an exporter or linker that reads it cannot spell it two ways. The raw value
/// is the name stored in the database and written to exports, so it is stable.
public struct PropertyKey: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: PropertyKey, rhs: PropertyKey) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension PropertyKey {
    // Where a node sits in the workshop material.

    /// The title of the workshop a group, note or initiative belongs to.
    public static let workshop = PropertyKey("workshop")
    /// The label of the group a note or theme belongs to.
    public static let group = PropertyKey("group")
    /// The label of the theme a group put a note or question under.
    public static let theme = PropertyKey("theme")
    /// The speerpunt a workshop is about.
    public static let speerpunt = PropertyKey("speerpunt")
    /// A workshop's full title.
    public static let title = PropertyKey("title")
    /// An ISO 8601 date or year.
    public static let date = PropertyKey("date")
    /// The section of a document a systemic question or practice case stands in.
    public static let section = PropertyKey("section")
    /// The dimension of a systemic question read from a two-column table.
    public static let dimension = PropertyKey("dimension")
    /// The year a practice case is dated to.
    public static let year = PropertyKey("year")
    /// Where an initiative was described ("casus van de groep", …).
    public static let source = PropertyKey("source")
    /// A theme's description, as the group wrote it.
    public static let description = PropertyKey("description")
    /// What was said in a workshop's plenary part.
    public static let plenary = PropertyKey("plenary")
    /// The number a group gave a theme or question.
    public static let number = PropertyKey("number")
    /// The list marker a note or question was written with.
    public static let marker = PropertyKey("marker")
    /// Whether a question is a main question (`main`) or a sub-question (`sub`).
    public static let level = PropertyKey("level")
    /// A practice case told briefly: one or two sentences of its own text that say what it does.
    public static let summary = PropertyKey("summary")
    /// The research questions a practice case raises (a list).
    public static let questions = PropertyKey("questions")

    // People and organisations.

    /// A person's roles (a list).
    public static let role = PropertyKey("role")
    /// The organisation a person works for.
    public static let affiliation = PropertyKey("affiliation")
    /// An organisation's type (hogeschool, gemeente, …).
    public static let type = PropertyKey("type")
    /// An organisation's abbreviation.
    public static let abbreviation = PropertyKey("abbreviation")
    /// The documents that name a shared entity, where more than one does (a list).
    public static let documents = PropertyKey("documents")
    /// The sentence a mention was read from.
    public static let sentence = PropertyKey("sentence")

    // Board exports.

    /// Who wrote a note on the board.
    public static let author = PropertyKey("author")
    /// The tags a board gave a note, as the board wrote them.
    public static let tags = PropertyKey("tags")

    // The toolkit's own runs.

    /// What a clustering run clustered together: `group`, `workshop` or `all`.
    public static let scope = PropertyKey("scope")
    /// The part of a run a cluster belongs to ("Werkatelier 1 / Groep geel").
    public static let part = PropertyKey("part")
    /// The words that set a cluster apart (a list).
    public static let keywords = PropertyKey("keywords")
    /// The id of the note that best represents a cluster.
    public static let representative = PropertyKey("representative")
    /// The number of notes in a cluster.
    public static let size = PropertyKey("size")
    /// The number of clusters a run asked for: `auto` or a number.
    public static let clusterCount = PropertyKey("k")
    /// The words a cross-link rests on, rarest first, or that a note shares with the other
    /// notes of its cluster, most shared first (a list).
    public static let sharedTerms = PropertyKey("shared-terms")
    /// On a note's `assigned-to` edge: the id of the cluster that fits the note next best.
    public static let nextCluster = PropertyKey("next-cluster")
    /// On a note's `assigned-to` edge: `true` when a person moved the note to that cluster.
    public static let placed = PropertyKey("placed")
    /// What a person decided about a node or edge of the agenda (``ReviewMark``), from the
    /// corpus's `agenda-review.yaml`.
    public static let review = PropertyKey("review")
    /// Why the person decided so, in their words.
    public static let reviewNote = PropertyKey("review-note")
    /// On a research question: the ids of the questions a person merged it with (a list).
    public static let reviewMerge = PropertyKey("review-merge")
    /// On a theme or research question: the ids of the practice cases a person detached
    /// from it (a list).
    public static let reviewDetached = PropertyKey("review-detached")
    /// On a research question or theme: the ids of the systemic questions a person said it
    /// does not link to (a list), so that no suggestion offers them again.
    public static let reviewRejected = PropertyKey("review-rejected")
}
