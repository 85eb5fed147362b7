/// Reads plain text, as Word and PowerPoint export it, into an ``Outline``.
///
/// Every line is a block. List markers (`·`, `-`, `*`, `1`, `1.`, `1)`, `a.`, `i.`) make
/// list items; a tab-indented short name makes a caption; a short line without punctuation
/// makes a heading (the first such line of a document at level 1, the rest at level 2);
/// everything else is a paragraph. Conversion marks and empty bullets are dropped.
public struct PlainTextReader: DocumentReader {
    public init() {}

    public func read(_ text: String, document: String) -> Outline {
        var blocks: [OutlineBlock] = []
        var context = ListContext()
        var sawContent = false
        for (index, rawLine) in TextLines.split(text).enumerated() {
            let lineNumber = index + 1
            let cleaned = ConversionMarks.strip(rawLine)
            let trimmed = cleaned.trimmingWhitespace()
            guard !trimmed.isEmpty else { continue }
            defer { sawContent = true }
            if let (marker, itemText) = ListMarker.split(trimmed[...]) {
                let itemText = itemText.trimmingWhitespace()
                guard !itemText.isEmpty else { continue }  // an empty bullet
                let (resolved, level) = context.place(marker, indentLevel: Self.indentLevel(of: cleaned, marker: marker))
                blocks.append(OutlineBlock(kind: .listItem(level: level, marker: resolved), text: itemText, line: lineNumber))
            } else if cleaned.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t"), TextShape.isNameCaption(trimmed) {
                blocks.append(OutlineBlock(kind: .caption, text: trimmed, line: lineNumber))
            } else if TextShape.looksLikeHeading(trimmed) {
                context.reset()
                blocks.append(OutlineBlock(kind: .heading(level: sawContent ? 2 : 1), text: trimmed, line: lineNumber))
            } else {
                blocks.append(OutlineBlock(kind: .paragraph, text: trimmed, line: lineNumber))
            }
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
