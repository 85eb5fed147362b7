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

}
