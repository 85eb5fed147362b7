/// What a user has said about the clusters, honoured by every later run: notes that belong
/// together under a name, notes kept apart, clusters merged, clusters renamed.
///
/// Notes are named by their text (or by an id the caller maps to the text).
public struct ClusterCorrections: Sendable, Hashable, Codable {
    /// Notes pinned to a named cluster: all notes pinned to one name end up together, and
    /// the cluster that holds them carries that name.
    public var pin: [Pin]
    /// Pairs (or larger sets) of notes that must not share a cluster.
    public var apart: [[String]]
    /// Sets of cluster labels to merge into one cluster (it keeps the first label).
    public var merge: [[String]]
    /// New names for clusters, by their generated label.
    public var rename: [String: String]

    public struct Pin: Sendable, Hashable, Codable {
        public var note: String
        public var cluster: String

        public init(note: String, cluster: String) {
            self.note = note
            self.cluster = cluster
        }
    }

    public init(pin: [Pin] = [], apart: [[String]] = [], merge: [[String]] = [], rename: [String: String] = [:]) {
        self.pin = pin
        self.apart = apart
        self.merge = merge
        self.rename = rename
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pin = try container.decodeIfPresent([Pin].self, forKey: .pin) ?? []
        apart = try container.decodeIfPresent([[String]].self, forKey: .apart) ?? []
        merge = try container.decodeIfPresent([[String]].self, forKey: .merge) ?? []
        rename = try container.decodeIfPresent([String: String].self, forKey: .rename) ?? [:]
    }

    public var isEmpty: Bool { pin.isEmpty && apart.isEmpty && merge.isEmpty && rename.isEmpty }

    /// A note's text as corrections match it: case and runs of white space ignored.
    public static func matchKey(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// The notes the corrections pin or keep apart that none of `texts` is, each once, in
    /// the order the corrections name them: corrections that cannot take effect.
    public func unmatchedNotes(in texts: [String]) -> [String] {
        let known = Set(texts.map(Self.matchKey))
        var seen: Set<String> = []
        return (pin.map(\.note) + apart.flatMap { $0 }).filter { note in
            !known.contains(Self.matchKey(note)) && seen.insert(Self.matchKey(note)).inserted
        }
    }
}
