public import Graph

/// Everything the HTML report shows, computed by the toolkit and embedded in the page as JSON:
/// the page's script only draws it. Positions come from the toolkit's own layouts, so the same
/// input gives the same page.
public struct ReportData: Sendable, Hashable, Codable {
    /// One note, with where it came from and what the group made of it.
    public struct Note: Sendable, Hashable, Codable {
        public var id: String
        public var text: String
        public var group: String?
        public var workshop: String?
        public var theme: String?
        public var document: String
        public var line: Int

        public init(id: String, text: String, group: String?, workshop: String?, theme: String?, document: String, line: Int) {
            self.id = id
            self.text = text
            self.group = group
            self.workshop = workshop
            self.theme = theme
            self.document = document
            self.line = line
        }
    }

    /// A map of some notes: their positions, automatic clusters and the group's themes.
    public struct NoteMap: Sendable, Hashable, Codable {
        /// What a map shows: one group, one workshop, or all notes. Its raw value is what the
        /// page's script reads, and ``ReportData/Legend/levels`` names each one for the page.
        public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
            case group = "groep"
            case workshop = "werkatelier"
            case all = "alles"
        }

        public var title: String
        public var level: Level
        /// Indices into ``ReportData/notes``.
        public var notes: [Int]
        public var x: [Double]
        public var y: [Double]
        public var clusterLabels: [String]
        /// Per note, its cluster's index in `clusterLabels`.
        public var clusters: [Int]
        public var themeLabels: [String]
        /// Per note, its theme's index in `themeLabels`, or −1 without a theme.
        public var themes: [Int]
        /// Spearman's rank correlation of map distances with the notes' dissimilarities.
        public var rankAgreement: Double

