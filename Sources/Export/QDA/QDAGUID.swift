import Crypto

/// GUIDs for a REFI-QDA project derived from the toolkit's stable ids (name-based UUIDs,
/// version 5, RFC 4122), so the same graph gives the same project on every run.
enum QDAGUID {
    /// The namespace of every GUID the toolkit writes: itself a version-5 UUID of "agenda".
    static let namespace: [UInt8] = [0x6B, 0xA7, 0xB8, 0x14, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8]

    /// The GUID of `name` (such as `code:theme:doc:w1.g2.t3`), upper-case as QDA tools write them.
    static func of(_ name: String) -> String {
        var hasher = Insecure.SHA1()
        hasher.update(data: namespace + Array("agenda:".utf8))
        hasher.update(data: Array(name.utf8))
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
        let characters = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }
}
