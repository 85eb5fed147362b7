public import Foundation

/// Writes a file so that readers see either the old file or the whole new one: the text goes
/// to a temporary file beside the target, which is renamed into place only when complete.
public struct AtomicFile: Sendable {
    public var url: URL

    public init(_ url: URL) {
        self.url = url
    }

    /// Creates the folder if needed, writes through `body`, and renames the result into place.
    ///
    /// - Throws: ``ExportError`` naming the file when it cannot be written; no partial file is left.
    public func write(_ body: (inout BufferedFileOutput) throws -> Void) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ExportError(file: url.path, problem: "the folder \(folder.path) cannot be created", remedy: "choose another output path")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: temporary)
        else {
            throw ExportError(file: url.path, problem: "the file cannot be written", remedy: "check the folder exists and is writable, or choose another output path")
        }
        var output = BufferedFileOutput(handle: handle)
        do {
            try body(&output)
            try output.flush()
            try handle.close()
            // rename(2) replaces an existing file in one step: readers never see a partial file.
            guard rename(temporary.path, url.path) == 0 else {
                throw ExportError(file: url.path, problem: "the finished file cannot be moved into place (\(String(cString: strerror(errno))))", remedy: "check the folder is writable")
            }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            if let error = error as? ExportError { throw error }
            throw ExportError(file: url.path, problem: "writing failed (\(error.localizedDescription))", remedy: "check the disk has room and the folder is writable")
        }
    }
}

/// A text stream into a file, written in blocks so memory stays small whatever the size.
public struct BufferedFileOutput: TextOutputStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var failure: (any Error)?
    private static let blockSize = 1 << 16

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(Self.blockSize)
    }

    public mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.blockSize { try? flush() }
    }

    /// Writes bytes as they are (a zip archive, an image).
    public mutating func write(bytes: Data) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.blockSize { try? flush() }
    }

    mutating func flush() throws {
        if let failure { throw failure }
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = error
            throw error
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
