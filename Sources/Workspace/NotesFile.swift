public import Documents
import Foundation
import Graph

/// The notes of a file that `agenda cluster FILE` clusters: read by the registry's reader and
/// interpreted as a notes document, exactly as `agenda ingest --kind notes` reads it, so both
/// see the same texts.
public enum NotesFile {
    /// The texts of the notes in the file at `path`, in file order.
    ///
    /// - Throws: ``GraphError`` naming the file when it cannot be read or holds no notes.
    public static func read(_ path: String, readers: ReaderRegistry = .standard()) throws -> [String] {
        let file = try SourceFile(URL(fileURLWithPath: path), readers: readers)
        let document = Document(id: file.id, path: path, kind: .notes, contentHash: "")
        let delta = try NotesListInterpreter().interpret(file.read.outline, document: document)
        return delta.nodes.filter { $0.kind == .note }.map { $0.text ?? $0.label }
    }
}
