/// The draft research agenda: what the Markdown agenda shows, every item traceable to the
/// node (and so the document and line) it came from.
public struct AgendaDraft: Sendable, Hashable {
    /// Where a formulation came from.
    public struct Origin: Sendable, Hashable {
        public var node: String
        public var workshop: String
        public var group: String
        public var document: String
        public var line: Int
    }

    /// A scored link to a systemic question.
    public struct SystemicLink: Sendable, Hashable {
        public var systemicQuestion: String
        public var label: String
        public var score: Double
        public var sharedTerms: [String]
    }

    /// A research question, with the near-identical ones other groups asked.
    public struct Question: Sendable, Hashable {
        public var text: String
        public var origin: Origin
        public var alsoAskedBy: [Origin]
        public var subQuestions: [String]
        public var links: [SystemicLink]
    }

    /// A text with its origin (a theme as a group formulated it, a note).
    public struct Formulation: Sendable, Hashable {
        public var text: String
        public var origin: Origin
    }

    /// A practice case that addresses a theme, with the score of the best link.
    public struct Case: Sendable, Hashable {
        public var id: String
        public var label: String
        public var score: Double?
    }

    /// Themes of several groups merged into one.
    public struct Theme: Sendable, Hashable {
        public var title: String
        public var formulations: [Formulation]
        public var questions: [Question]
        public var noteCount: Int
        public var representativeNotes: [Formulation]
        public var stakeholders: [String]
        public var stakeholderGroups: [String]
        public var cases: [Case]
        public var links: [SystemicLink]
        /// The number of groups whose themes are merged here.
        public var groupCount: Int { Set(formulations.map(\.origin.group)).count }
    }

    /// One speerpunt with its workshops and agenda themes.
    public struct Speerpunt: Sendable, Hashable {
        public var name: String
        public var workshops: [(title: String, date: String)]
        public var themes: [Theme]

        public static func == (a: Speerpunt, b: Speerpunt) -> Bool {
            a.name == b.name && a.themes == b.themes && a.workshops.map(\.title) == b.workshops.map(\.title) && a.workshops.map(\.date) == b.workshops.map(\.date)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            hasher.combine(themes)
        }
    }

    /// Agenda themes of different speerpunten that are about the same thing.
    public struct CrossCutting: Sendable, Hashable {
        public var themes: [(speerpunt: String, title: String)]
        public var score: Double

        public static func == (a: CrossCutting, b: CrossCutting) -> Bool {
            a.score == b.score && a.themes.map(\.speerpunt) == b.themes.map(\.speerpunt) && a.themes.map(\.title) == b.themes.map(\.title)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(score)
            hasher.combine(themes.map(\.title))
        }
    }

    /// A systemic question with the research questions that connect to it.
    public struct Systemic: Sendable, Hashable {
        public var id: String
        public var label: String
        public var text: String
        public var section: String
        public var questions: [(question: String, origin: Origin, score: Double, sharedTerms: [String])]

        public static func == (a: Systemic, b: Systemic) -> Bool {
            a.id == b.id && a.questions.map(\.question) == b.questions.map(\.question) && a.questions.map(\.score) == b.questions.map(\.score)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(id)
        }
    }

    /// A stakeholder and the agenda themes that name it.
    public struct IndexEntry: Sendable, Hashable {
        public var name: String
        public var kind: String
        public var detail: String
        public var themes: [String]
    }

    public var speerpunten: [Speerpunt]
    public var crossCutting: [CrossCutting]
    public var systemic: [Systemic]
    public var stakeholders: [IndexEntry]
    public var cases: [IndexEntry]
}
