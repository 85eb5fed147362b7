public import Graph
/// Reads a sticky-note board export (Miro, Mural, Padlet, Excel): one note per row, the text
/// from the column that holds it, and the frame, group or colour column as the grouping people
/// made on the board, so the toolkit's clusters can be compared with it.
public struct BoardExportInterpreter: DocumentInterpreter {
    /// Names the text column goes by, in order of preference (compared without case).
    public static let textColumns = ["text", "content", "sticky note", "inhoud", "tekst", "note", "notitie", "geeltje", "body"]
    /// Names of columns that hold the people's grouping, in order of preference.
    public static let groupingColumns = ["frame", "group", "groep", "cluster", "thema", "theme", "category", "categorie", "colour", "color", "kleur"]
    static let authorColumns = ["author", "auteur", "created by", "gemaakt door"]
    static let tagColumns = ["tags", "tag", "labels"]

    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    /// The nodes and edges of the board: `outline` is a table whose first row is its header.
    ///
    /// - Throws: ``GraphError`` when no column holds the notes' text.
    public func interpret(_ outline: Outline, document: Document) throws(GraphError) -> GraphDelta {
        let header = outline.blocks.first?.cells ?? []
        guard let textColumn = CSVTable.column(in: header, named: Self.textColumns) else {
            throw GraphError(.unsupportedFormat, file: document.path, line: outline.blocks.first?.line ?? 1, problem: "no column holds the notes' text (the header has \(header.joined(separator: ", ")))", remedy: "name that column 'text' or 'content'")
        }
        let groupingColumn = CSVTable.column(in: header, named: Self.groupingColumns)
        let authorColumn = CSVTable.column(in: header, named: Self.authorColumns)
        let tagColumn = CSVTable.column(in: header, named: Self.tagColumns)
        var builder = DeltaBuilder(document: document.id, lexicon: lexicon)
        let boardName = document.title ?? document.id
        let groupID = builder.id("board")
        builder.add(Node(id: groupID, kind: .group, label: boardName, provenance: Provenance(document: document.id, line: 1), properties: [.workshop: .text(boardName)]))
        var themes: [String: String] = [:]
        var count = 0
        for row in outline.blocks.dropFirst() {
            guard let cells = row.cells else { continue }
            func field(_ column: Int?) -> String? {
                guard let column, column < cells.count else { return nil }
                let value = HTMLText.plain(cells[column]).trimmingWhitespace()
                return value.isEmpty ? nil : value
            }
            guard let text = field(textColumn) else { continue }
            count += 1
            let noteID = builder.id("n\(count)")
            var properties: Properties = [.group: .text(boardName)]
            if let author = field(authorColumn) { properties[.author] = author }
            if let tags = field(tagColumn) { properties[.tags] = tags }
            var themeID: String?
            if let grouping = field(groupingColumn) {
                properties[.theme] = grouping
                if themes[grouping] == nil {
                    let id = builder.id("t\(themes.count + 1)")
                    themes[grouping] = id
                    builder.add(Node(id: id, kind: .theme, label: grouping, text: grouping, provenance: builder.provenance(row), properties: [.group: .text(boardName)]))
                    builder.connect(id, groupID, .partOf)
                }
                themeID = themes[grouping]
            }
            builder.add(Node(id: noteID, kind: .note, label: TextCues.label(text, maxWords: 10), text: text, provenance: builder.provenance(row), properties: properties))
            if let themeID { builder.connect(noteID, themeID, .belongsTo) }
            builder.connect(noteID, groupID, .partOf)
        }
        return builder.delta
    }
}

/// Text from the HTML that board exports put in cells: tags dropped, paragraphs and line
/// breaks as spaces, the common entities decoded.
enum HTMLText {
    static func plain(_ text: String) -> String {
        guard text.contains(where: { $0 == "<" || $0 == "&" }) else { return text }
        var out = ""
        var inTag = false
        var tag = ""
        for character in text {
            if inTag {
                if character == ">" {
                    inTag = false
                    let name = tag.lowercased().split(whereSeparator: { $0 == " " || $0 == "/" }).first ?? ""
                    if ["p", "br", "div", "li", "ul", "ol"].contains(String(name)) { out.append(" ") }
                } else {
                    tag.append(character)
                }
            } else if character == "<" {
                inTag = true
                tag = ""
            } else {
                out.append(character)
            }
        }
        return decodingEntities(out).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The entities board exports write, decoded in one pass from left to right, so "&amp;lt;"
    /// becomes "&lt;" and stays text.
    static func decodingEntities(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" }) else { return text }
        var out = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            rest = rest[ampersand...]
            if let (entity, value) = entities.first(where: { rest.hasPrefix($0.entity) }) {
                out += value
                rest = rest.dropFirst(entity.count)
            } else {
                out.append("&")
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }

    static let entities: [(entity: String, value: String)] = [
        ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&"),
    ]
}
