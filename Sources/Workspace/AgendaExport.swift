import Clustering
public import Export
public import Foundation
public import Graph
public import Linking

/// The draft agenda of a graph and the account of how it was made, composed once as the
/// document every agenda format lays out.
public struct AgendaExport: Sendable {
    public var draft: AgendaDraft
    public var account: AgendaComposer.Account
    /// What `agenda.md`, `agenda.docx` and the report's agenda show.
    public var document: AgendaDocument

    /// Drafts the agenda of `snapshot` with the text analysis `analysis`; `draft` is one made
    /// from the same documents before (the draft does not depend on the clusters), `indexes`
    /// the draft's text indexes made before (they do not depend on the review).
    public init(_ snapshot: GraphSnapshot, analysis: TextAnalysis, draft: AgendaDraft? = nil, reusing indexes: AgendaSynthesizer.Indexes? = nil) {
        let synthesizer = AgendaSynthesizer(setup: analysis.setup)
        self.draft = draft ?? synthesizer.draft(snapshot, reusing: indexes)
        let account = AgendaComposer.Account(
            documents: snapshot.documents,
            parameters: [
                ("drempel voor het samenvoegen van thema's", String(synthesizer.mergeThreshold)),
                ("drempel voor het samenvoegen van vragen tot indicatieve vragen", String(synthesizer.duplicateThreshold)),
                ("drempel voor geeltjes die een vraag steunen", String(synthesizer.noteThreshold)),
                ("drempel voor thema's over speerpunten heen", String(synthesizer.crossCuttingThreshold)),
            ] + snapshot.runs.map { ("bewerking", $0.command) },
            agreement: Self.storedAgreement(snapshot),
            version: AgendaVersion.current)
        self.account = account
        document = AgendaComposer().document(self.draft, account: account)
    }

    /// Writes the agenda in `format` to `url`, atomically, with the renderer `renderers` hold for it.
    ///
    /// - Throws: ``ExportError`` when no renderer has the format or the file cannot be written.
    public func write(_ format: AgendaFormat, to url: URL, renderers: AgendaRenderers = .standard()) throws {
        let data = try renderers.renderer(for: format).render(document)
        try AtomicFile(url).write { output in output.write(bytes: data) }
    }

    /// The agreement of the stored per-group clusters with the themes of the groups that
    /// grouped their notes, in Dutch; `nil` when there is nothing to compare.
    static func storedAgreement(_ snapshot: GraphSnapshot) -> String? {
        let groupRun = ClusterScope.group.runID
        let clusters = Set(snapshot.nodes.filter { $0.kind == .cluster && $0.provenance.document == groupRun }.map(\.id))
        var clusterOf: [String: String] = [:]
        for edge in snapshot.edges where edge.kind == .assignedTo && clusters.contains(edge.target) {
            clusterOf[edge.source] = edge.target
        }
        let groups = snapshot.groupNotes(themedOnly: true).filter(\.isSelfGrouped)
        let scores = groups.compactMap { group -> Double? in
            let assigned = group.notes.compactMap { clusterOf[$0.id] }
            guard assigned.count == group.notes.count else { return nil }
            return Agreement.adjustedRandIndex(group.themes.map { $0 ?? "" }, assigned)
        }
        guard !scores.isEmpty else { return nil }
        let mean = scores.reduce(0, +) / Double(scores.count)
        return "gemiddelde adjusted Rand index \(String(format: "%.2f", mean).replacingOccurrences(of: ".", with: ",")) over \(scores.count) groepen (0 is toeval, 1 is gelijk)"
    }
}
