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

    public init(document: String, blocks: [OutlineBlock]) {
        self.document = document
        self.blocks = blocks
    }

    /// Whether the document is a table: its first block is a table's header row.
    public var isTable: Bool {
        if case .tableRow(_, isHeader: true)? = blocks.first?.kind { return true }
        return false
    }
}
