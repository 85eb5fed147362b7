import Crypto

/// GUIDs for a REFI-QDA project derived from the toolkit's stable ids (name-based UUIDs,
/// version 5, RFC 4122), so the same graph gives the same project on every run.
enum QDAGUID {
    /// The namespace of every GUID the toolkit writes: RFC 4122's URL namespace, with names
    /// `agenda:` followed by what the GUID stands for.
    static let namespace: [UInt8] = [0x6B, 0xA7, 0xB8, 0x14, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8]

    /// The GUID of `name` (such as `code:theme:doc:w1.g2.t3`), upper-case as QDA tools write them.
    static func of(_ name: String) -> String {
        var hasher = Insecure.SHA1()
        hasher.update(data: namespace + Array("agenda:".utf8))
        hasher.update(data: Array(name.utf8))
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let digits = Array("0123456789ABCDEF".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 6 || offset == 8 || offset == 10 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
