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
}
