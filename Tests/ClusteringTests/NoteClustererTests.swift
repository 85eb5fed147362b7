import Foundation
import Testing
@testable import Clustering

/// Clustering on small hand-made sets with an obvious answer.
@Suite struct NoteClustererTests {
    static let notes = [
        "Mantelzorg betalen en waarderen",
        "Mantelzorg naast betaald werk",
        "Waardering voor mantelzorgers",
        "Robots op de werkvloer",
        "Robotisering en nieuwe banen",
        "Wat betekenen robots voor werk?",
        "Scholing voor lager opgeleiden",
        "Scholing en opleiding op de werkplek",
        "Opleidingen voor lager opgeleide werknemers",
    ]
    static let truth = [0, 0, 0, 1, 1, 1, 2, 2, 2]

    static let setup = ClusteringSetup(
        background: notes,
        lexicon: TextLexicon(synonyms: [["scholing", "opleiding", "opleidingen"], ["robots", "robotisering"]]),
        language: .dutch)

    func cluster(_ notes: [String] = notes, count: ClusterCount = .automatic, corrections: ClusterCorrections = ClusterCorrections()) -> ClusterResult {
        Self.setup.clusterer(for: notes).cluster(notes, count: count, corrections: corrections)
    }

    @Test func findsTheObviousGroups() {
        let result = cluster()
        #expect(result.k == 3)
        #expect(Agreement.adjustedRandIndex(Self.truth, result.assignments) == 1)
        #expect(result.assignments == [0, 0, 0, 1, 1, 1, 2, 2, 2])
    }

    @Test func labelsWithReadableSurfaceWordsAndARepresentative() {
        let result = cluster()
        #expect(result.clusters[0].label.contains("mantelzorg"))
        #expect(result.clusters[0].keywords.allSatisfy { word in Self.notes.joined(separator: " ").lowercased().contains(word) })
        #expect(result.clusters.allSatisfy { $0.members.contains($0.representative) })
        #expect(!result.clusters[2].label.contains("scholing en"))
    }

    @Test func honoursAFixedNumberOfClusters() {
        #expect(cluster(count: .fixed(2)).k == 2)
        #expect(cluster(count: .fixed(1)).k == 1)
    }

