public import Clustering
public import Export
public import Foundation
import Graph
public import Workspace

/// The report of one corpus, live: the page and its data made from the current store, and every
/// change to it — a correction, an undo, a new reading of the documents — made one at a time
/// (an actor), announced to every open page.
public actor LiveReport {
    private let workspace: Workspace
    private var analysis: TextAnalysis
    /// The groups' maps, made with their clusters, so that the report does not make them again.
    private var groupMaps: [String: NoteMap]
    /// Earlier versions of the corrections, for undo; the newest last.
    private var history: [ClusterCorrections] = []
    private var cached: (revision: String, data: ReportData, agenda: String)?
    /// The page and the JSON as last written, for the revision they show: made once per change.
    private var pageCache: (revision: String, page: String)?
    private var jsonCache: (revision: String, json: Data)?
    private var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]
    /// Counts the changes, corrections and re-readings alike: what open pages are told.
    private var generation = 0
    /// The token the page sends with every change, so that no other site can make one.
    public nonisolated let sessionToken: String

    /// `groupMaps` are the maps of the groups' stored clusters, by group id, when the caller
    /// clustered them with maps (`Workspace.cluster(…, maps: true)`).
    public init(workspace: Workspace, analysis: TextAnalysis, groupMaps: [String: NoteMap] = [:], sessionToken: String) {
        self.workspace = workspace
        self.analysis = analysis
        self.groupMaps = groupMaps
        self.sessionToken = sessionToken
    }

    /// The revision of the corrections file now: what a change is made against.
    public func revision() -> String { workspace.correctionsFile.revision() }

    /// The page, with the corrections controls and the revision it shows.
    public func page() throws -> String {
        let (revision, data, agenda) = try current()
        if let pageCache, pageCache.revision == revision { return pageCache.page }
        let page = try HTMLReportWriter().page(data, agendaMarkdown: agenda, live: .init(sessionToken: sessionToken, revision: revision))
        pageCache = (revision, page)
        return page
    }

    /// The data the page draws, with its revision, as JSON.
    public func reportJSON() throws -> Data {
        let (revision, data, _) = try current()
        if let jsonCache, jsonCache.revision == revision { return jsonCache.json }
        struct Answer: Encodable {
            var revision: String
            var report: ReportData
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try encoder.encode(Answer(revision: revision, report: data))
        jsonCache = (revision, json)
        return json
    }

    private func current() throws -> (String, ReportData, String) {
        let revision = revision()
        if let cached, cached.revision == revision { return (cached.revision, cached.data, cached.agenda) }
        let report = HTMLReport(try workspace.store.snapshot(), analysis: analysis, groupMaps: groupMaps, readers: workspace.readers, reporter: workspace.reporter)
        cached = (revision, report.data, report.agendaMarkdown)
        return (revision, report.data, report.agendaMarkdown)
    }

    /// Makes `correction` against `revision` (the view's; `nil` takes the current one).
    public func correct(_ correction: ClusterCorrection, basedOn revision: String?) throws -> String {
        let outcome = try workspace.correct(correction, basedOn: revision, analysis: analysis)
        history.append(outcome.previous)
        return changed(outcome)
    }

    /// Takes the last correction made here back.
    public func undo(basedOn revision: String?) throws -> String {
        guard let previous = history.last else {
            throw WorkspaceError(problem: "there is no correction made here to undo", remedy: "make a correction first")
        }
        let outcome = try workspace.restoreCorrections(previous, basedOn: revision, analysis: analysis)
        history.removeLast()
        return changed(outcome)
    }

    /// Reads the corpus's documents again (those whose content changed are replaced, as
    /// `agenda ingest` does) and clusters the groups again.
    public func reingest() throws -> String {
        _ = try workspace.ingestCorpus()
        analysis = try workspace.textAnalysis()
        groupMaps = try workspace.cluster(scope: .group, count: .automatic, analysis: analysis, maps: true).maps
        invalidate()
        let revision = revision()
        announce()
        return revision
    }

    private func changed(_ outcome: Workspace.CorrectionOutcome) -> String {
        analysis = outcome.analysis
        groupMaps = outcome.run.maps
        invalidate()
        announce()
        return outcome.revision
    }

    /// Forgets the page and data made before a change.
    private func invalidate() {
        cached = nil
        pageCache = nil
        jsonCache = nil
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

    private func announce() {
        generation += 1
        for continuation in subscribers.values { continuation.yield(String(generation)) }
    }
}
