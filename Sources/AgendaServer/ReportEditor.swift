import Clustering
import Export
import Foundation
import Graph
import Linking
import Workspace

/// Every change to a live report — a correction, a review decision, an undo, a new reading of the documents —
/// made one at a time (an actor), apart from the actor that answers page loads, so that reading
/// the report never waits behind a change.
///
/// What does not change with the clusters (the text analysis and the agenda's draft, sources
/// and network) is kept from one change to the next; the text analysis remembers every
/// group's vectors and chosen partition, so a correction computes again only what it changes.
///
/// Review decisions are stored one at a time and answered once stored; the agenda is drafted
/// again for them together: while it is drafted for some, the editor goes on storing the next
/// ones, and one draft then shows all that came in meanwhile. The report is asked for only
/// once it shows every decision stored (``settled()``), so a reviewer sees her decision as
/// before, and many reviewers at once wait for a few drafts, not for one draft each.
actor ReportEditor {
    /// The report as a change left it, numbered so that the newest one is shown.
    struct Version: Sendable {
        var number: Int
        /// The revision of `clusters.yaml` it shows.
        var revision: String
        /// The revision of `agenda-review.yaml` it shows.
        var reviewRevision: String
        var data: ReportData
        var agenda: AgendaDocument
        /// What the agenda's draft was made from, when a review made this version.
        var basis: HTMLReport.Basis? = nil
    }

    /// What a change replaced, for undo.
    private enum Earlier {
        case corrections(ClusterCorrections)
        case review(AgendaReview)
    }

    private let workspace: Workspace
    private var analysis: TextAnalysis
    /// The groups' maps, made with their clusters, so that the report does not make them again.
    private var groupMaps: [String: NoteMap]
    /// Made with the first report, and again when the documents are read again.
    private var basis: HTMLReport.Basis?
    /// What each change made here replaced, for undo; the newest last.
    private var history: [Earlier] = []
    private var number = 0
    /// The version made last, which a review decision revises.
    private var last: Version?
    /// Review decisions stored here, and how many of them `last` shows.
    private var storedDecisions = 0
    private var shownDecisions = 0
    /// The draft being made for the decisions stored before it started, if one is.
    private var drafting: Draft?
    private var draftsBegun = 0
    /// Counts the versions made other than by drafting a review (corrections, re-readings): a
    /// draft begun before one of them is out of date when it ends.
    private var epoch = 0

    /// The editor of the report of `workspace`'s stored graph, and that report as it is now.
    init(workspace: Workspace, analysis: TextAnalysis, groupMaps: [String: NoteMap]) {
        self.workspace = workspace
        self.analysis = analysis
        self.groupMaps = groupMaps
    }

    /// The stored graph as the last version read it: it changes only with the clusters and
    /// the documents, never with a review decision, which is checked against it.
    private var graph: GraphSnapshot?

    /// The report of the stored graph as it is now.
    func current() throws -> Version {
        let graph = try workspace.graph()
        self.graph = graph
        let report = HTMLReport(try workspace.reviewedGraph(of: graph), analysis: analysis, basis: basis, suggesting: true, groupMaps: groupMaps, readers: workspace.readers, reporter: workspace.reporter)
        basis = report.basis
        number += 1
        let version = Version(number: number, revision: try workspace.corrections.revision(), reviewRevision: try workspace.agendaReview.revision(), data: report.data, agenda: report.agenda)
        last = version
        epoch += 1
        shownDecisions = storedDecisions
        return version
    }

    /// Makes `correction` against `revision` (the view's; `nil` takes the current one), as `author`.
    func correct(_ correction: ClusterCorrection, basedOn revision: String?, by author: String) throws -> Version {
        let outcome = try workspace.correct(correction, basedOn: revision, by: author, analysis: analysis)
        history.append(.corrections(outcome.previous))
        return try changed(outcome)
    }

    /// Stores a review decision against `revision` (the view's revision of the review; `nil`
    /// takes the current one), as `author`, and returns the review's new revision. The agenda
    /// is drafted again with it by ``settled()``.
    func review(_ decision: ReviewDecision, basedOn revision: String?, by author: String) throws -> String {
        let (previous, made) = try workspace.review(decision, basedOn: revision, by: author, graph: graph)
        history.append(.review(previous))
        storedDecisions += 1
        return made
    }

    /// The newest version once it shows every decision stored here so far.
    func settled() async throws -> Version {
        try await reviewed(showing: storedDecisions)
    }

    /// Takes the last change made here back: a correction or a review decision, against the
    /// view's revision of the file that change wrote (`revision` of `clusters.yaml`,
    /// `reviewRevision` of `agenda-review.yaml`).
    func undo(basedOn revision: String?, reviewRevision: String?, by author: String) async throws -> Version {
        guard let earlier = history.last else {
            throw WorkspaceError(problem: "there is no change made here to undo", remedy: "make a correction or a decision first")
        }
        switch earlier {
        case .corrections(let previous):
            let outcome = try workspace.restoreCorrections(previous, basedOn: revision, by: author, analysis: analysis)
            history.removeLast()
            return try changed(outcome)
        case .review(let previous):
            _ = try workspace.restoreReview(previous, basedOn: reviewRevision, by: author)
            history.removeLast()
            storedDecisions += 1
            return try await reviewed(showing: storedDecisions)
        }
    }

    /// Reads the corpus's documents again (those whose content changed are replaced, as
    /// `agenda ingest` does), clusters the groups and links the agenda again.
    func reingest() throws -> Version {
        _ = try workspace.ingestCorpus()
        let fresh = try workspace.textAnalysis()
        let maps = try workspace.cluster(scope: .group, count: .automatic, analysis: fresh, maps: true).maps
        _ = try workspace.link(analysis: fresh)
        (analysis, groupMaps, basis) = (fresh, maps, nil)
        return try current()
    }

    /// The report once it shows the first `count` decisions stored here: only the agenda's
    /// draft and network are made again, off the actor, for every decision stored by the time
    /// the draft begins.
    private func reviewed(showing count: Int) async throws -> Version {
        while true {
            if shownDecisions >= count, let last { return last }
            if let drafting {
                // Whoever resumes first takes the draft's result in, once.
                let result = await drafting.task.result
                try adopt(result, of: drafting)
                continue
            }
            guard let last, let basis else { return try current() }
            let (workspace, analysis, graph) = (self.workspace, self.analysis, self.graph)
            let task = Task.detached { () throws -> Version in
                let reviewRevision = try workspace.agendaReview.revision()
                let made = HTMLReport.reviewed(last.data, basis: basis, snapshot: try workspace.reviewedGraph(of: graph), analysis: analysis)
                return Version(number: 0, revision: last.revision, reviewRevision: reviewRevision, data: made.data, agenda: made.agenda, basis: made.basis)
            }
            draftsBegun += 1
            drafting = Draft(id: draftsBegun, covering: storedDecisions, epoch: epoch, task: task)
        }
    }

    /// A draft under way: the decisions it covers, and the epoch it began in.
    struct Draft {
        var id: Int
        var covering: Int
        var epoch: Int
        var task: Task<Version, any Error>
    }

    /// Makes `result` of `draft` the version shown, unless it was taken in already or a
    /// correction or re-reading came in meanwhile (then the next pass drafts again).
    private func adopt(_ result: Result<Version, any Error>, of draft: Draft) throws {
        guard drafting?.id == draft.id else { return }
        drafting = nil
        var version = try result.get()
        guard epoch == draft.epoch else { return }
        number += 1
        version.number = number
        basis = version.basis
        last = version
        shownDecisions = draft.covering
    }

    private func changed(_ outcome: Workspace.CorrectionOutcome) throws -> Version {
        analysis = outcome.analysis
        groupMaps = outcome.run.maps
        return try current()
    }
}
