public import Clustering
import Export
public import Foundation
import Graph
public import Workspace

/// The report of one corpus, live: the page and its data as the latest change left them,
/// answered at once, and every change — a correction, an undo, a new reading of the
/// documents — handed to a ``ReportEditor`` that makes them one at a time and announced to
/// every open page.
public actor LiveReport {
    private let editor: ReportEditor
    private var shown: ReportEditor.Version
    /// The page and the JSON of the version shown, made once per version.
    private var pageCache: (number: Int, page: String)?
    private var jsonCache: (number: Int, json: Data)?
    private var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]
    /// Counts the changes, corrections and re-readings alike: what open pages are told.
    private var generation = 0
    /// The token the page sends with every change, so that no other site can make one.
    public nonisolated let sessionToken: String
    private nonisolated let workspace: Workspace

    /// Makes the report of `workspace`'s stored graph. `groupMaps` are the maps of the groups'
    /// stored clusters, by group id, when the caller clustered them with maps
    /// (`Workspace.cluster(…, maps: true)`).
    ///
    /// - Throws: what reading the stored graph throws.
    public init(workspace: Workspace, analysis: TextAnalysis, groupMaps: [String: NoteMap] = [:], sessionToken: String) async throws {
        let editor = ReportEditor(workspace: workspace, analysis: analysis, groupMaps: groupMaps)
        self.workspace = workspace
        self.editor = editor
        shown = try await editor.current()
        self.sessionToken = sessionToken
    }

    /// The revision of the corrections file the report shows: what a change is made against.
    public func revision() -> String { shown.revision }

    /// The page, with the corrections controls and the revision it shows.
    public func page() async throws -> String {
        try await settle()
        if let pageCache, pageCache.number == shown.number { return pageCache.page }
        let page = try HTMLReportWriter().page(shown.data, agenda: shown.agenda, live: .init(sessionToken: sessionToken, revision: shown.revision, reviewRevision: shown.reviewRevision))
        pageCache = (shown.number, page)
        return page
    }

    /// The data the page draws, with its revisions and the agenda tab's HTML, as JSON.
    public func reportJSON() async throws -> Data {
        try await settle()
        if let jsonCache, jsonCache.number == shown.number { return jsonCache.json }
        struct Answer: Encodable {
            var revision: String
            var reviewRevision: String
            var report: ReportData
            var agenda: String
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let agenda = HTMLReportWriter().agendaFragment(shown.agenda, data: shown.data)
        let json = try encoder.encode(Answer(revision: shown.revision, reviewRevision: shown.reviewRevision, report: shown.data, agenda: agenda))
        jsonCache = (shown.number, json)
        return json
    }

    /// Who made each review decision in force and when, as JSON (a team's store; an empty
    /// list where the decisions are the corpus's files).
    public nonisolated func authorship() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(try workspace.reviewAuthorship())
    }

    /// Makes `correction` against `revision` (the view's; `nil` takes the current one), as
    /// `author`; returns the new revision, which the report shows by then.
    public func correct(_ correction: ClusterCorrection, basedOn revision: String?, by author: String) async throws -> String {
        show(try await editor.correct(correction, basedOn: revision, by: author))
    }

    /// Stores a review decision against `revision` (the view's revision of the review), as
    /// `author`, and returns the review's new revision; the report shows it once drafted again,
    /// which the next ask for the report waits for.
    public func review(_ decision: ReviewDecision, basedOn revision: String?, by author: String) async throws -> String {
        let made = try await editor.review(decision, basedOn: revision, by: author)
        announce()
        // Drafted in the background, so that the report is ready, or nearly, when asked for.
        let editor = editor
        Task { _ = try? await editor.settled() }
        return made
    }

    /// Shows the newest version once it has every decision stored (without announcing it:
    /// the decisions were announced when they were stored).
    private func settle() async throws {
        let version = try await editor.settled()
        if version.number > shown.number {
            shown = version
            pageCache = nil
            jsonCache = nil
        }
    }

    /// Takes the last change made here back (a correction or a review decision), against the
    /// view's revisions of `clusters.yaml` and `agenda-review.yaml`.
    public func undo(basedOn revision: String?, reviewRevision: String? = nil, by author: String) async throws -> String {
        show(try await editor.undo(basedOn: revision, reviewRevision: reviewRevision, by: author))
    }

    /// Reads the corpus's documents again (those whose content changed are replaced, as
    /// `agenda ingest` does), clusters the groups and links the agenda again.
    public func reingest() async throws -> String {
        show(try await editor.reingest())
    }

    /// Shows `version` unless a newer one is shown already, and tells the open pages.
    private func show(_ version: ReportEditor.Version) -> String {
        if version.number > shown.number {
            shown = version
            pageCache = nil
            jsonCache = nil
        }
        announce()
        return version.revision
    }

    /// Tells the open pages that something changed.
    private func announce() {
        generation += 1
        for continuation in subscribers.values { continuation.yield(String(generation)) }
    }

    /// The number of the latest change, sent to each open page when it connects and after
    /// every change (server-sent events).
    public func events() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        continuation.yield(String(generation))
        return stream
    }

    private func unsubscribe(_ id: UUID) { subscribers[id] = nil }
}
