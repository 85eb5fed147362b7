import Testing
@testable import Clustering

/// Each note's confidence and reasons, on hand-made similarities and on real workshop notes.
@Suite struct NoteFitsTests {
    /// Two tight pairs and a note halfway between them.
    static let similarities: [[Double]] = [
        [1.0, 0.9, 0.1, 0.1, 0.4],
        [0.9, 1.0, 0.1, 0.1, 0.4],
        [0.1, 0.1, 1.0, 0.9, 0.35],
        [0.1, 0.1, 0.9, 1.0, 0.35],
        [0.4, 0.4, 0.35, 0.35, 1.0],
    ]

    @Test func aNoteBetweenTwoClustersIsTheLeastCertain() {
        let assignments = [0, 0, 1, 1, 0]
        let fits = NoteFits.fits(similarities: Self.similarities, assignments: assignments, sharedTerms: Array(repeating: [], count: 5))
        #expect(fits.allSatisfy { (0...1).contains($0.confidence) })
        #expect(fits.map(\.nextCluster) == [1, 1, 0, 0, 1])
        let least = fits.indices.min { fits[$0].confidence < fits[$1].confidence }
        #expect(least == 4)
        // Its silhouette: own mean distance 0.6, to the other cluster 0.65; on the 0 … 1 scale.
        #expect(abs(fits[4].confidence - (1 + (0.65 - 0.6) / 0.65) / 2) < 1e-9)
        #expect(NoteFit.Verdict(fits[4].confidence) == .doubtful)
        // The same partition's mean silhouette is the mean of the notes' silhouettes.
        let mean = fits.reduce(0) { $0 + (2 * $1.confidence - 1) } / 5
        #expect(abs(Silhouette.score(Self.similarities, assignments) - mean) < 1e-9)
    }

    @Test func aMisplacedNoteHasConfidenceBelowOneHalf() {
        let fits = NoteFits.fits(similarities: Self.similarities, assignments: [0, 1, 1, 1, 0], sharedTerms: Array(repeating: [], count: 5))
        #expect(fits[1].confidence < 0.5 && fits[1].confidence >= 0)
        #expect(NoteFit.Verdict(fits[1].confidence) == .poor)
        #expect(fits[1].nextCluster == 0)
    }

    @Test func oneClusterIsCertainAndALoneNoteIsOnTheBorder() {
        let one = NoteFits.fits(similarities: Self.similarities, assignments: [0, 0, 0, 0, 0], sharedTerms: Array(repeating: [], count: 5))
        #expect(one.allSatisfy { $0.confidence == 1 && $0.nextCluster == nil })
        let alone = NoteFits.fits(similarities: Self.similarities, assignments: [0, 0, 1, 1, 2], sharedTerms: Array(repeating: [], count: 5))
        #expect(alone[4].confidence == 0.5)
    }

    /// The graph method's confidences, from summed vectors, equal the silhouettes computed
    /// from every pair.
    @Test func theGraphMethodGivesTheSameConfidenceAsEveryPair() {
        let notes = NoteClustererTests.notes
        let clusterer = GraphClusterer(analyzer: TextAnalyzer(language: .dutch), minimumClusterSize: 1)
        let rows = clusterer.vectors(notes).rows
        let assignments = NoteClustererTests.truth
        let fromSums = NoteFits.fits(rows: rows, assignments: assignments, sharedTerms: Array(repeating: [], count: notes.count))
        let pairs = notes.indices.map { a in notes.indices.map { b in a == b ? 1 : rows.dot(a, b) } }
        let fromPairs = NoteFits.fits(similarities: pairs, assignments: assignments, sharedTerms: Array(repeating: [], count: notes.count))
        for (a, b) in zip(fromSums, fromPairs) {
            #expect(abs(a.confidence - b.confidence) < 1e-5)
            #expect(a.nextCluster == b.nextCluster)
        }
    }

    @Test func clustersSayWhatTheirNotesShareAndWhichToCheckFirst() {
        let notes = NoteClustererTests.notes
        let result = NoteClustererTests.setup.clusterer(for: notes).cluster(notes)
        #expect(result.notes.count == notes.count)
        #expect(result.notes[0].sharedTerms.contains("mantelzorg"))
        #expect(result.notes[5].sharedTerms.contains("robots"))
        // Shared words are the note's own, as it writes them.
        for (note, fit) in zip(notes, result.notes) {
            #expect(fit.sharedTerms.allSatisfy { note.lowercased().contains($0) })
        }
        for cluster in result.clusters.indices {
            let uncertain = result.leastCertain(in: cluster, below: 2)
            #expect(uncertain.count == min(3, result.clusters[cluster].members.count))
            #expect(zip(uncertain, uncertain.dropFirst()).allSatisfy { result.notes[$0].confidence <= result.notes[$1].confidence })
            #expect(result.leastCertain(in: cluster, below: 0).isEmpty)
            // The typical note is never among the notes to check first.
            #expect(!result.leastCertain(in: cluster).contains(result.clusters[cluster].representative) || result.clusters[cluster].members.count == result.leastCertain(in: cluster).count)
        }
    }

    /// A note a person moved is theirs: never listed among the notes to check first.
    @Test func aNoteAPersonPlacedIsNotInDoubt() throws {
        let notes = NoteClustererTests.notes
        let clusterer = NoteClustererTests.setup.clusterer(for: notes)
        let plain = clusterer.cluster(notes)
        let robot = try #require(plain.clusters.first { $0.members.contains(5) })
        let other = try #require(plain.clusters.first { !$0.members.contains(5) })
        let moved = clusterer.cluster(notes, corrections: ClusterCorrections(pin: [.init(note: notes[5], cluster: other.label, with: other.members.map { notes[$0] })]))
        #expect(moved.assignments[5] == moved.assignments[other.members[0]])
        #expect(moved.clusters[moved.assignments[5]].label == other.label)
        #expect(moved.notes[5].placed && moved.notes[5].confidence < 0.5)
        #expect(!moved.leastCertain(in: moved.assignments[5], below: 2).contains(5))
        #expect(robot.label != other.label)
    }
}
