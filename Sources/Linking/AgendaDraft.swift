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

    /// A link to a systemic question: the toolkit's suggestion with its score and the terms it
    /// rests on, or one a person confirmed (``ReviewMark/confirmed``), with their note.
    public struct SystemicLink: Sendable, Hashable {
        public var systemicQuestion: String
        /// The systemic question's text.
        public var label: String
        public var score: Double
        public var sharedTerms: [String]
        /// Whether a person confirmed it (in the corpus's `agenda-review.yaml`).
        public var confirmed: Bool = false
        /// Why, in the person's words.
        public var note: String?
        /// The texts of the questions and themes the link comes from.
        public var sources: [String] = []
    }

    /// How widely something was raised: by how many groups, workshops and documents.
    ///
    /// Ordered as the agenda ranks: more groups first, then more workshops, then more documents.
    public struct Support: Sendable, Hashable, Comparable {
        public var groups: Int
        public var workshops: Int
        public var documents: Int

        public init(groups: Int, workshops: Int, documents: Int) {
            self.groups = groups
            self.workshops = workshops
            self.documents = documents
        }

        /// The support of formulations with these origins.
        public init(_ origins: [Origin]) {
            groups = Set(origins.map { $0.document + "\u{1}" + $0.workshop + "\u{1}" + $0.group }).count
            workshops = Set(origins.map { $0.document + "\u{1}" + $0.workshop }).count
            documents = Set(origins.map(\.document)).count
        }

        public static func < (a: Support, b: Support) -> Bool {
            (a.groups, a.workshops, a.documents) < (b.groups, b.workshops, b.documents)
        }
    }

    /// An indicative question: research questions of different groups, workshops or documents
    /// that ask the same thing, merged as the James Lind Alliance merges submissions. One
    /// original formulation leads; every other one is kept with its source.
    public struct Question: Sendable, Hashable {
        /// The leading formulation, word for word as one group wrote it.
        public var text: String
        public var origin: Origin
        /// The other original formulations of the same question, with their sources.
        public var alsoAskedAs: [Formulation]
        /// Notes of other groups that raise the same question.
        public var raisedOnNotes: [Formulation]
        public var subQuestions: [String]
        public var links: [SystemicLink]
        /// Who raised it: the groups of its formulations and of the notes that raise it.
        public var support: Support
        /// The speerpunten whose workshops raised it, in the agenda's order.
        public var speerpunten: [String]
        /// Whether a person decided how it is made up: merged it, split it out or chose its
        /// leading formulation (in the corpus's `agenda-review.yaml`).
        public var confirmed: Bool = false

        /// Every origin: the leading formulation's, the others', the notes'.
        public var origins: [Origin] { [origin] + alsoAskedAs.map(\.origin) + raisedOnNotes.map(\.origin) }
    }

    /// A text with its origin (a theme as a group formulated it, a note).
    public struct Formulation: Sendable, Hashable {
        public var text: String
        public var origin: Origin

        public init(text: String, origin: Origin) {
            self.text = text
            self.origin = origin
        }
    }

    /// A practice case that addresses a theme, with the score of the best link, or one a
    /// person attached (``ReviewMark/confirmed``).
    public struct Case: Sendable, Hashable {
        public var id: String
        public var label: String
        /// The toolkit's best score; `nil` for a group's own case or one a person attached.
        public var score: Double?
        /// Whether a person attached it (in the corpus's `agenda-review.yaml`).
        public var confirmed: Bool = false
    }

    /// A text of a theme the toolkit read as a question that the agenda does not list as a
    /// research question: a framing sentence, an item of a list, or one a person marked.
    public struct Aside: Sendable, Hashable {
        public var text: String
        public var origin: Origin
        public var subQuestions: [String]
        /// Whether a person marked it (``ReviewMark/notAQuestion``) rather than its text.
        public var decided: Bool
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
        /// Its texts that are no research question, kept for the appendix.
        public var asides: [Aside] = []
        public var links: [SystemicLink]
        /// The number of groups whose themes are merged here.
        public var groupCount: Int { Set(formulations.map(\.origin.group)).count }
        /// Who raised the theme: the groups of its formulations and of its questions.
        public var support: Support { Support(formulations.map(\.origin) + questions.flatMap(\.origins)) }
    }

    /// One speerpunt with its workshops, its indicative questions ranked by support, and its
    /// agenda themes.
    public struct Speerpunt: Sendable, Hashable {
        public var name: String
        /// Its workshops: title, date, and the document that reports on each.
        public var workshops: [(title: String, date: String, document: String)]
        /// Its indicative questions, most widely raised first.
        public var questions: [Question]
        public var themes: [Theme]

        public static func == (a: Speerpunt, b: Speerpunt) -> Bool {
            a.name == b.name && a.questions == b.questions && a.themes == b.themes && a.workshops.map(\.title) == b.workshops.map(\.title) && a.workshops.map(\.date) == b.workshops.map(\.date)
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
        /// The subject they share: phrases, concepts and words of both.
        public var sharedTerms: [String] = []

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
        public var questions: [(question: String, origin: Origin, score: Double, sharedTerms: [String], confirmed: Bool)]

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
    /// The questions raised by more than one group, across all speerpunten, most widely raised first.
    public var widelyRaised: [Question]
    /// How many research questions went in, and how many indicative questions came out.
    public var questionsIn: Int
    public var crossCutting: [CrossCutting]
    public var systemic: [Systemic]
    public var stakeholders: [IndexEntry]
    public var cases: [IndexEntry]
}
