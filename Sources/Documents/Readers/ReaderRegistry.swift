public import Foundation
public import Graph

/// The readers the toolkit knows, and the one place that picks a reader for a file: by its
/// extension, or else by its content.
public struct ReaderRegistry: Sendable {
    /// The readers, in the order they are asked.
    public var readers: [any DocumentReader]

    public init(readers: [any DocumentReader]) {
        self.readers = readers
    }

    /// The formats the toolkit reads: plain text, Markdown, Word, LibreOffice and CSV/TSV tables.
    public static func standard(archiveLimits: ArchiveLimits = ArchiveLimits()) -> ReaderRegistry {
        ReaderRegistry(readers: [PlainTextReader(), MarkdownReader(), DocxReader(limits: archiveLimits), OdtReader(limits: archiveLimits), QDPXReader(limits: archiveLimits), TableReader()])
    }

    /// The reader for the file at `url` with the bytes `data`, or `nil` when no reader knows it.
    public func reader(for url: URL, data: Data) -> (any DocumentReader)? {
        let ext = url.pathExtension.lowercased()
        return readers.first { $0.fileExtensions.contains(ext) } ?? readers.first { $0.recognises(data) }
    }

    /// Reads the file at `url`, whose bytes are `data`, as the document `document`.
    ///
    /// - Throws: ``GraphError`` when no reader knows the format, or the reader cannot read it.
    public func read(_ data: Data, from url: URL, document: String) throws(GraphError) -> ReadDocument {
        try knownReader(for: url, data: data).read(data, file: url.path, document: document)
    }

    /// The plain text of the file at `url`, whose bytes are `data`: what the clustering reads as background.
    ///
    /// - Throws: ``GraphError`` when no reader knows the format, or the reader cannot read it.
    public func text(of data: Data, from url: URL) throws(GraphError) -> String {
        try knownReader(for: url, data: data).text(data, file: url.path)
    }

    private func knownReader(for url: URL, data: Data) throws(GraphError) -> any DocumentReader {
        guard let reader = reader(for: url, data: data) else {
            let known = readers.flatMap(\.fileExtensions).sorted().map { "." + $0 }.joined(separator: ", ")
            throw GraphError(.unsupportedFormat, file: url.path, problem: "the format .\(url.pathExtension) cannot be read", remedy: "save it in one of the formats agenda reads (\(known))")
        }
        return reader
    }
}
