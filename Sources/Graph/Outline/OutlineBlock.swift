/// One block of a document's outline: a heading, list item, paragraph, table row or caption.
public struct OutlineBlock: Sendable, Hashable {
    /// What kind of block this is.
    public enum Kind: Sendable, Hashable {
        /// A heading; level 1 is the outermost.
        case heading(level: Int)
        /// A list item; level 1 is the outermost.
        case listItem(level: Int, marker: ListMarker)
        case paragraph
        /// A table row; its cells are joined with tabs in `text`.
        case tableRow
        /// A picture caption (a name under a photo): layout, not content.
        case caption
    }

    public var kind: Kind
    /// The block's text with conversion marks and markup removed.
    public var text: String
    /// The first line (1-based) of the block in its source.
    public var line: Int
    /// The last line (1-based) of the block in its source.
    public var endLine: Int

    public init(kind: Kind, text: String, line: Int, endLine: Int? = nil) {
        self.kind = kind
        self.text = text
        self.line = line
        self.endLine = endLine ?? line
    }

    /// The list marker, if this block is a list item.
    public var marker: ListMarker? {
        if case .listItem(_, let marker) = kind { return marker }
        return nil
    }

    /// The list level, if this block is a list item.
    public var listLevel: Int? {
        if case .listItem(let level, _) = kind { return level }
        return nil
    }

    public var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }
}
