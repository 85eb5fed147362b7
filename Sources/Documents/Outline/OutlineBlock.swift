import Graph
/// One block of a document's outline: a heading, list item, paragraph, table row or caption.
public struct OutlineBlock: Sendable, Hashable {
    /// What kind of block this is.
    public enum Kind: Sendable, Hashable {
        /// A heading; level 1 is the outermost.
        case heading(level: Int)
        /// A list item; level 1 is the outermost.
        case listItem(level: Int, marker: ListMarker)
        case paragraph
        /// A table row with its cells (also joined with tabs in `text`); the first row of a
        /// table read from CSV or TSV is its header.
        case tableRow(cells: [String], isHeader: Bool)
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
    /// Whether the reader guessed the block's kind from its shape (a short line without
    /// punctuation taken for a heading) where the format itself did not say.
    public var isGuessed: Bool

    public init(kind: Kind, text: String, line: Int, endLine: Int? = nil, isGuessed: Bool = false) {
        self.kind = kind
        self.text = text
        self.line = line
        self.endLine = endLine ?? line
        self.isGuessed = isGuessed
    }

    /// A table row made of `cells`.
    public static func row(_ cells: [String], isHeader: Bool = false, line: Int, endLine: Int? = nil) -> OutlineBlock {
        OutlineBlock(kind: .tableRow(cells: cells, isHeader: isHeader), text: cells.joined(separator: "\t"), line: line, endLine: endLine)
    }

    /// The cells, if this block is a table row.
    public var cells: [String]? {
        if case .tableRow(let cells, _) = kind { return cells }
        return nil
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
