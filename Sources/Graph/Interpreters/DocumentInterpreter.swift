/// Reads an ``Outline`` as one kind of document and emits the nodes and edges it describes.
public protocol DocumentInterpreter: Sendable {
    /// Interprets `outline`, the document described by `document`.
    func interpret(_ outline: Outline, document: Document) -> GraphDelta
}

/// The interpreter for each document kind.
public enum Interpreters {
    /// The interpreter that reads documents of `kind`, or `nil` where the toolkit has none yet.
    public static func interpreter(for kind: DocumentKind, lexicon: Lexicon) -> (any DocumentInterpreter)? {
        switch kind {
        case .workshopReport: WorkshopReportInterpreter(lexicon: lexicon)
        case .notes: NotesListInterpreter()
        case .developmentGroup: DevelopmentGroupInterpreter(lexicon: lexicon)
        case .case: CaseInterpreter(lexicon: lexicon)
        case .clusterRun, .linkRun: nil
        }
    }
}
