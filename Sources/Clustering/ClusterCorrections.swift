/// What a user has said about the clusters, honoured by every later run: notes moved to a
/// cluster or a new one, notes kept apart, clusters merged, clusters renamed.
///
/// Notes are named by their text (or by an id the caller maps to the text).
public struct ClusterCorrections: Sendable, Hashable, Codable {
    /// Notes moved to a named cluster. A pin that names the notes it was moved to (`with`)
    /// keeps the note with those notes in every later run, under the pin's name; without them
    /// the note joins the cluster of that label, or else a new cluster of its own.
    public var pin: [Pin]
    /// Pairs (or larger sets) of notes that must not share a cluster.
    public var apart: [[String]]
    /// Sets of cluster labels to merge into one cluster (it keeps the first label).
    public var merge: [[String]]
    /// New names for clusters, by their generated label.
    public var rename: [String: String]

    /// One note moved to a cluster.
    public struct Pin: Sendable, Hashable, Codable {
        /// The note's text.
        public var note: String
        /// The name of the cluster the note was moved to, which that cluster keeps.
        public var cluster: String
        /// The notes that cluster held when the note was moved (their texts): the note stays
        /// with them. Empty for a move to a new cluster.
        public var with: [String]

        public init(note: String, cluster: String, with: [String] = []) {
            self.note = note
            self.cluster = cluster
            self.with = with
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            note = try container.decode(String.self, forKey: .note)
            cluster = try container.decode(String.self, forKey: .cluster)
            with = try container.decodeIfPresent([String].self, forKey: .with) ?? []
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(note, forKey: .note)
            try container.encode(cluster, forKey: .cluster)
            if !with.isEmpty { try container.encode(with, forKey: .with) }
        }

        private enum CodingKeys: String, CodingKey { case note, cluster, with }
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

    /// The pins whose note is among `texts` but none of the notes it was moved to is: they
    /// go to the cluster of their label, or to a new one, instead.
    public func pinsWithoutTheirNotes(in texts: [String]) -> [Pin] {
        let known = Set(texts.map(Self.matchKey))
        return pin.filter { pin in
            known.contains(Self.matchKey(pin.note)) && !pin.with.isEmpty && !pin.with.contains { known.contains(Self.matchKey($0)) }
        }
    }
}
