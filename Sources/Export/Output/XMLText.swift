/// Text made safe for XML 1.0 element content and attribute values.
enum XMLText {
    /// Escapes `& < > "`, writes carriage returns as a character reference (parsers would
    /// otherwise fold them), and drops characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        escaped(text, keepingBreaks: true)
    }

    /// Escapes text for an attribute value: as ``escape(_:)``, with tabs and line breaks as
    /// character references too, since a parser turns them into spaces in attributes.
    static func attribute(_ text: String) -> String {
        escaped(text, keepingBreaks: false)
    }

    private static func escaped(_ text: String, keepingBreaks: Bool) -> String {
        if isPlain(text, keepingBreaks: keepingBreaks) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where !keepingBreaks: out += "&#10;"
            case "\t" where !keepingBreaks: out += "&#9;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Whether `text` needs no escaping at all: no markup characters, no control characters
    /// (bar tab and line feed where `keepingBreaks`), and no byte that may start U+FFFE or U+FFFF.
    static func isPlain(_ text: String, keepingBreaks: Bool) -> Bool {
        !text.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), 0xEF: true
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"): !keepingBreaks
            case ..<0x20: true
            default: false
            }
        }
    }

    /// Whether XML 1.0 allows `scalar` in a document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// A safe XML name token for an id: letters, digits, `.`, `-` and `_`; anything else becomes `_`.
    static func token(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            if character.isASCII, CharacterSet.tokenCharacters.contains(character) {
                out.unicodeScalars.append(character)
            } else {
                out.append("_")
            }
        }
        return out.isEmpty ? "_" : out
    }
}

/// The characters of an id token.
private enum CharacterSet {
    static let tokenCharacters: Set<Unicode.Scalar> = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_".unicodeScalars)
}
