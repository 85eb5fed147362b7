/// The properties of a node or edge: values by typed key.
///
/// Read a text with `properties[.workshop]`, a list with `properties.list(.keywords)`.
public struct Properties: Sendable, Hashable, Codable, ExpressibleByDictionaryLiteral, Sequence {
    private var values: [PropertyKey: PropertyValue]

    public init() {
        values = [:]
    }

    public init(_ values: [PropertyKey: PropertyValue]) {
        self.values = values
    }

    public init(dictionaryLiteral elements: (PropertyKey, PropertyValue)...) {
        values = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    /// The text stored under `key`; `nil` when there is none or the value is a list.
    public subscript(key: PropertyKey) -> String? {
        get { values[key]?.text }
        set { values[key] = newValue.map(PropertyValue.text) }
    }

    /// The value stored under `key`, text or list.
    public subscript(value key: PropertyKey) -> PropertyValue? {
        get { values[key] }
        set { values[key] = newValue }
    }

    /// The items stored under `key`: a list's items, a text as one item, or none.
    public func list(_ key: PropertyKey) -> [String] {
        values[key]?.items ?? []
    }

    /// The value under `key` for a person to read: a list's items separated by `; `.
    public func display(_ key: PropertyKey) -> String? {
        values[key]?.display
    }

    /// Stores `items` under `key` as a list, or removes the key when there are none.
    public mutating func setList(_ key: PropertyKey, _ items: [String]) {
        values[key] = items.isEmpty ? nil : .list(items)
    }

    /// Adds `item` to the list under `key` unless it is there already.
    public mutating func append(_ item: String, to key: PropertyKey) {
        var items = list(key)
        if !items.contains(item) { items.append(item) }
        values[key] = .list(items)
    }

    public var keys: Dictionary<PropertyKey, PropertyValue>.Keys { values.keys }
    public var isEmpty: Bool { values.isEmpty }
    public var count: Int { values.count }

    /// The properties in key order, the same on every run.
    public var sorted: [(key: PropertyKey, value: PropertyValue)] {
        values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    public func makeIterator() -> Dictionary<PropertyKey, PropertyValue>.Iterator { values.makeIterator() }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: PropertyValue].self)
        values = Dictionary(uniqueKeysWithValues: raw.map { (PropertyKey($0.key), $0.value) })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) }))
    }
}
