/// The value of a property: one text, or a list of texts.
///
/// Lists stay lists from the interpreter to the store and every export, so a value that
/// itself contains `; ` or `, ` is never split apart.
public enum PropertyValue: Sendable, Hashable, Codable {
    case text(String)
    case list([String])

    /// The text, where the value is one.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The items: the list, or the text as a list of one.
    public var items: [String] {
        switch self {
        case .text(let text): [text]
        case .list(let items): items
        }
    }

    /// The value for a person to read on a terminal: a list's items separated by `; `.
    public var display: String { items.joined(separator: "; ") }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .list(try container.decode([String].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .list(let items): try container.encode(items)
        }
    }
}

extension PropertyValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}
