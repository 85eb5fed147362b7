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
/// Review decisions are stored one at a time, but drafted together: while the agenda is
/// drafted again for some, the editor goes on storing the next ones, and one draft then
/// answers all that came in meanwhile. Many reviewers at once wait for a few drafts, not for
/// one draft each.
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
    private var drafting: Task<Version, any Error>?
    /// Counts the versions made other than by drafting a review (corrections, re-readings): a
    /// draft begun before one of them is out of date when it ends.
    private var epoch = 0

    /// The editor of the report of `workspace`'s stored graph, and that report as it is now.
    init(workspace: Workspace, analysis: TextAnalysis, groupMaps: [String: NoteMap]) {
        self.workspace = workspace
        self.analysis = analysis
        self.groupMaps = groupMaps
    }

    /// The report of the stored graph as it is now.
    func current() throws -> Version {
        let report = HTMLReport(try workspace.reviewedGraph(), analysis: analysis, basis: basis, suggesting: true, groupMaps: groupMaps, readers: workspace.readers, reporter: workspace.reporter)
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

    /// Adds a review decision against `revision` (the view's revision of the review; `nil`
    /// takes the current one), as `author`; the agenda is drafted again with it.
    func review(_ decision: ReviewDecision, basedOn revision: String?, by author: String) async throws -> Version {
        let (previous, _) = try workspace.review(decision, basedOn: revision, by: author)
        history.append(.review(previous))
        storedDecisions += 1
        return try await reviewed(showing: storedDecisions)
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
                _ = try? await drafting.value
                continue
            }
            guard let last, let basis else { return try current() }
            let (covering, startedIn) = (storedDecisions, epoch)
            let (workspace, analysis) = (self.workspace, self.analysis)
            let task = Task.detached { () throws -> Version in
                let reviewRevision = try workspace.agendaReview.revision()
                let made = HTMLReport.reviewed(last.data, basis: basis, snapshot: try workspace.reviewedGraph(), analysis: analysis)
                return Version(number: 0, revision: last.revision, reviewRevision: reviewRevision, data: made.data, agenda: made.agenda, basis: made.basis)
            }
            drafting = task
            let result = await task.result
            drafting = nil
            var version = try result.get()
            // A correction or a re-reading came in meanwhile: draft again on what it made.
            guard epoch == startedIn else { continue }
            number += 1
            version.number = number
            self.basis = version.basis
            self.last = version
            shownDecisions = covering
        }
    }

    private func changed(_ outcome: Workspace.CorrectionOutcome) throws -> Version {
        analysis = outcome.analysis
        groupMaps = outcome.run.maps
        return try current()
    }
}
