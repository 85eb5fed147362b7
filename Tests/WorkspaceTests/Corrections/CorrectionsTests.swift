import Clustering
import Foundation
import Graph
import Store
import Testing
import TestSupport
@testable import Workspace

/// Corrections made through the application layer: each kind written to `clusters.yaml` and
/// honoured by the groups' clusters at once; stale and unknown requests refused, the file kept.
@Suite struct CorrectionsTests {
    /// A corpus of one board export: two tables, each with notes on two clear topics.
    static func workspace() throws -> (Workspace, TextAnalysis, TemporaryFolder) {
        let folder = try TemporaryFolder()
        _ = try folder.write("documents:\n  - file: bord.tsv\n", to: "corpus.yaml")
        let rows = [
            ("Mantelzorg naast betaald werk combineren", "Tafel 1", "Zorg"), ("Mantelzorgers waarderen en ondersteunen", "Tafel 1", "Zorg"),
            ("Betaald werk en mantelzorg in balans", "Tafel 1", "Zorg"), ("Robots nemen routinewerk over", "Tafel 1", "Techniek"),
            ("Robotisering van routinematig werk", "Tafel 1", "Techniek"), ("Nieuwe banen door robots en techniek", "Tafel 1", "Techniek"),
            ("Scholing van oudere werknemers", "Tafel 2", "Leren"), ("Oudere werknemers blijven leren", "Tafel 2", "Leren"),
            ("Leren op de werkplek voor ouderen", "Tafel 2", "Leren"), ("Flexibele contracten en zekerheid", "Tafel 2", "Contracten"),
            ("Zekerheid bij flexibele contracten", "Tafel 2", "Contracten"), ("Tijdelijke contracten en flexibiliteit", "Tafel 2", "Contracten"),
        ]
        _ = try folder.write("Text\tTags\tArea\n" + rows.map { "\($0.0)\t\($0.1)\t\($0.2)" }.joined(separator: "\n") + "\n", to: "bord.tsv")
        let workspace = Workspace(corpus: folder.url, store: try SQLiteStore(), reporter: RecordingReporter())
        _ = try workspace.ingestCorpus()
        let analysis = try workspace.textAnalysis()
        _ = try workspace.cluster(scope: .group, count: .automatic, analysis: analysis)
        return (workspace, analysis, folder)
    }

    static func note(_ workspace: Workspace, _ text: String) throws -> Node {
        try #require(try workspace.nodes(kind: .note).first { $0.text == text })
    }

    /// The label of the stored cluster that holds the note with `text`.
    static func cluster(of text: String, in workspace: Workspace) throws -> String {
        let snapshot = try workspace.graph()
        let id = try #require(snapshot.nodes.first { $0.kind == .note && $0.text == text }?.id)
        let cluster = try #require(snapshot.edges.first { $0.kind == .assignedTo && $0.source == id }?.target)
        return try #require(snapshot.nodes.first { $0.id == cluster }?.label)
    }

    @Test func pinsANoteAndTheNextRunHonoursIt() throws {
        let (workspace, analysis, folder) = try Self.workspace()
        let robot = try Self.note(workspace, "Robots nemen routinewerk over")
        let care = try Self.cluster(of: "Mantelzorgers waarderen en ondersteunen", in: workspace)
        let before = try workspace.corrections.revision()
        let outcome = try workspace.correct(.pin(note: robot.id, cluster: care), basedOn: before, by: "lector", analysis: analysis)
        #expect(outcome.revision != before)
        #expect(try Self.cluster(of: "Robots nemen routinewerk over", in: workspace) == care)
        let yaml = try String(contentsOf: folder.file("clusters.yaml"), encoding: .utf8)
        #expect(yaml.contains("note: Robots nemen routinewerk over") && yaml.contains("cluster: \(care)"))
        // A later run from the file alone gives the same.
        let reloaded = try workspace.textAnalysis()
        _ = try workspace.cluster(scope: .group, count: .automatic, analysis: reloaded)
        #expect(try Self.cluster(of: "Robots nemen routinewerk over", in: workspace) == care)
    }

