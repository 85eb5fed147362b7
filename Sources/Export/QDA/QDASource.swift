/// A source document as a QDA project holds it: plain text, the blocks the toolkit read from
/// the document one per line, in order.
public struct QDASource: Sendable, Hashable {
    /// One block of the document: its source lines and its text.
    public struct Block: Sendable, Hashable {
        public var line: Int
        public var endLine: Int
        public var text: String

        public init(line: Int, endLine: Int, text: String) {
            self.line = line
            self.endLine = endLine
            self.text = text
        }
    }

    /// The graph's document id.
    public var document: String
    /// The name QDA tools show: the document's file name.
    public var name: String
    public var blocks: [Block]

    public init(document: String, name: String, blocks: [Block]) {
        self.document = document
        self.name = name
        self.blocks = blocks
    }
}
