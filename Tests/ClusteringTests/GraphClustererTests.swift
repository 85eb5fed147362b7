import Foundation
import Testing
@testable import Clustering

/// The large-set method: the neighbour graph and Leiden communities.
@Suite struct GraphClustererTests {
    /// Notes on three subjects, each written a few ways.
    static let subjects = [
        ["mantelzorg", "mantelzorgers", "zorgtaken", "thuis", "ouders", "verlof"],
        ["robots", "robotisering", "automatisering", "techniek", "machines", "werkvloer"],
        ["scholing", "opleiding", "cursus", "leren", "diploma", "leerweg"],
    ]

    /// `perSubject` notes per subject, three or four subject words each, drawn from a fixed generator.
    static func notes(perSubject: Int) -> (texts: [String], truth: [Int]) {
        var generator = SplitMix64(seed: 3)
        var texts: [String] = []
        var truth: [Int] = []
        for _ in 0..<perSubject {
            for (subject, words) in subjects.enumerated() {
                let picked = (0..<(3 + generator.below(2))).map { _ in words[generator.below(words.count)] }
                texts.append("Hoe " + picked.joined(separator: " en ") + "?")
                truth.append(subject)
            }
        }
        return (texts, truth)
    }

    static let setup = ClusteringSetup(language: .dutch, method: .graph)

    @Test func findsThePlantedSubjects() {
        let (texts, truth) = Self.notes(perSubject: 40)
        let result = Self.setup.cluster(texts)
        #expect(Agreement.adjustedRandIndex(truth, result.assignments) > 0.9)
        #expect(result.k == 3)
        for cluster in result.clusters {
            #expect(cluster.members.contains(cluster.representative))
            // Labels are words as written: no word-form keys, no stopwords.
            #expect(!cluster.label.contains("="))
            #expect(!cluster.keywords.contains("hoe") && !cluster.keywords.contains("en"))
        }
    }

    @Test func sameNotesGiveTheSameClustersWithAnyNumberOfThreads() {
        let (texts, _) = Self.notes(perSubject: 200)
        var setup = Self.setup
        setup.threads = 1
        let one = setup.cluster(texts)
        for threads in [2, 4] {
            setup.threads = threads
            #expect(setup.cluster(texts) == one)
        }
    }

    @Test func aFixedNumberOfClustersIsHonoured() {
        let (texts, _) = Self.notes(perSubject: 30)
        for k in [2, 5] {
            let result = Self.setup.cluster(texts, count: .fixed(k))
            #expect(result.k == k)
            #expect(result.clusters.allSatisfy { !$0.members.isEmpty })
        }
    }

    @Test func correctionsHoldOnTheGraphToo() {
        let (texts, _) = Self.notes(perSubject: 30)
        // Pin a note of the first subject together with one of the second.
        let corrections = ClusterCorrections(pin: [
            .init(note: texts[0], cluster: "Zorg en techniek"),
            .init(note: texts[1], cluster: "Zorg en techniek"),
        ], apart: [[texts[3], texts[6]]])
        let result = Self.setup.cluster(texts, corrections: corrections)
        #expect(result.assignments[0] == result.assignments[1])
        #expect(result.clusters[result.assignments[0]].label == "Zorg en techniek")
        #expect(result.assignments[3] != result.assignments[6])
    }

    @Test func noNotesNoClusters() {
        #expect(Self.setup.cluster([]) == .empty)
        #expect(Self.setup.cluster(["Een enkele notitie"]).k == 1)
    }

    @Test func notesWithoutContentWordsAreGatheredInOneCluster() {
        let (texts, truth) = Self.notes(perSubject: 20)
        let empty = Array(repeating: "Hoe en wat?", count: 5) + ["...", "42"]
        let result = Self.setup.cluster(texts + empty)
        let gathered = Set(result.assignments.suffix(empty.count))
        #expect(gathered.count == 1)
        #expect(Agreement.adjustedRandIndex(truth, Array(result.assignments.prefix(texts.count))) > 0.9)
        let cluster = result.clusters[result.assignments[texts.count]]
        #expect(cluster.members == Array(texts.count..<(texts.count + empty.count)))
        #expect(cluster.label == "overig")
    }

    @Test func theAutomaticChoiceSwitchesAtTheThreshold() {
        #expect(ClusteringMethod.automatic.resolved(for: ClusteringMethod.graphThreshold - 1) == .spectral)
        #expect(ClusteringMethod.automatic.resolved(for: ClusteringMethod.graphThreshold) == .graph)
        #expect(ClusteringMethod.spectral.resolved(for: 1_000_000) == .spectral)
        #expect(ClusteringMethod.graph.resolved(for: 5) == .graph)
    }
}
