import Graph

/// Reads a CSV or TSV table (a board export, a spreadsheet of notes) into an ``Outline`` of
/// table rows: the header first, then one row per record with the line it starts on.
public struct TableReader: TextDocumentReader {
    public init() {}

    public var formatName: String { "CSV/TSV table" }
    public var fileExtensions: Set<String> { ["csv", "tsv"] }

    public func read(_ text: String, document: String) -> Outline {
        let table = CSVTable(parsing: text)
        var blocks: [OutlineBlock] = []
        if !table.header.isEmpty { blocks.append(.row(table.header, isHeader: true, line: table.headerLine)) }
        for row in table.rows { blocks.append(.row(row.fields, line: row.line)) }
        return Outline(document: document, blocks: blocks)
    }
}
