import Documents
import Foundation
import Graph

/// A file on disk read by the registry's reader: its bytes, its document id and what the
/// reader made of it. Ingesting, clustering a file and reading themes all start here, so all
/// three see the same text and say the same thing about a file they cannot read.
struct SourceFile {
    var id: String
    var data: Data
    var read: ReadDocument

    /// - Throws: ``GraphError`` naming the file when it cannot be read or its format is not
    ///   one the registry reads.
    init(_ url: URL, readers: ReaderRegistry) throws(GraphError) {
        data = try readers.contents(of: url)
        id = NodeID.document(file: url.path)
        read = try readers.read(data, from: url, document: id)
    }
}
