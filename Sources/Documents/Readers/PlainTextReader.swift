import Graph
/// Reads plain text, as Word and PowerPoint export it, into an ``Outline``.
///
/// Every line is a block. List markers (`·`, `-`, `*`, `1`, `1.`, `1)`, `a.`, `i.`) make
/// list items; a tab-indented short name makes a caption; a short line without punctuation
/// makes a heading (the first such line of a document at level 1, the rest at level 2);
/// everything else is a paragraph. Conversion marks and empty bullets are dropped.
public struct PlainTextReader: TextDocumentReader {
    public init() {}

    public var formatName: String { "plain text" }
    public var fileExtensions: Set<String> { ["txt", "text"] }

    public func read(_ text: String, document: String) -> Outline {
        var classifier = LineClassifier()
        var blocks: [OutlineBlock] = []
        for (index, line) in TextLines.split(text).enumerated() {
            if let block = classifier.classify(line, line: index + 1) { blocks.append(block) }
        }
        return Outline(document: document, blocks: blocks)
    }

    /// Bullets indented with spaces are nested (one level per two spaces); tabs carry no
    /// meaning in Word's text export, and numbered items always start a list.
    static func indentLevel(of line: String, marker: ListMarker) -> Int {
        guard case .bullet = marker else { return 1 }
        let spaces = line.prefix { $0 == " " }.count
        return 1 + (spaces + 1) / 2
    }
}
