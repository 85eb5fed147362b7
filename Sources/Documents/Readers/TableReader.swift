public import Foundation
public import Graph

/// Reads a CSV or TSV table (a board export, a spreadsheet of notes) into an ``Outline`` of
/// table rows: the header first, then one row per record with the line it starts on.
public struct TableReader: TextDocumentReader {
    public init() {}

    public var formatName: String { "CSV/TSV table" }
    public var fileExtensions: Set<String> { ["csv", "tsv"] }

    /// Reads the table in `data`, refusing one whose quoted cell never closes rather than
    /// reading every later line into that cell.
    ///
    /// - Throws: ``GraphError`` naming the file and the line the open quote is on.
    public func read(_ data: Data, file: String, document: String) throws(GraphError) -> ReadDocument {
        let (text, encoding) = try TextDecoding.decode(data, file: file)
        let table = CSVTable(parsing: text)
        if let line = table.unclosedQuoteLine {
            throw GraphError(.unsupportedFormat, file: file, line: line, problem: "a quoted cell opens here and never closes, so every line after it would be read as that one cell", remedy: "close the quote (a cell's quotes come in pairs, a quote inside a cell is written twice) or export the table again")
        }
        return ReadDocument(outline: outline(of: table, document: document), text: text, encoding: encoding)
    }

    public func read(_ text: String, document: String) -> Outline {
        outline(of: CSVTable(parsing: text), document: document)
    }

    private func outline(of table: CSVTable, document: String) -> Outline {
        var blocks: [OutlineBlock] = []
        if !table.header.isEmpty { blocks.append(.row(table.header, isHeader: true, line: table.headerLine)) }
        for row in table.rows { blocks.append(.row(row.fields, line: row.line)) }
        return Outline(document: document, blocks: blocks)
    }
}
