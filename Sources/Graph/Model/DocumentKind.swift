/// The kinds of document a corpus holds; each is read by its own interpreter.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A report of one or more workshops, with groups, themes, questions and notes.
    case workshopReport = "workshop-report"
    /// The development group's material, with its systemic questions.
    case developmentGroup = "development-group"
    /// A congress report, project text or opinion piece describing practice cases.
    case `case`
    /// A plain list of notes, one per line or list item.
    case notes
    /// A clustering run the toolkit stored; never listed in a manifest.
    case clusterRun = "cluster-run"
    /// The cross-links the toolkit computed; never listed in a manifest.
    case linkRun = "link-run"

    /// Whether documents of this kind are the toolkit's own runs rather than files read.
    public var isRun: Bool { self == .clusterRun || self == .linkRun }

    /// The kinds a corpus manifest may give.
    public static let corpusKinds: [DocumentKind] = [.workshopReport, .developmentGroup, .case, .notes]
}
