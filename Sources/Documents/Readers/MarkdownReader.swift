import Graph
/// Reads Markdown into the same ``Outline`` the plain-text reader makes.
///
/// ATX headings (`#` … `######`) make headings; `-`, `*`, `+`, `1.`, `1)`, `a.` and `i.`
/// make list items, nested by indentation; consecutive lines make one paragraph, and a line
/// right under a list item continues it. Emphasis, links and backslash escapes keep their text.
public struct MarkdownReader: TextDocumentReader {
    public init() {}

    public var formatName: String { "Markdown" }
    public var fileExtensions: Set<String> { ["md", "markdown"] }

    public func read(_ text: String, document: String) -> Outline {
        var blocks: [OutlineBlock] = []
        var context = ListContext()
        var open: OutlineBlock?  // a paragraph or list item that further lines may continue
        var inFence = false

        func flush() {
            if let block = open { blocks.append(block) }
            open = nil
        }

        for (index, rawLine) in TextLines.split(text).enumerated() {
            let lineNumber = index + 1
            let stripped = rawLine.trimmingWhitespace()
            if stripped.hasPrefix("```") || stripped.hasPrefix("~~~") {
                flush()
                inFence.toggle()
                continue
            }
            if inFence {
                blocks.append(OutlineBlock(kind: .paragraph, text: String(rawLine), line: lineNumber))
                continue
            }
            let cleaned = Self.inline(ConversionMarks.strip(rawLine))
            let trimmed = cleaned.trimmingWhitespace()
            if trimmed.isEmpty {
                flush()
                continue
            }
            if let heading = Self.atxHeading(trimmed) {
                flush()
                context.reset()
                blocks.append(OutlineBlock(kind: .heading(level: heading.level), text: heading.text, line: lineNumber))
                continue
            }
            let indent = cleaned.prefix { $0 == " " || $0 == "\t" }
                .reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
            if let (marker, itemText) = ListMarker.split(trimmed[...]) {
                flush()
                let itemText = itemText.trimmingWhitespace()
                guard !itemText.isEmpty else { continue }
                let (resolved, level) = context.place(marker, indentLevel: 1 + indent / 2)
                open = OutlineBlock(kind: .listItem(level: level, marker: resolved), text: itemText, line: lineNumber)
                continue
            }
            if var block = open {
                block.text += " " + trimmed
                block.endLine = lineNumber
                open = block
            } else {
                open = OutlineBlock(kind: .paragraph, text: trimmed, line: lineNumber)
            }
        }
        flush()
        return Outline(document: document, blocks: blocks)
    }

    static func atxHeading(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingWhitespace()
        while text.hasSuffix("#") { text.removeLast() }
        return (hashes, text.trimmingWhitespace())
    }

    /// Keeps the text of inline Markdown: `[text](url)` → `text`, `\*` → `*`, `` `code` `` → `code`.
    static func inline(_ text: String) -> String {
        var out = ""
        var chars = text[...]
        while let c = chars.first {
            if c == "\\", let next = chars.dropFirst().first, next.isPunctuation || next.isSymbol {
                out.append(next)
                chars = chars.dropFirst(2)
            } else if c == "[", let close = chars.firstIndex(of: "]"),
                chars[chars.index(after: close)...].first == "(",
                let end = chars[close...].firstIndex(of: ")")
            {
                out += chars[chars.index(after: chars.startIndex)..<close]
                chars = chars[chars.index(after: end)...]
            } else if c == "`" {
                chars = chars.dropFirst()
            } else {
                out.append(c)
                chars = chars.dropFirst()
            }
        }
        return out
    }
}
