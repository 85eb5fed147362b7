import Synchronization

/// What a ``ClusteringSetup`` has worked out once and uses again: the background passages
/// counted per language, and per note set its vectors, similarities, chosen partitions and map.
///
/// Every entry is a pure function of the setup and its key, so a result from the cache is the
/// result computed anew, byte for byte. A live report clusters the same groups after every
/// correction; with this, only what the correction changes is computed again. Copies of a
/// setup share the cache; changing what the results depend on gives the setup a new one.
final class ClusteringCache: Sendable {
    /// The background counted for one language, with the analyzer it was counted with.
    struct Background: Sendable {
        /// The words (three letters or more) of the background, which the analyzer's compound
        /// splitting knows: notes with no other words are analysed by this same analyzer.
        var words: Set<String>
        var analyzer: TextAnalyzer
        var counts: BackgroundCounts
    }

    /// A note set's vectors and pairwise similarities, with the vectorizer that made them.
    struct Prepared: Sendable {
        var vectorizer: NoteVectorizer
        var vectors: [SparseVector]
        var similarities: [[Double]]
    }

    /// A note set and the language the setup was told it is in (`nil`: detected from the texts).
    struct NoteSet: Hashable, Sendable {
        var texts: [String]
        var language: Language?
    }

    /// A partition chosen for a note set: its texts, the number asked for and the constraints
    /// that changed the similarities.
    struct PartitionKey: Hashable, Sendable {
        var notes: NoteSet
        var count: String
        var constraints: [[Int]]
    }

    /// A map of a note set, with the clusters it shows as regions.
    struct MapKey: Hashable, Sendable {
        var notes: NoteSet
        var clusters: [Int]?
    }

    private struct State: Sendable {
        var backgrounds: [Language: Background] = [:]
        var prepared: [NoteSet: Prepared] = [:]
        var partitions: [PartitionKey: [Int]] = [:]
        var maps: [MapKey: NoteMap] = [:]
        var wordLists: [String: [String]] = [:]
    }

    /// The most note sets kept; past it the cache starts again (a corpus has a few dozen).
    static let capacity = 128

    private let state = Mutex(State())

    func background(_ language: Language, make: () -> Background) -> Background {
        remembered(language, in: \.backgrounds, make: make)
    }

    /// The lines of the word list at `path`, read once (``LanguageResources/lines(at:)``).
    func wordList(_ path: String) -> [String] {
        remembered(path, in: \.wordLists) { LanguageResources.lines(at: path) }
    }

    func prepared(_ notes: NoteSet, make: () -> Prepared) -> Prepared {
        remembered(notes, in: \.prepared, make: make)
    }

    func partition(_ key: PartitionKey, make: () -> [Int]) -> [Int] {
        remembered(key, in: \.partitions, make: make)
    }

    func map(_ key: MapKey, make: () -> NoteMap) -> NoteMap {
        remembered(key, in: \.maps, make: make)
    }

    /// The value kept under `key` in `table`, or `make()`'s, kept from now on. The work is
    /// done outside the lock, so other note sets are not held up by it (and it may use the
    /// cache itself); two threads asking at once may both make it, with the same result.
    private func remembered<Key: Hashable & Sendable, Value: Sendable>(_ key: Key, in table: any WritableKeyPath<State, [Key: Value]> & Sendable, make: () -> Value) -> Value {
        if let known = state.withLock({ $0[keyPath: table][key] }) { return known }
        let made = make()
        state.withLock { state in
            if state[keyPath: table].count >= Self.capacity { state[keyPath: table].removeAll() }
            state[keyPath: table][key] = made
        }
        return made
    }
}
