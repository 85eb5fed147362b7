public import Foundation
public import Graph

/// The readers the toolkit knows, and the one place that picks a reader for a file: by its
/// extension, or else by its content.
public struct ReaderRegistry: Sendable {
    /// The readers, in the order they are asked.
    public var readers: [any DocumentReader]
    /// The most bytes a document file may have; a larger one is refused before it is read.
    public var maximumFileBytes: Int

    /// The default of ``maximumFileBytes``: 64 MB, far above any workshop report, board export
    /// or Word file with photos, and well below what would take the memory of a laptop.
    public static let defaultMaximumFileBytes = 64 << 20

    public init(readers: [any DocumentReader], maximumFileBytes: Int = defaultMaximumFileBytes) {
        self.readers = readers
        self.maximumFileBytes = maximumFileBytes
    }

    /// The formats the toolkit reads: plain text, Markdown, Word, LibreOffice and CSV/TSV tables.
    public static func standard(archiveLimits: ArchiveLimits = ArchiveLimits(), maximumFileBytes: Int = defaultMaximumFileBytes) -> ReaderRegistry {
        ReaderRegistry(readers: [PlainTextReader(), MarkdownReader(), DocxReader(limits: archiveLimits), OdtReader(limits: archiveLimits), QDPXReader(limits: archiveLimits), TableReader()], maximumFileBytes: maximumFileBytes)
    }

    /// The bytes of the document file at `url`, refused before reading when larger than ``maximumFileBytes``.
    ///
    /// - Throws: ``GraphError`` naming the file when it is missing, not a plain file, or too large.
    public func contents(of url: URL) throws(GraphError) -> Data {
        try BoundedFile.read(url, maximumBytes: maximumFileBytes)
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
