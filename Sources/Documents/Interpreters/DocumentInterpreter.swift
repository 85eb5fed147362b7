public import Graph

/// Reads an ``Outline`` as one kind of document and emits the nodes and edges it describes.
public protocol DocumentInterpreter: Sendable {
    /// Interprets `outline`, the document described by `document`.
    ///
    /// - Throws: ``GraphError`` naming the document when the outline is not of the shape
    ///   this kind of document takes (a table of notes without a text column).
    func interpret(_ outline: Outline, document: Document) throws(GraphError) -> GraphDelta
}

/// The interpreter for each document kind.
public enum Interpreters {
    /// The interpreter that reads documents of `kind`.
    ///
    /// - Throws: ``GraphError`` when a pattern built from the lexicon cannot be compiled.
    public static func interpreter(for kind: DocumentKind, lexicon: Lexicon) throws(GraphError) -> any DocumentInterpreter {
        switch kind {
        case .workshopReport: try WorkshopReportInterpreter(lexicon: lexicon)
        case .notes: NotesListInterpreter(lexicon: lexicon)
        case .developmentGroup: try DevelopmentGroupInterpreter(lexicon: lexicon)
        case .case: try CaseInterpreter(lexicon: lexicon)
        }
    }
}
