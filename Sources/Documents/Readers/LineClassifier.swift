import Graph
/// Decides what one line of exported text is: a list item (with its marker and level), a
/// caption, a heading or a paragraph. Shared by the plain-text and Word readers, so a
/// paragraph reads the same whichever file it came from.
struct LineClassifier {
    private var context = ListContext()
    private var sawContent = false

    /// The block for `raw` at `lineNumber`, or `nil` for a line with no content.
    mutating func classify(_ raw: Substring, line lineNumber: Int) -> OutlineBlock? {
        let cleaned = ConversionMarks.strip(raw)
        let trimmed = cleaned.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        defer { sawContent = true }
        if let (marker, itemText) = ListMarker.split(trimmed[...]) {
            let itemText = itemText.trimmingWhitespace()
            guard !itemText.isEmpty else { return nil }  // an empty bullet
            let (resolved, level) = context.place(marker, indentLevel: PlainTextReader.indentLevel(of: cleaned, marker: marker))
            return OutlineBlock(kind: .listItem(level: level, marker: resolved), text: itemText, line: lineNumber)
        }
        if cleaned.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t"), TextShape.isNameCaption(trimmed) {
            return OutlineBlock(kind: .caption, text: trimmed, line: lineNumber)
        }
        if TextShape.looksLikeHeading(trimmed) {
            context.reset()
            return OutlineBlock(kind: .heading(level: sawContent ? 2 : 1), text: trimmed, line: lineNumber, isGuessed: true)
        }
        return OutlineBlock(kind: .paragraph, text: trimmed, line: lineNumber)
    }

    /// A list item whose marker the file states outside the text (Word's numbering).
    mutating func item(_ text: String, marker: ListMarker, level: Int, line: Int) -> OutlineBlock? {
        let cleaned = ConversionMarks.strip(text[...]).trimmingWhitespace()
        guard !cleaned.isEmpty else { return nil }
        sawContent = true
        // Letters and numerals nest under the item before them, as in exported text.
        let (resolved, placed) = context.place(marker, indentLevel: level)
        return OutlineBlock(kind: .listItem(level: placed, marker: resolved), text: cleaned, line: line)
    }

    /// A heading whose level the file states (Word's heading styles).
    mutating func heading(_ text: String, level: Int, line: Int) -> OutlineBlock? {
        let cleaned = ConversionMarks.strip(text[...]).trimmingWhitespace()
        guard !cleaned.isEmpty else { return nil }
        sawContent = true
        context.reset()
        return OutlineBlock(kind: .heading(level: level), text: cleaned, line: line)
    }
}
