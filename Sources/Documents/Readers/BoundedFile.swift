public import Foundation
public import Graph
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file whole, refusing before it reads when the file is larger than a limit or is
/// not a plain file (a pipe, a device, a folder), so that neither a 2 GB file nor a FIFO that
/// never ends can take the process's memory or time.
public enum BoundedFile {
    /// The bytes of the file at `url`, which may be at most `maximumBytes` long.
    ///
    /// - Throws: ``GraphError`` naming the file when it is missing, unreadable, not a plain
    ///   file, or larger than `maximumBytes` (code ``GraphError/Code/tooLarge``).
    public static func read(_ url: URL, maximumBytes: Int) throws(GraphError) -> Data {
        let path = url.path
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "there is no such file" : "the file cannot be opened (\(String(cString: strerror(errno))))"
            throw GraphError(.unreadableFile, file: path, problem: reason, remedy: "check that it exists and is readable")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw GraphError(.unreadableFile, file: path, problem: "it is not a plain file (a folder, pipe or device)", remedy: "give the path of a document file")
        }
        guard Int(status.st_size) <= maximumBytes else {
            throw GraphError(.tooLarge, file: path, problem: "the file is \(megabytes(Int(status.st_size))), more than the \(megabytes(maximumBytes)) agenda reads", remedy: "split it, or raise the limit with --max-file-size")
        }
        var data = Data(capacity: Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else {
                throw GraphError(.unreadableFile, file: path, problem: "the file cannot be read (\(String(cString: strerror(errno))))", remedy: "check that it is readable")
            }
            if count == 0 { break }
            data.append(contentsOf: chunk[0..<count])
            // A file that grows while it is read is held to the same limit.
            guard data.count <= maximumBytes else {
                throw GraphError(.tooLarge, file: path, problem: "the file grew past the \(megabytes(maximumBytes)) agenda reads while it was read", remedy: "split it, or raise the limit with --max-file-size")
            }
        }
        return data
    }

    /// `bytes` in megabytes as a person reads them ("2.3 MB", "2048 MB").
    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / Double(1 << 20)
        return value < 10 ? String(format: "%.1f MB", value) : "\(Int(value.rounded())) MB"
    }
}
