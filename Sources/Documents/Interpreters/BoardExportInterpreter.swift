public import Graph

/// Reads a sticky-note board export (Miro, Mural, Padlet, a spreadsheet): one note per row, the
/// text from the column that holds it, the group that wrote it, and the grouping the group made
/// on the board, so the toolkit's clusters can be compared with it.
///
/// - The **group** is a group column (*Group*, *Groep*, *Team*, *Tafel*), or else the *Tags*
///   column when every note carries exactly one tag, as when each table tags its notes; several
///   groups in one file become several groups. Without either, the board is one group.
/// - The **theme** is the frame, area, cluster or category the note was put in (Miro's frames,
///   Mural's areas). The note's colour is the theme only when nothing else groups the notes.
public struct BoardExportInterpreter: DocumentInterpreter {
    /// Names the text column goes by, in order of preference (compared without case).
    public static let textColumns = ["text", "content", "sticky note", "sticky text", "note text", "inhoud", "tekst", "note", "notitie", "geeltje", "body"]
    /// Names of columns that name the group that wrote a note, in order of preference.
    public static let groupColumns = ["group", "groep", "group name", "groepsnaam", "team", "tafel"]
    /// Names of columns that hold the theme people put a note under, in order of preference.
    public static let themeColumns = ["frame", "frame name", "frame title", "area", "area title", "area name", "cluster", "thema", "theme", "category", "categorie", "section", "sectie"]
    /// Names of columns that hold a note's colour, the grouping of last resort.
    public static let colourColumns = ["colour", "color", "kleur", "sticky color", "sticky colour", "background color", "fill color"]
    static let authorColumns = ["author", "auteur", "created by", "creator", "gemaakt door", "maker"]
    static let tagColumns = ["tags", "tag", "labels", "label"]

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
            throw GraphError(.unsupportedFormat, file: document.path, line: outline.blocks.first?.line ?? 1, problem: "no column holds the notes' text (the header has \(TextShape.excerpt(header.joined(separator: ", "), limit: 200)))", remedy: "name that column 'text' or 'content'")
        }
        let rows = outline.blocks.dropFirst().compactMap { row -> (cells: [String], block: OutlineBlock)? in
            guard let cells = row.cells, Self.field(cells, textColumn) != nil else { return nil }
            return (cells, row)
        }
        let tagColumn = CSVTable.column(in: header, named: Self.tagColumns)
        let groupTag = tagColumn.flatMap { column in Self.partitioningTags(rows.map { Self.tags(Self.field($0.cells, column)) }) }
        let groupColumn = CSVTable.column(in: header, named: Self.groupColumns) ?? (groupTag == nil ? nil : tagColumn)
        let themeColumn = CSVTable.column(in: header, named: Self.themeColumns) ?? CSVTable.column(in: header, named: Self.colourColumns)
        let authorColumn = CSVTable.column(in: header, named: Self.authorColumns)

        var builder = DeltaBuilder(document: document.id, lexicon: lexicon)
        let boardName = document.title ?? document.id
        var groups: [String: String] = [:]  // group name → id
        var themes: [String: String] = [:]  // group name + theme → id
        for (index, (cells, row)) in rows.enumerated() {
            guard let text = Self.field(cells, textColumn) else { continue }
            let groupName = groupColumn == tagColumn ? groupTag?[index] ?? boardName : groupColumn.flatMap { Self.field(cells, $0) } ?? boardName
            let groupID: String
            if let known = groups[groupName] {
                groupID = known
            } else {
                groupID = builder.id(groupColumn == nil ? "board" : "g\(groups.count + 1)")
                groups[groupName] = groupID
                builder.add(Node(id: groupID, kind: .group, label: groupName, provenance: builder.provenance(row), properties: [.workshop: .text(boardName)]))
            }
            let noteID = builder.id("n\(index + 1)")
            var properties: Properties = [.group: .text(groupName)]
            if let author = authorColumn.flatMap({ Self.field(cells, $0) }) { properties[.author] = author }
            if let tags = tagColumn.flatMap({ Self.field(cells, $0) }), tagColumn != groupColumn || Self.tags(tags).count > 1 { properties[.tags] = tags }
            var themeID: String?
            if let theme = themeColumn.flatMap({ Self.field(cells, $0) }) {
                properties[.theme] = theme
                let key = groupName + "\u{1F}" + theme
                if themes[key] == nil {
                    let id = builder.id("t\(themes.count + 1)")
                    themes[key] = id
                    builder.add(Node(id: id, kind: .theme, label: theme, text: theme, provenance: builder.provenance(row), properties: [.group: .text(groupName)]))
                    builder.connect(id, groupID, .partOf)
                }
                themeID = themes[key]
            }
            builder.add(Node(id: noteID, kind: .note, label: TextCues.label(text, maxWords: 10), text: text, provenance: builder.provenance(row), properties: properties))
            if let themeID { builder.connect(noteID, themeID, .belongsTo) }
            builder.connect(noteID, groupID, .partOf)
        }
        if groups.isEmpty {
            let groupID = builder.id("board")
            builder.add(Node(id: groupID, kind: .group, label: boardName, provenance: Provenance(document: document.id, line: 1), properties: [.workshop: .text(boardName)]))
        }
        return builder.delta
    }

    /// A cell's text, HTML dropped and white space trimmed; `nil` when empty or missing.
    static func field(_ cells: [String], _ column: Int) -> String? {
        guard column < cells.count else { return nil }
        let value = HTMLText.plain(cells[column]).trimmingWhitespace()
        return value.isEmpty ? nil : value
    }

    /// The tag of each note that says its group, when the tags partition the notes: every note
    /// carries exactly one tag besides those every note carries (the workshop, the board — context,
    /// not a group), or exactly one tag at all. `nil` when they do not.
    static func partitioningTags(_ tagsOfNotes: [[String]]) -> [String]? {
        guard let first = tagsOfNotes.first else { return nil }
        let shared = tagsOfNotes.dropFirst().reduce(Set(first)) { $0.intersection($1) }
        let rest = tagsOfNotes.map { $0.filter { !shared.contains($0) } }
        if rest.allSatisfy({ $0.count == 1 }) { return rest.compactMap(\.first) }
        if tagsOfNotes.allSatisfy({ $0.count == 1 }) { return tagsOfNotes.compactMap(\.first) }
        return nil
    }

    /// The tags of a cell: separated by commas or semicolons, as board exports write them.
    static func tags(_ cell: String?) -> [String] {
        guard let cell else { return [] }
        return cell.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
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