        public init(title: String, level: Level, notes: [Int], x: [Double], y: [Double], clusterLabels: [String], clusters: [Int], themeLabels: [String], themes: [Int], rankAgreement: Double) {
            self.title = title
            self.level = level
            self.notes = notes
            self.x = x
            self.y = y
            self.clusterLabels = clusterLabels
            self.clusters = clusters
            self.themeLabels = themeLabels
            self.themes = themes
            self.rankAgreement = rankAgreement
        }
    }

    /// One group: its own themes beside the automatic clusters, and where the two differ.
    public struct Group: Sendable, Hashable, Codable {
        public struct Theme: Sendable, Hashable, Codable {
            public var label: String
            public var notes: [Int]

            public init(label: String, notes: [Int]) {
                self.label = label
                self.notes = notes
            }
        }

        public struct Cluster: Sendable, Hashable, Codable {
            /// How well one note fits the cluster, and why it is there.
            public struct Fit: Sendable, Hashable, Codable {
                /// The note's confidence (0 … 1), three decimals.
                public var confidence: Double
                /// The label of the cluster that fits the note next best.
                public var next: String?
                /// Words the note shares with the cluster's other notes.
                public var shared: [String]
                /// Whether a person moved the note to this cluster.
                public var placed: Bool

                public init(confidence: Double, next: String?, shared: [String], placed: Bool = false) {
                    self.confidence = confidence
                    self.next = next
                    self.shared = shared
                    self.placed = placed
                }
            }

            public var label: String
            public var keywords: [String]
            public var representative: Int
            public var notes: [Int]
            /// Per note of `notes`, how well it fits; empty where the clustering did not say.
            public var fits: [Fit]
            /// The notes a reader checks first: those that fit least clearly, least certain first.
            public var uncertain: [Int]

            public init(label: String, keywords: [String], representative: Int, notes: [Int], fits: [Fit] = [], uncertain: [Int] = []) {
                self.label = label
                self.keywords = keywords
                self.representative = representative
                self.notes = notes
                self.fits = fits
                self.uncertain = uncertain
            }
        }

        /// A note the group and the clustering place differently.
        public struct Difference: Sendable, Hashable, Codable {
            public var note: Int
            public var theme: String
            public var cluster: String
            /// The theme most of the cluster's notes have.
            public var clusterTheme: String

            public init(note: Int, theme: String, cluster: String, clusterTheme: String) {
                self.note = note
                self.theme = theme
                self.cluster = cluster
                self.clusterTheme = clusterTheme
            }
        }

        public var name: String
        public var workshop: String
        public var themes: [Theme]
        public var clusters: [Cluster]
        /// The adjusted Rand index of themes and clusters, when the group grouped its notes.
        public var ari: Double?
        /// The agreement in words a lector reads.
        public var agreement: String
        public var differences: [Difference]

        public init(name: String, workshop: String, themes: [Theme], clusters: [Cluster], ari: Double?, agreement: String, differences: [Difference]) {
            self.name = name
            self.workshop = workshop
            self.themes = themes
            self.clusters = clusters
            self.ari = ari
            self.agreement = agreement
            self.differences = differences
        }
    }

    /// The agenda's network: themes, questions, systemic questions, initiatives, stakeholders.
    public struct Network: Sendable, Hashable, Codable {
        public struct Node: Sendable, Hashable, Codable {
            public var id: String
            public var kind: NodeKind
            public var label: String
            public var text: String?
            public var document: String
            public var line: Int
            public var x: Double
            public var y: Double

            public init(id: String, kind: NodeKind, label: String, text: String?, document: String, line: Int, x: Double, y: Double) {
                self.id = id
                self.kind = kind
                self.label = label
                self.text = text
                self.document = document
                self.line = line
                self.x = x
                self.y = y
            }
        }

        public struct Edge: Sendable, Hashable, Codable {
            public var source: Int
            public var target: Int
            public var kind: EdgeKind

            public init(source: Int, target: Int, kind: EdgeKind) {
                self.source = source
                self.target = target
                self.kind = kind
            }
        }

        public var nodes: [Node]
        public var edges: [Edge]

        public init(nodes: [Node], edges: [Edge]) {
            self.nodes = nodes
            self.edges = edges
        }
    }

    /// Lines of a source document, by number, around every line the report cites.
    public struct Source: Sendable, Hashable, Codable {
        public var document: String
        public var path: String
        public var lines: [Int: String]

        public init(document: String, path: String, lines: [Int: String]) {
            self.document = document
            self.path = path
            self.lines = lines
        }
    }

    /// How the report was made: documents, parameters, version.
    public struct About: Sendable, Hashable, Codable {
        public var version: String
        public var documents: [String]
        public var parameters: [String]

        public init(version: String, documents: [String], parameters: [String]) {
            self.version = version
            self.documents = documents
            self.parameters = parameters
        }
    }

    /// A link the toolkit suggests to a reviewer beside the draft's own: from a research
    /// question or theme to a systemic question, below the draft's threshold, with what it
    /// rests on.
    public struct Suggestion: Sendable, Hashable, Codable {
        /// The question's or theme's node, and its text (what a decision names).
        public var source: String
        public var text: String
        /// The systemic question's id and text.
        public var systemic: String
        public var label: String
        public var score: Double
        public var sharedTerms: [String]

        public init(source: String, text: String, systemic: String, label: String, score: Double, sharedTerms: [String]) {
            self.source = source
            self.text = text
            self.systemic = systemic
            self.label = label
            self.score = score
            self.sharedTerms = sharedTerms
        }
    }

    public var title: String
    public var notes: [Note]
    public var maps: [NoteMap]
    public var groups: [Group]
    public var network: Network
    public var sources: [Source]
    public var about: About
    /// The words and colours the page draws with.
    public var legend: Legend
    /// Links a reviewer may confirm beyond the draft's, best first.
    public var suggestions: [Suggestion]

    public init(title: String, notes: [Note], maps: [NoteMap], groups: [Group], network: Network, sources: [Source], about: About, legend: Legend = .standard, suggestions: [Suggestion] = []) {
        self.title = title
        self.notes = notes
        self.maps = maps
        self.groups = groups
        self.network = network
        self.sources = sources
        self.about = about
        self.legend = legend
        self.suggestions = suggestions
    }
}