    @Test func keepsNotesApartMergesAndRenames() throws {
        let (workspace, analysis, _) = try Self.workspace()
        let a = try Self.note(workspace, "Mantelzorg naast betaald werk combineren"), b = try Self.note(workspace, "Betaald werk en mantelzorg in balans")
        var outcome = try workspace.correct(.apart(notes: [a.id, b.id]), basedOn: nil, by: "lector", analysis: analysis)
        #expect(try Self.cluster(of: a.text ?? "", in: workspace) != Self.cluster(of: b.text ?? "", in: workspace))
        #expect(outcome.corrections.apart == [[a.text ?? "", b.text ?? ""]])

        let learning = try Self.cluster(of: "Scholing van oudere werknemers", in: workspace)
        let contracts = try Self.cluster(of: "Flexibele contracten en zekerheid", in: workspace)
        try #require(learning != contracts)
        outcome = try workspace.correct(.merge(clusters: [learning, contracts]), basedOn: outcome.revision, by: "lector", analysis: outcome.analysis)
        #expect(try Self.cluster(of: "Scholing van oudere werknemers", in: workspace) == Self.cluster(of: "Flexibele contracten en zekerheid", in: workspace))

        let merged = try Self.cluster(of: "Scholing van oudere werknemers", in: workspace)
        outcome = try workspace.correct(.rename(cluster: merged, name: "Werk en leeftijd"), basedOn: outcome.revision, by: "lector", analysis: outcome.analysis)
        #expect(try Self.cluster(of: "Scholing van oudere werknemers", in: workspace) == "Werk en leeftijd")
        #expect(outcome.corrections.rename[merged] == "Werk en leeftijd")

        // Undo: the version before the rename comes back, and with it the generated label.
        outcome = try workspace.restoreCorrections(outcome.previous, basedOn: outcome.revision, by: "lector", analysis: outcome.analysis)
        #expect(outcome.corrections.rename.isEmpty)
        #expect(try Self.cluster(of: "Scholing van oudere werknemers", in: workspace) == merged)
    }

    @Test func refusesAStaleViewAndUnknownNamesKeepingTheFile() throws {
        let (workspace, analysis, folder) = try Self.workspace()
        let note = try Self.note(workspace, "Oudere werknemers blijven leren")
        let first = try workspace.correct(.rename(cluster: try Self.cluster(of: note.text ?? "", in: workspace), name: "Leren"), basedOn: nil, by: "lector", analysis: analysis)
        let bytes = try Data(contentsOf: folder.file("clusters.yaml"))
        #expect(throws: DecisionConflict.self) {
            try workspace.correct(.pin(note: note.id, cluster: "Leren"), basedOn: "een oude revisie", by: "lector", analysis: first.analysis)
        }
        #expect {
            try workspace.correct(.pin(note: "bord:n99", cluster: "Leren"), basedOn: first.revision, by: "lector", analysis: first.analysis)
        } throws: { error in "\(error)".contains("no note has the id bord:n99") }
        #expect {
            try workspace.correct(.merge(clusters: ["Leren", "bestaat niet"]), basedOn: first.revision, by: "lector", analysis: first.analysis)
        } throws: { error in "\(error)".contains("no cluster is labelled bestaat niet") }
        #expect(throws: WorkspaceError.self) { try workspace.correct(.apart(notes: [note.id, note.id]), basedOn: nil, by: "lector", analysis: first.analysis) }
        #expect(try Data(contentsOf: folder.file("clusters.yaml")) == bytes)
        #expect(try workspace.corrections.revision() == first.revision)
    }

    /// The file a person is told they may edit is plain UTF-8: accents as written, one line per value.
    @Test func writesReadableUTF8() throws {
        let folder = try TemporaryFolder()
        let file = CorrectionsFile(url: folder.file("clusters.yaml"))
        let pin = ClusterCorrections.Pin(note: "Hoe kun je zinvol werk creëren voor flexwerkers? Een lange vraag die over de breedte van een regel heen loopt en dan nog verder gaat", cluster: "décent werk", with: ["Jongeren en zekerheid"])
        try file.write(ClusterCorrections(pin: [pin]))
        let yaml = try String(contentsOf: file.url, encoding: .utf8)
        #expect(yaml.contains("creëren") && yaml.contains("décent werk"))
        #expect(!yaml.contains("\\x") && !yaml.contains("\\u"))
        #expect(yaml.split(separator: "\n").contains { $0.contains("creëren") && $0.contains("gaat") })
        #expect(try file.read().pin == [pin])
    }

    /// A pin whose notes are all gone (a hand edit, or documents that changed) is said in one
    /// line, and the note goes to the cluster of its label or a new one.
    @Test func saysWhenTheNotesAPinWasMovedToAreGone() throws {
        let (workspace, _, folder) = try Self.workspace()
        _ = try folder.write("pin:\n- note: Robots nemen routinewerk over\n  cluster: Eigen cluster\n  with:\n  - Een geeltje dat er niet is\n", to: "clusters.yaml")
        let analysis = try workspace.textAnalysis()
        _ = try workspace.cluster(scope: .group, count: .automatic, analysis: analysis)
        let reporter = try #require(workspace.reporter as? RecordingReporter)
        #expect(reporter.warnings.filter { $0.contains("was moved to is there any more") && $0.contains("Eigen cluster") }.count == 1)
        #expect(try Self.cluster(of: "Robots nemen routinewerk over", in: workspace) == "Eigen cluster")
    }
}
