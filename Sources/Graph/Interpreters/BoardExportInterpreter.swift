/// Reads a sticky-note board export (Miro, Mural, Padlet, Excel): one note per row, the text
/// from the column that holds it, and the frame, group or colour column as the grouping people
/// made on the board, so the toolkit's clusters can be compared with it.
public struct BoardExportInterpreter: Sendable {
    /// Names the text column goes by, in order of preference (compared without case).
    public static let textColumns = ["text", "content", "sticky note", "inhoud", "tekst", "note", "notitie", "geeltje", "body"]
    /// Names of columns that hold the people's grouping, in order of preference.
    public static let groupingColumns = ["frame", "group", "groep", "cluster", "thema", "theme", "category", "categorie", "colour", "color", "kleur"]
    static let authorColumns = ["author", "auteur", "created by", "gemaakt door"]
    static let tagColumns = ["tags", "tag", "labels"]

    public init() {}

    /// The nodes and edges of the board.
    ///
    /// - Throws: ``GraphError`` when no column holds the notes' text.
    public func interpret(_ table: CSVTable, document: Document) throws(GraphError) -> GraphDelta {
        guard let textColumn = table.column(named: Self.textColumns) else {
            throw GraphError(.unsupportedFormat, file: document.path, line: 1, problem: "no column holds the notes' text (the header has \(table.header.joined(separator: ", ")))", remedy: "name that column 'text' or 'content'")
        }
        let groupingColumn = table.column(named: Self.groupingColumns)
        let authorColumn = table.column(named: Self.authorColumns)
        let tagColumn = table.column(named: Self.tagColumns)
        var nodes: [Node] = []
        var edges: [Edge] = []
        let groupID = "\(document.id):board"
        nodes.append(Node(id: groupID, kind: .group, label: document.title ?? document.id, provenance: Provenance(document: document.id, line: 1), properties: ["workshop": document.title ?? document.id]))
        var themes: [String: String] = [:]
        var count = 0
        for row in table.rows {
            func field(_ column: Int?) -> String? {
                guard let column, column < row.fields.count else { return nil }
                let value = HTMLText.plain(row.fields[column]).trimmingWhitespace()
                return value.isEmpty ? nil : value
            }
            guard let text = field(textColumn) else { continue }
            count += 1
            let noteID = "\(document.id):n\(count)"
            var properties: [String: String] = ["group": document.title ?? document.id]
            if let author = field(authorColumn) { properties["author"] = author }
            if let tags = field(tagColumn) { properties["tags"] = tags }
            if let grouping = field(groupingColumn) {
                properties["theme"] = grouping
                if themes[grouping] == nil {
                    let themeID = "\(document.id):t\(themes.count + 1)"
                    themes[grouping] = themeID
                    nodes.append(Node(id: themeID, kind: .theme, label: grouping, text: grouping, provenance: Provenance(document: document.id, line: row.line), properties: ["group": document.title ?? document.id]))
                    edges.append(Edge(source: themeID, target: groupID, kind: .partOf))
                }
                if let themeID = themes[grouping] { edges.append(Edge(source: noteID, target: themeID, kind: .belongsTo)) }
            }
            nodes.append(Node(id: noteID, kind: .note, label: TextCues.label(text, maxWords: 10), text: text, provenance: Provenance(document: document.id, line: row.line), properties: properties))
            edges.append(Edge(source: noteID, target: groupID, kind: .partOf))
        }
        return GraphDelta(nodes: nodes, edges: edges)
    }
}

/// Text from the HTML that board exports put in cells: tags dropped, paragraphs and line
/// breaks as spaces, the common entities decoded.
enum HTMLText {
    static func plain(_ text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return text }
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
        // In a fixed order with &amp; last, so "&amp;lt;" becomes "&lt;" as one decoding pass would.
        let entities = [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&")]
        for (entity, value) in entities { out = out.replacingOccurrences(of: entity, with: value) }
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
