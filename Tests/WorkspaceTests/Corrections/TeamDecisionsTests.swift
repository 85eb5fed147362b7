import Clustering
import Foundation
import Graph
import Store
import Testing
import TestSupport
@testable import Workspace

/// The decisions of a team's store (PostgreSQL): rows with who and when, in force in every run,
/// moved to and from the files a lone lector's folder holds.
@Suite struct TeamDecisionsTests {
    /// The board of ``CorrectionsTests`` on a PostgreSQL schema of its own.
    /// The one in SQLite (clustered) comes along for the clusters' labels.
    static func workspace() throws -> (team: Workspace, local: Workspace, folder: TemporaryFolder) {
        let (local, _, folder) = try CorrectionsTests.workspace()
        let workspace = Workspace(corpus: folder.url, store: try StoreOpener.open(try TestPostgres.address(for: folder.url)), reporter: RecordingReporter())
        _ = try workspace.ingestCorpus()
        #expect(!local.sharesDecisions && workspace.sharesDecisions)
        return (workspace, local, folder)
    }

    @Test func keepsTheDecisionsAsRowsInForceEverywhereAndMovesThemToAndFromFiles() throws {
        let (workspace, local, folder) = try Self.workspace()
        let label = try CorrectionsTests.cluster(of: "Robots nemen routinewerk over", in: local)
        let file = try folder.write("rename:\n  \(label): Techniek en werk\n", to: "import/clusters.yaml")
        let imported = try workspace.importDecisions(from: file.deletingLastPathComponent(), by: "Petra Biemans")
        #expect(imported.map(\.changed) == [true])
        // In force from the store: the corpus folder has no clusters.yaml.
        #expect(!FileManager.default.fileExists(atPath: folder.file("clusters.yaml").path))
        #expect(try workspace.textAnalysis().corrections.rename == [label: "Techniek en werk"])
        let history = try workspace.decisionHistory()
        #expect(history.map(\.author) == ["Petra Biemans"])
        #expect(history.first?.change == #"{"import":"clusters.yaml"}"#)
        // The same file again changes nothing; what is in force goes out as the same bytes.
        #expect(try workspace.importDecisions(from: file.deletingLastPathComponent(), by: "Jan").map(\.changed) == [false])
        let exported = try workspace.exportDecisions(to: folder.file("export"))
        #expect(exported.map(\.set) == [.corrections, .review])
        #expect(try CorrectionsFile(url: exported[0].file).read().rename == [label: "Techniek en werk"])

        // A correction made as a person: a new version with her name, on top of the import.
        let analysis = try workspace.textAnalysis()
        _ = try workspace.cluster(scope: .group, count: .automatic, analysis: analysis)
        let before = try workspace.corrections.revision()
        let outcome = try workspace.correct(.rename(cluster: "Techniek en werk", name: "Werk en techniek"), basedOn: before, by: "Jan de Vries", analysis: analysis)
        #expect(try workspace.decisionHistory().map(\.author) == ["Petra Biemans", "Jan de Vries"])
        // Made again on the revision before it: refused with the current revision.
        #expect { try workspace.correct(.rename(cluster: "Werk en techniek", name: "Anders"), basedOn: before, by: "Petra Biemans", analysis: analysis) } throws: {
            ($0 as? DecisionConflict)?.current == outcome.revision
        }
        // Two writers on one version: the second is refused, not lost in between.
        let current = try workspace.corrections.current()
        try workspace.corrections.replace(with: ClusterCorrections(), over: current, change: .named("undo"), author: "Petra Biemans")
        #expect(throws: DecisionConflict.self) { try workspace.corrections.replace(with: outcome.corrections, over: current, change: .named("undo"), author: "Jan de Vries") }
        #expect(try workspace.decisionHistory().count == 3)
        #expect(try workspace.checkIntegrity().problems.isEmpty)
    }
}
