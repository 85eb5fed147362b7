public import Graph

/// Reads a list of notes: every list item, paragraph or line is a note, and a heading above a
/// run of notes is the theme people put them under. A heading the format states (Markdown's
/// `#`, Word's heading styles) is always a theme; a short plain-text line that only looks like
/// a heading is one only when list items follow it, since a file of one note per line is full
/// of short lines. A table of notes (a board export) is read by ``BoardExportInterpreter``.
public struct NotesListInterpreter: DocumentInterpreter {
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    public func interpret(_ outline: Outline, document: Document) throws(GraphError) -> GraphDelta {
        if outline.isTable { return try BoardExportInterpreter(lexicon: lexicon).interpret(outline, document: document) }
        var builder = DeltaBuilder(document: document.id, lexicon: lexicon)
        var theme: (id: String, label: String)?
        var themeCount = 0
        var noteCount = 0
        let blocks = outline.blocks.filter { $0.kind != .caption }
        for (index, block) in blocks.enumerated() {
            let followedByItem = index + 1 < blocks.count && blocks[index + 1].listLevel != nil
            if block.isHeading, !block.isGuessed || followedByItem {
                themeCount += 1
                let id = builder.id("t\(themeCount)")
                theme = (id, block.text)
                builder.add(Node(id: id, kind: .theme, label: block.text, text: block.text, provenance: builder.provenance(block)))
                continue
            }
            noteCount += 1
            let id = builder.id("n\(noteCount)")
            var properties = Properties()
            if let theme { properties[.theme] = theme.label }
            builder.add(Node(id: id, kind: .note, label: TextCues.label(block.text, maxWords: 10), text: block.text, provenance: builder.provenance(block), properties: properties))
            if let theme { builder.connect(id, theme.id, .belongsTo) }
        }
        return builder.delta
    }
}
