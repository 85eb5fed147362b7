import Clustering
import Export
import Foundation
import Graph
import Linking

/// Drafting the agenda and writing it to a file, as `export markdown` and `build` do.
enum AgendaFile {
    static func write(store: GraphStore, corpus: String, to url: URL) throws {
        try write(store: store, context: try ClusteringContext.load(corpus: corpus), to: url)
    }

    /// Writes the agenda with the text analysis `context` already loaded.
    static func write(store: GraphStore, context: ClusteringContext, to url: URL) throws {
        let snapshot = try store.snapshot()
        let synthesizer = AgendaSynthesizer(setup: context.setup)
        let draft = synthesizer.draft(snapshot)
        let runs = snapshot.documents.filter { $0.kind == .linkRun || $0.kind == .clusterRun }
        let account = AgendaMarkdownWriter.Account(
            documents: snapshot.documents.filter { $0.kind != .linkRun && $0.kind != .clusterRun },
            parameters: [
                ("drempel voor het samenvoegen van thema's", String(synthesizer.mergeThreshold)),
                ("drempel voor bijna gelijke vragen", String(synthesizer.duplicateThreshold)),
                ("drempel voor thema's over speerpunten heen", String(synthesizer.crossCuttingThreshold)),
            ] + runs.map { ("bewerking", $0.path) },
            agreement: storedAgreement(snapshot),
            version: AgendaVersion.current)
        let writer = AgendaMarkdownWriter()
        try AtomicFile(url).write { output in writer.write(draft, account: account, to: &output) }
    }

    /// The agreement of the stored clusters with the themes of the groups that grouped their notes.
    static func storedAgreement(_ snapshot: GraphSnapshot) -> String? {
        var clusterOf: [String: String] = [:]
        for edge in snapshot.edges where edge.kind == .assignedTo && edge.target.hasPrefix(ClusterRun.documentID(.group)) {
            clusterOf[edge.source] = edge.target
        }
        let groups = snapshot.groupNotes(themedOnly: true).filter(\.isSelfGrouped)
        let scores = groups.compactMap { group -> Double? in
            let clusters = group.notes.map { clusterOf[$0.id] ?? "" }
            guard !clusters.contains("") else { return nil }
            return Agreement.adjustedRandIndex(group.themes.map { $0 ?? "" }, clusters)
        }
        guard !scores.isEmpty else { return nil }
        let mean = scores.reduce(0, +) / Double(scores.count)
        return "gemiddelde adjusted Rand index \(MarkdownScore.format(mean)) over \(scores.count) groepen (0 is toeval, 1 is gelijk)"
    }
}

enum MarkdownScore {
    static func format(_ value: Double) -> String {
        String(format: "%.2f", value).replacingOccurrences(of: ".", with: ",")
    }
}
