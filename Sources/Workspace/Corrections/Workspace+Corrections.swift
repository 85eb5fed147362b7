public import Reportable
public import Clustering
import Foundation
import Graph

/// A change made against a version of the decisions (`clusters.yaml`, `agenda-review.yaml`, or
/// a team's store's) that is no longer the current one: someone else changed them in between.
public struct DecisionConflict: ReportableError, Hashable {
    public var file: String?
    public var line: Int? { nil }
    /// The revision the file has now.
    public var current: String

    public var problem: String { "the decisions were changed since this view was loaded (they are now at revision \(current.prefix(12)))" }
    public var remedy: String? { "load the current view and make the change again" }
}


extension Workspace {
    /// What a correction did: the corrections before and after, the file's new revision, and
    /// the groups' clusters made again with them (with their maps, for the report).
    public struct CorrectionOutcome: Sendable {
        public var previous: ClusterCorrections
        public var corrections: ClusterCorrections
        public var revision: String
        public var analysis: TextAnalysis
        public var run: ClusterRun
    }

    /// The corrections every clustering honours: the corpus's `clusters.yaml`, or a team's
    /// store's rows (``GraphStoring/holdsDecisions``).
    public var corrections: Decisions<ClusterCorrections> {
        Decisions(place: store.holdsDecisions ? .store(store) : .file(CorrectionsFile(corpus: corpusFolder)))
    }

    /// Adds `correction` to the corrections, as `author`, and clusters the groups again with them.
    ///
    /// - Parameter revision: the revision of the corrections the person saw; `nil` skips the check.
    /// - Throws: ``DecisionConflict`` when they changed since `revision`; ``WorkspaceError``
    ///   naming an unknown note or cluster. They are then as they were.
    public func correct(_ correction: ClusterCorrection, basedOn revision: String?, by author: String, analysis: TextAnalysis) throws -> CorrectionOutcome {
        let current = try corrections.current(at: revision)
        let changed = try Self.applying(correction, to: current.content, snapshot: try store.snapshot())
        return try replaceCorrections(with: changed, over: current, change: DecisionChange(correction), author: author, analysis: analysis)
    }

    /// Replaces the corrections with `corrections` (an undo hands back an earlier version) and
    /// clusters the groups again with them.
    ///
    /// - Throws: ``DecisionConflict`` when they changed since `revision`.
    public func restoreCorrections(_ corrections: ClusterCorrections, basedOn revision: String?, by author: String, analysis: TextAnalysis) throws -> CorrectionOutcome {
        let current = try self.corrections.current(at: revision)
        return try replaceCorrections(with: corrections, over: current, change: .named("undo"), author: author, analysis: analysis)
    }

    private func replaceCorrections(with changed: ClusterCorrections, over current: Decisions<ClusterCorrections>.Current, change: DecisionChange, author: String, analysis: TextAnalysis) throws -> CorrectionOutcome {
        let revision = try corrections.replace(with: changed, over: current, change: change, author: author)
        var analysis = analysis
        analysis.corrections = changed
        let run = try cluster(scope: .group, count: .automatic, analysis: analysis, maps: true)
        return CorrectionOutcome(previous: current.content, corrections: changed, revision: revision, analysis: analysis, run: run)
    }

    /// `corrections` with `correction` added, its note ids turned into the notes' texts (which
    /// corrections match by) and its cluster labels checked against the stored clusters.
    ///
    /// A note moved to a cluster of its group is pinned with the notes that cluster holds, so
    /// that it stays with them in every later run under that cluster's label; a name its group
    /// has no cluster of makes a new cluster.
    static func applying(_ correction: ClusterCorrection, to corrections: ClusterCorrections, snapshot: GraphSnapshot) throws(WorkspaceError) -> ClusterCorrections {
        let notes = Dictionary(snapshot.nodes.filter { $0.kind == .note }.map { ($0.id, $0.text ?? $0.label) }, uniquingKeysWith: { first, _ in first })
        let labels = Set(snapshot.nodes.filter { $0.kind == .cluster }.map(\.label))
        func text(_ id: String) throws(WorkspaceError) -> String {
            guard let text = notes[id] else { throw WorkspaceError(problem: "no note has the id \(id)", remedy: "take the note's id from the report or from `agenda list note --json`") }
            return text
        }
        func known(_ label: String) throws(WorkspaceError) -> String {
            guard labels.contains(label) else { throw WorkspaceError(problem: "no cluster is labelled \(label)", remedy: "take the label from the report or from `agenda list cluster`") }
            return label
        }
        var result = corrections
        switch correction {
        case .pin(let note, let cluster):
            let noteText = try text(note)
            guard !cluster.trimmingCharacters(in: .whitespaces).isEmpty else { throw WorkspaceError(problem: "a note can only be put in a cluster with a name", remedy: "give the cluster's label or a new name") }
            result.pin.removeAll { ClusterCorrections.matchKey($0.note) == ClusterCorrections.matchKey(noteText) }
            // The note goes to the notes the cluster of that label in its own group holds now;
            // a label its group has not is a new cluster.
            let stored = ClusterRun.stored(in: snapshot, scope: .group)
            let group = stored.first { $0.members.contains { $0.source == note } }?.container
            let target = stored.first { $0.container == group && $0.node.label == cluster }
            let with = (target?.members ?? []).filter { $0.source != note }.compactMap { notes[$0.source] }
            result.pin.append(.init(note: noteText, cluster: cluster, with: with))
        case .apart(let ids):
            guard Set(ids).count >= 2 else { throw WorkspaceError(problem: "keeping notes apart takes two different notes or more", remedy: "name at least two notes") }
            var texts: [String] = []
            for id in ids { texts.append(try text(id)) }
            if !result.apart.contains(texts) { result.apart.append(texts) }
        case .merge(let clusters):
            guard Set(clusters).count >= 2 else { throw WorkspaceError(problem: "merging takes two different clusters or more", remedy: "name at least two clusters") }
            var checked: [String] = []
            for label in clusters { checked.append(try known(label)) }
            if !result.merge.contains(checked) { result.merge.append(checked) }
        case .rename(let cluster, let name):
            let label = try known(cluster)
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw WorkspaceError(problem: "a cluster's new name cannot be empty", remedy: "give the name to show") }
            result.rename[label] = trimmed
        }
        return result
    }
}
