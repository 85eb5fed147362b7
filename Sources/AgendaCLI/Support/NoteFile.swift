import Foundation
import Graph

/// Notes from a file: one per line, or CSV/TSV with a text column.
enum NoteFile {
    /// Names a text column goes by in board exports.
    static let textColumns = ["text", "content", "sticky note", "inhoud", "tekst", "note", "notitie", "geeltje"]

    static func read(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GraphError(.unreadableFile, file: path, problem: "the file cannot be read", remedy: "check that it exists and is readable")
        }
        let (text, _) = try TextDecoding.decode(data, file: path)
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if ext == "csv" || ext == "tsv" {
            let table = CSVTable(parsing: text)
            guard let column = table.column(named: textColumns) else {
                throw GraphError(.unsupportedFormat, file: path, line: 1, problem: "the header has no text column (\(table.header.joined(separator: ", ")))", remedy: "name the column of the notes 'text'")
            }
            return table.rows.compactMap { row in
                guard column < row.fields.count else { return nil }
                let note = row.fields[column].trimmingCharacters(in: .whitespacesAndNewlines)
                return note.isEmpty ? nil : note
            }
        }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
