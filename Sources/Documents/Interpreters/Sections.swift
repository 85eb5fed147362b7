import Graph
/// A document cut at its headings: each section is a heading (or none, for the text before
/// the first) and the blocks under it.
struct Section {
    var heading: OutlineBlock?
    var blocks: [OutlineBlock]

    /// The heading text, or `fallback`.
    func title(or fallback: String) -> String { heading?.text ?? fallback }

    /// Cuts `outline` at every heading-like block.
    static func split(_ outline: Outline) -> [Section] {
        var sections: [Section] = [Section(heading: nil, blocks: [])]
        for block in outline.blocks where block.kind != .caption {
            if isHeading(block) {
                sections.append(Section(heading: block, blocks: []))
            } else {
                sections[sections.count - 1].blocks.append(block)
            }
        }
        return sections.filter { $0.heading != nil || !$0.blocks.isEmpty }
    }

    /// A heading, or a short line that reads like a title: at most ten words, capitalised, no
    /// sentence punctuation (a closing question mark allowed on short ones).
    static func isHeading(_ block: OutlineBlock) -> Bool {
        if block.isHeading { return true }
        guard block.kind == .paragraph, let first = block.text.first, first.isUppercase else { return false }
        let words = TextShape.wordCount(block.text)
        var body = Substring(block.text)
        if body.hasSuffix("?"), words <= 8 { body = body.dropLast() }
        return words <= 10 && !body.contains(where: { ".;:!?".contains($0) })
    }
}