    @Test func givesTheSameResultEveryRun() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(cluster())
        let second = try encoder.encode(cluster())
        #expect(first == second)
    }

    @Test func staysStableWhenOneNoteIsAdded() {
        let before = cluster()
        let after = cluster(Self.notes + ["Robots vervangen taken"])
        #expect(Agreement.adjustedRandIndex(before.assignments, Array(after.assignments.prefix(Self.notes.count))) == 1)
    }

    @Test func honoursPinsApartMergesAndRenames() {
        let pinned = cluster(corrections: ClusterCorrections(pin: [
            ClusterCorrections.Pin(note: "Robots op de werkvloer", cluster: "Techniek en werk"),
            ClusterCorrections.Pin(note: "Scholing voor lager opgeleiden", cluster: "Techniek en werk"),
        ]))
        #expect(pinned.assignments[3] == pinned.assignments[6])
        #expect(pinned.clusters[pinned.assignments[3]].label == "Techniek en werk")

        let apart = cluster(corrections: ClusterCorrections(apart: [["Mantelzorg betalen en waarderen", "Mantelzorg naast betaald werk"]]))
        #expect(apart.assignments[0] != apart.assignments[1])

        let plain = cluster()
        let first = plain.clusters[0].label, second = plain.clusters[1].label
        let merged = cluster(corrections: ClusterCorrections(merge: [[first, second]], rename: [:]))
        #expect(merged.k == 2)
        #expect(merged.assignments[0] == merged.assignments[3])
        #expect(merged.clusters[0].label == first)

        let renamed = cluster(corrections: ClusterCorrections(rename: [first: "Mantelzorg"]))
        #expect(renamed.clusters[0].label == "Mantelzorg")
    }

    /// A note moved to a cluster stays with the notes it was moved to, under that cluster's
    /// label, also when more notes come in later; the cluster it left keeps its own name.
    @Test func aMovedNoteStaysWithItsNewClusterWhenNotesAreAdded() throws {
        let plain = cluster()
        let robots = try #require(plain.clusters.first { $0.members.contains(3) })
        let care = try #require(plain.clusters.first { $0.members.contains(0) })
        let pin = ClusterCorrections.Pin(note: Self.notes[0], cluster: robots.label, with: robots.members.map { Self.notes[$0] })
        for notes in [Self.notes, Self.notes + ["Mantelzorgers en robots in de zorg", "Scholing van mantelzorgers"]] {
            let moved = cluster(notes, corrections: ClusterCorrections(pin: [pin]))
            let holder = moved.assignments[0]
            #expect(robots.members.allSatisfy { moved.assignments[$0] == holder })
            #expect(moved.clusters[holder].label == robots.label)
            #expect(moved.clusters.filter { $0.label == robots.label }.count == 1)
            #expect(!moved.clusters.contains { $0.label == robots.label && !$0.members.contains(0) })
            #expect(care.label != robots.label)
        }
        // The cluster a note was moved to can be renamed like any other.
        let renamed = cluster(corrections: ClusterCorrections(pin: [pin], rename: [robots.label: "Techniek"]))
        #expect(renamed.clusters[renamed.assignments[0]].label == "Techniek" && renamed.assignments[0] == renamed.assignments[3])
        // Without the notes it was moved to (a hand-written pin), a note joins the cluster that
        // carries the label, and a name no cluster has makes a cluster of its own.
        let byLabel = cluster(corrections: ClusterCorrections(pin: [.init(note: Self.notes[0], cluster: robots.label)]))
        #expect(byLabel.assignments[0] == byLabel.assignments[3])
        let alone = cluster(corrections: ClusterCorrections(pin: [.init(note: Self.notes[0], cluster: "Eigen cluster")]))
        #expect(alone.clusters[alone.assignments[0]].members == [0] && alone.clusters[alone.assignments[0]].label == "Eigen cluster")
    }

    @Test func aChainOfMergesKeepsTheLatestMergesName() {
        let labels = cluster().clusters.map(\.label)
        // The first two merge under the first label; the third then takes them in under its own.
        let corrections = ClusterCorrections(merge: [[labels[0], labels[1]], [labels[2], labels[0]]])
        let merged = cluster(corrections: corrections)
        #expect(merged.k == 1)
        #expect(merged.clusters.first?.label == labels[2])
    }

    @Test func usesPretrainedVectorsWhenGiven() throws {
        // Two notes with no word in common, joined only by the vectors.
        let text = """
            3 2
            fiets 1.0 0.0
            rijwiel 0.99 0.05
            appel 0.0 1.0
            """
        let vectors = try WordVectors.parse(text, file: "v.txt")
        #expect(vectors.dimension == 2)
        var setup = ClusteringSetup(language: .dutch, wordVectors: vectors)
        setup.weights = NoteVectorizer.Weights(terms: 0, characters: 0, cooccurrence: 0, vectors: 1)
        let notes = ["Een fiets", "Het rijwiel", "De appel"]
        let similarities = setup.clusterer(for: notes).vectorizer.similarities(notes)
        #expect(similarities[0][1] > 0.9)
        #expect(similarities[0][2] < 0.1)
    }

    @Test func reportsABrokenVectorsFile() {
        #expect {
            try WordVectors.parse("fiets 1.0 0.0\nrijwiel 0.5\n", file: "v.txt")
        } throws: { error in
            "\(error)".hasPrefix("v.txt:2: ")
        }
    }

    @Test func handlesTinyInputs() {
        #expect(cluster([]).k == 0)
        #expect(cluster(["Alleen"]).assignments == [0])
        #expect(cluster(["Een", "Twee", "Drie"]).k == 1)
    }
}
