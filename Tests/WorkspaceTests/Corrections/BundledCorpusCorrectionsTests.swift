import Clustering
import Foundation
import Graph
import Store
import Testing
import TestSupport
@testable import Workspace

/// Every kind of correction on the real groups of the bundled workshop report: the note or
/// clusters end where the person asked, under the labels they saw, and nothing else is renamed.
@Suite(.serialized) struct BundledCorpusCorrectionsTests {
    /// One group's stored clusters: label and member note ids, in order.
    struct Cluster: Equatable {
        var label: String
        var notes: Set<String>
    }

    /// A copy of the bundled corpus, ingested and clustered per group, shared by the suite's
    /// tests (each undoes what it corrects).
    final class Fixture: Sendable {
        let folder: TemporaryFolder
        let workspace: Workspace
        let analysis: TextAnalysis

        init() throws {
            folder = try TemporaryFolder()
            let corpus = try folder.copyBundledCorpus()
            workspace = Workspace(corpus: corpus, store: try SQLiteStore(), reporter: RecordingReporter())
            _ = try workspace.ingestCorpus()
            analysis = try workspace.textAnalysis()
            _ = try workspace.cluster(scope: .group, count: .automatic, analysis: analysis)
        }

        /// The stored clusters of every group, by group id.
        func groups() throws -> [String: [Cluster]] {
            let snapshot = try workspace.graph()
            let stored = ClusterRun.stored(in: snapshot, scope: .group)
            return Dictionary(grouping: stored, by: { $0.container ?? "" }).mapValues { clusters in
                clusters.map { Cluster(label: $0.node.label, notes: Set($0.members.map(\.source))) }
            }
        }

        func text(_ id: String) throws -> String {
            try #require(try workspace.graph().nodes.first { $0.id == id }?.text)
        }
    }

    static let fixture = Result { try Fixture() }

    /// Moves a note to another cluster in every group that has two or more, and checks that it
    /// joins that cluster's notes under that cluster's label, while no other cluster is
    /// renamed and no two clusters share a label; each move is then undone.
    @Test func movesANoteToAnotherClusterInEveryGroup() throws {
        let fixture = try Self.fixture.get()
        var revision = try fixture.workspace.corrections.revision()
        var analysis = fixture.analysis
        var moved = 0
        for (group, clusters) in try fixture.groups().sorted(by: { $0.key < $1.key }) where clusters.count >= 2 {
            // The first note of the first cluster that keeps another note, to the next cluster.
            guard let from = clusters.firstIndex(where: { $0.notes.count >= 2 }) else { continue }
            let target = clusters[(from + 1) % clusters.count]
            let note = try #require(clusters[from].notes.sorted().first)
            let outcome = try fixture.workspace.correct(.pin(note: note, cluster: target.label), basedOn: revision, by: "lector", analysis: analysis)
            let after = try #require(try fixture.groups()[group])
            let holder = try #require(after.first { $0.notes.contains(note) })
            #expect(target.notes.isSubset(of: holder.notes), "\(group): the note did not join \(target.label)'s notes")
            #expect(holder.label == target.label, "\(group): the note's cluster is \(holder.label), not \(target.label)")
            #expect(Set(after.map(\.label)).count == after.count, "\(group): two clusters share a label: \(after.map(\.label))")
            // The cluster the note left keeps its other notes together.
            let rest = clusters[from].notes.subtracting([note])
            #expect(after.contains { rest.isSubset(of: $0.notes) }, "\(group): the notes the note left were split")
            // Groups the move does not touch keep their clusters and labels.
            for (other, before) in try fixture.groups() where other != group {
                #expect(try fixture.groups()[other] == before)
            }
            let undone = try fixture.workspace.restoreCorrections(outcome.previous, basedOn: outcome.revision, by: "lector", analysis: outcome.analysis)
            #expect(try fixture.groups()[group] == clusters, "\(group): undo did not bring the clusters back")
            (revision, analysis) = (undone.revision, undone.analysis)
            moved += 1
        }
        #expect(moved >= 8)
    }

