import Graph
/// A document read into a format-independent tree of blocks.
///
/// Every reader (plain text, Markdown, …) produces an outline, so interpreters never see
/// the file format. The blocks are in document order; nesting is carried by heading and
/// list levels.
public struct Outline: Sendable, Hashable {
    /// The identifier of the document the blocks were read from.
    public var document: String
    public var blocks: [OutlineBlock]
    /// Whether the format marks lists up (Word, LibreOffice): a paragraph outside a list is
    /// then written as one, never a list item that lost its bullet on the way to plain text,
    /// and a short one between lists is a sub-heading, not a note.
    public var marksLists: Bool

    public init(document: String, blocks: [OutlineBlock], marksLists: Bool = false) {
        self.document = document
        self.blocks = blocks
        self.marksLists = marksLists
    }

    /// Whether the document is a table: its first block is a table's header row.
    public var isTable: Bool {
        if case .tableRow(_, isHeader: true)? = blocks.first?.kind { return true }
        return false
    }
}
