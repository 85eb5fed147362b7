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

    /// A partition chosen for a note set: its texts, the number asked for and the constraints
    /// that changed the similarities.
    struct PartitionKey: Hashable, Sendable {
        var texts: [String]
        var count: String
        var constraints: [[Int]]
    }

    /// A map of a note set, with the clusters it shows as regions.
    struct MapKey: Hashable, Sendable {
        var texts: [String]
        var clusters: [Int]?
    }

    private struct State: Sendable {
        var backgrounds: [Language: Background] = [:]
        var prepared: [[String]: Prepared] = [:]
        var partitions: [PartitionKey: [Int]] = [:]
        var maps: [MapKey: NoteMap] = [:]
    }

    /// The most note sets kept; past it the cache starts again (a corpus has a few dozen).
    static let capacity = 128

    private let state = Mutex(State())

    func background(_ language: Language, make: () -> Background) -> Background {
        state.withLock { state in
            if let known = state.backgrounds[language] { return known }
            let made = make()
            state.backgrounds[language] = made
            return made
        }
    }

    func prepared(_ texts: [String], make: () -> Prepared) -> Prepared {
        if let known = state.withLock({ $0.prepared[texts] }) { return known }
        let made = make()
        state.withLock { state in
            if state.prepared.count >= Self.capacity { state.prepared.removeAll() }
            state.prepared[texts] = made
        }
        return made
    }

    func partition(_ key: PartitionKey, make: () -> [Int]) -> [Int] {
        if let known = state.withLock({ $0.partitions[key] }) { return known }
        let made = make()
        state.withLock { state in
            if state.partitions.count >= Self.capacity { state.partitions.removeAll() }
            state.partitions[key] = made
        }
        return made
    }

    func map(_ key: MapKey, make: () -> NoteMap) -> NoteMap {
        if let known = state.withLock({ $0.maps[key] }) { return known }
        let made = make()
        state.withLock { state in
            if state.maps.count >= Self.capacity { state.maps.removeAll() }
            state.maps[key] = made
        }
        return made
    }
}