    /// A note moved to a new cluster is alone in it under the new name; a second note moved to
    /// that name joins it; the file keeps plain UTF-8 text.
    @Test func movesNotesToANewCluster() throws {
        let fixture = try Self.fixture.get()
        let (group, clusters) = try #require(try fixture.groups().sorted(by: { $0.key < $1.key }).first { $0.value.contains { $0.notes.count >= 3 } })
        let source = try #require(clusters.first { $0.notes.count >= 3 })
        let notes = source.notes.sorted()
        var outcome = try fixture.workspace.correct(.pin(note: notes[0], cluster: "Eigen cluster"), basedOn: nil, by: "lector", analysis: fixture.analysis)
        let first = outcome.previous
        var after = try #require(try fixture.groups()[group])
        #expect(after.first { $0.label == "Eigen cluster" }?.notes == [notes[0]])
        outcome = try fixture.workspace.correct(.pin(note: notes[1], cluster: "Eigen cluster"), basedOn: outcome.revision, by: "lector", analysis: outcome.analysis)
        after = try #require(try fixture.groups()[group])
        #expect(after.first { $0.label == "Eigen cluster" }?.notes == [notes[0], notes[1]])
        #expect(Set(after.map(\.label)).count == after.count)
        let yaml = try String(contentsOf: fixture.workspace.corpusFolder.appendingPathComponent("clusters.yaml"), encoding: .utf8)
        #expect(yaml.contains(try fixture.text(notes[1])), "\(yaml)")
        #expect(!yaml.contains("\\x") && !yaml.contains("\\u"))
        _ = try fixture.workspace.restoreCorrections(first, basedOn: outcome.revision, by: "lector", analysis: outcome.analysis)
        #expect(try fixture.groups()[group] == clusters)
    }

    /// Keeping two notes of one cluster apart, merging two clusters and renaming one, each on
    /// a real group, each undone.
    @Test func keepsApartMergesAndRenamesOnARealGroup() throws {
        let fixture = try Self.fixture.get()
        let (group, clusters) = try #require(try fixture.groups().sorted(by: { $0.key < $1.key }).first { $0.value.count >= 3 && $0.value.contains { $0.notes.count >= 3 } })
        let crowded = try #require(clusters.first { $0.notes.count >= 3 })
        let pair = Array(crowded.notes.sorted().prefix(2))
        var outcome = try fixture.workspace.correct(.apart(notes: pair), basedOn: nil, by: "lector", analysis: fixture.analysis)
        let start = outcome.previous
        var after = try #require(try fixture.groups()[group])
        #expect(after.first { $0.notes.contains(pair[0]) } != after.first { $0.notes.contains(pair[1]) })

        outcome = try fixture.workspace.restoreCorrections(start, basedOn: outcome.revision, by: "lector", analysis: outcome.analysis)
        outcome = try fixture.workspace.correct(.merge(clusters: [clusters[0].label, clusters[1].label]), basedOn: outcome.revision, by: "lector", analysis: outcome.analysis)
        after = try #require(try fixture.groups()[group])
        #expect(after.contains { $0.label == clusters[0].label && $0.notes == clusters[0].notes.union(clusters[1].notes) })
        #expect(after.count == clusters.count - 1)

        outcome = try fixture.workspace.restoreCorrections(start, basedOn: outcome.revision, by: "lector", analysis: outcome.analysis)
        outcome = try fixture.workspace.correct(.rename(cluster: clusters[2].label, name: "Werk dat past"), basedOn: outcome.revision, by: "lector", analysis: outcome.analysis)
        after = try #require(try fixture.groups()[group])
        #expect(after.map(\.label) == clusters.map { $0.label == clusters[2].label ? "Werk dat past" : $0.label })
        #expect(after.map(\.notes) == clusters.map(\.notes))
        _ = try fixture.workspace.restoreCorrections(start, basedOn: outcome.revision, by: "lector", analysis: outcome.analysis)
        #expect(try fixture.groups()[group] == clusters)
    }
}
