import ArgumentParser
import Foundation
import Graph

/// `agenda build`: the main job on a corpus folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Ingest a corpus, cluster and link it, and write the graph, the draft agenda and the report."
    )

    @Argument(help: "The corpus folder, with corpus.yaml.")
    var corpus: String = "corpus"

    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String = "out"

    @OptionGroup var store: StoreOptions
    @OptionGroup var limits: ReadLimitOptions

    func run() throws {
        let summary = try store.workspace(corpus: corpus, readers: limits.readers).build(output: URL(fileURLWithPath: output))
        for report in summary.ingested { Console.out(report.summary) }
        Console.out("clustered the notes of \(summary.clusters.parts.count) groups into \(summary.clusters.clusterCount) clusters")
        Console.out("linked \(summary.links.linksTo.count) questions and themes to systemic questions, \(summary.links.addresses.count) initiatives to themes and questions")
        let statistics = summary.statistics
        let kinds = NodeKind.allCases.compactMap { kind in statistics.nodes[kind].map { "\($0) \(kind.rawValue)" } }
        Console.out("graph: \(statistics.documents) documents, \(statistics.nodeTotal) nodes (\(kinds.joined(separator: ", "))), \(statistics.edgeTotal) edges")
        Console.out("wrote \(summary.graphFile.path)")
        Console.out("wrote \(summary.agendaFile.path)")
        Console.out("wrote \(summary.wordFile.path)")
        Console.out("wrote \(summary.reportFile.path)")
    }
}
