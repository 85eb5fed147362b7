public import Foundation
import Crypto

/// The hex SHA-256 digest by which the toolkit recognises content it has seen before.
public enum ContentDigest {
    /// The lower-case hex SHA-256 digest of `data`.
    public static func of(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
