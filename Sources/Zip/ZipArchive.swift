import CZlib
public import Foundation

/// A read-only zip archive in memory, read with every offset and size checked: enough of the
/// format for Word documents (stored and deflated entries), and nothing that can loop or inflate
/// without bound.
///
/// The toolkit inflates entries itself because a damaged deflate stream made ZIPFoundation's
/// reader loop forever (a fuzzer finding).
public struct ZipArchive: Sendable {
    public struct Entry: Sendable {
        public var path: String
        public var method: UInt16
        public var compressedSize: Int
        public var uncompressedSize: Int
        public var localHeaderOffset: Int
    }

    public enum Failure: Error, Sendable {
        case malformed(String)
        case tooLarge(claimed: Int)
        case inflatesBeyond(limit: Int)
    }

    private let bytes: [UInt8]
    public private(set) var entries: [String: Entry] = [:]

    public init(_ data: Data) throws(Failure) {
        bytes = [UInt8](data)
        guard let end = Self.endOfCentralDirectory(in: bytes) else { throw .malformed("no end of central directory") }
        let count = Int(read16(end + 10)), size = Int(read32(end + 12)), offset = Int(read32(end + 16))
        guard offset >= 0, size >= 0, offset + size <= end else { throw .malformed("central directory out of bounds") }
        var position = offset
        for _ in 0..<count {
            guard position + 46 <= bytes.count, read32(position) == 0x0201_4b50 else { throw .malformed("bad central directory entry") }
            let nameLength = Int(read16(position + 28)), extraLength = Int(read16(position + 30)), commentLength = Int(read16(position + 32))
            guard position + 46 + nameLength <= bytes.count else { throw .malformed("entry name out of bounds") }
            let path = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(
                path: path, method: read16(position + 10), compressedSize: Int(read32(position + 20)),
                uncompressedSize: Int(read32(position + 24)), localHeaderOffset: Int(read32(position + 42)))
            if entries[path] == nil { entries[path] = entry }
            position += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The inflated bytes of `path`, or `nil` when there is no such entry.
    ///
    /// - Throws: ``Failure`` when the entry is damaged or would inflate beyond `limit` bytes.
    public func contents(of path: String, limit: Int) throws(Failure) -> Data? {
        guard let entry = entries[path] else { return nil }
        if entry.uncompressedSize > limit { throw .tooLarge(claimed: entry.uncompressedSize) }
        let header = entry.localHeaderOffset
        guard header >= 0, header + 30 <= bytes.count, read32(header) == 0x0403_4b50 else { throw .malformed("bad local header of \(path)") }
        let start = header + 30 + Int(read16(header + 26)) + Int(read16(header + 28))
        guard start <= bytes.count, entry.compressedSize >= 0, start + entry.compressedSize <= bytes.count else { throw .malformed("data of \(path) out of bounds") }
        let compressed = Array(bytes[start..<(start + entry.compressedSize)])
        switch entry.method {
        case 0:
            guard compressed.count <= limit else { throw .inflatesBeyond(limit: limit) }
            return Data(compressed)
        case 8:
            return try Self.inflate(compressed, limit: limit)
        default:
            throw .malformed("\(path) uses compression method \(entry.method)")
        }
    }

    /// Raw deflate, inflated in one pass over its bytes: ends at the end of the stream, at
    /// damaged data, when the input runs out, or at `limit` bytes of output.
    static func inflate(_ input: [UInt8], limit: Int) throws(Failure) -> Data {
        var stream = z_stream()
        guard agenda_inflate_init_raw(&stream) == Z_OK else {
            throw .malformed("zlib cannot start")
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = input
        var outcome: Failure?
        input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputBuffer.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { chunkBuffer -> (Int32, Int) in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return (status, chunkBuffer.count - Int(stream.avail_out))
                }
                if output.count + produced > limit {
                    outcome = .inflatesBeyond(limit: limit)
                    return
                }
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_STREAM_END { return }
                if status != Z_OK || (stream.avail_in == 0 && produced == 0) {
                    outcome = .malformed("damaged or cut-off compressed data")
                    return
                }
            }
        }
        if let outcome { throw outcome }
        return output
    }

    private static func endOfCentralDirectory(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 65_535)
        var position = bytes.count - 22
        while position >= lowest {
            if bytes[position] == 0x50, bytes[position + 1] == 0x4b, bytes[position + 2] == 0x05, bytes[position + 3] == 0x06 {
                return position
            }
            position -= 1
        }
        return nil
    }

    private func read16(_ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private func read32(_ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
