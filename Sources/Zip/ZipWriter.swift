import CZlib
public import Foundation

/// Writes a zip archive in memory: each entry stored or deflated with zlib, every time stamp
/// the same (1980-01-01), so the same entries give the same bytes.
///
/// Enough of the format for office documents: no zip64, no encryption, names in UTF-8.
public struct ZipWriter: Sendable {
    /// How an entry's bytes are kept.
    public enum Method: UInt16, Sendable {
        case stored = 0
        case deflated = 8
    }

    public enum Failure: Error, Sendable {
        /// zlib could not compress an entry.
        case deflate(String)
        /// An entry or the archive is beyond what a zip without zip64 can hold.
        case tooLarge(String)
    }

    private var body = Data()
    private var directory = Data()
    private var count = 0

    public init() {}

    /// Adds `data` as `path`.
    public mutating func add(_ path: String, _ data: Data, method: Method = .deflated) throws(Failure) {
        let name = Data(path.utf8)
        let bytes = [UInt8](data)
        let compressed = method == .deflated ? try Self.deflate(bytes) : bytes
        guard bytes.count < Int(UInt32.max), compressed.count < Int(UInt32.max), body.count < Int(UInt32.max), count < Int(UInt16.max) else {
            throw .tooLarge(path)
        }
        let crc = bytes.withUnsafeBufferPointer { buffer in
            UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
        let offset = UInt32(body.count)
        // Local file header.
        body.append32(0x0403_4b50)
        body.append16(20)  // version needed
        body.append16(0x0800)  // names in UTF-8
        body.append16(method.rawValue)
        body.append16(0)  // time 00:00
        body.append16(0x0021)  // date 1980-01-01
        body.append32(crc)
        body.append32(UInt32(compressed.count))
        body.append32(UInt32(bytes.count))
        body.append16(UInt16(name.count))
        body.append16(0)
        body.append(name)
        body.append(contentsOf: compressed)
        // Central directory entry.
        directory.append32(0x0201_4b50)
        directory.append16(20)  // made by
        directory.append16(20)
        directory.append16(0x0800)
        directory.append16(method.rawValue)
        directory.append16(0)
        directory.append16(0x0021)
        directory.append32(crc)
        directory.append32(UInt32(compressed.count))
        directory.append32(UInt32(bytes.count))
        directory.append16(UInt16(name.count))
        directory.append16(0)  // extra
        directory.append16(0)  // comment
        directory.append16(0)  // disk
        directory.append16(0)  // internal attributes
        directory.append32(0)  // external attributes
        directory.append32(offset)
        directory.append(name)
        count += 1
    }

    /// The archive's bytes.
    public func data() -> Data {
        var result = body
        result.append(directory)
        result.append32(0x0605_4b50)
        result.append16(0)
        result.append16(0)
        result.append16(UInt16(count))
        result.append16(UInt16(count))
        result.append32(UInt32(directory.count))
        result.append32(UInt32(body.count))
        result.append16(0)
        return result
    }

    /// Raw deflate of `input` at zlib's default level.
    static func deflate(_ input: [UInt8]) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard agenda_deflate_init_raw(&stream) == Z_OK else { throw .deflate("zlib cannot start") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 16)
        var input = input
        let status = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw .deflate("zlib stopped with status \(status)") }
        return Array(output[0..<Int(stream.total_out)])
    }
}

extension Data {
    fileprivate mutating func append16(_ value: UInt16) {
        append(UInt8(value & 0xff))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, through: 24, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xff)) }
    }
}
