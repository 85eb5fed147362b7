import ArgumentParser
import Clustering
import Export
import Foundation
import Graph
import Linking

/// `agenda build`: the main job on a corpus folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Ingest a corpus, cluster and link it, and write the graph and the draft agenda."
    )

    @Argument(help: "The corpus folder, with corpus.yaml.")
    var corpus: String = "corpus"

    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String = "out"

    @OptionGroup var store: StoreOptions
    @OptionGroup var inflate: InflateOptions

    func run() throws {
        let corpus = try Corpus.open(URL(fileURLWithPath: corpus))
        let store = try store.open()
        for report in try CorpusIngestion.ingest(corpus, into: store, limits: inflate.limits) {
            Console.out(CorpusIngestion.describe(report))
        }
        let context = try ClusteringContext.load(corpus: self.corpus)
        let run = try ClusterRun.make(scope: .group, count: .automatic, context: context, snapshot: try store.snapshot())
        try run.store(in: store)
        let clusterCount = run.parts.reduce(0) { $0 + $1.result.k }
        Console.out("clustered the notes of \(run.parts.count) groups into \(clusterCount) clusters")
        let links = try LinkCommand.compute(store: store, context: context, threshold: CrossLinker.defaultThreshold, perSource: CrossLinker.defaultPerSource)
        try links.store(in: store)
        Console.out("linked \(links.linksTo.count) questions and themes to systemic questions, \(links.addresses.count) initiatives to themes and questions")
        let statistics = try store.statistics()
        let kinds = NodeKind.allCases.compactMap { kind in
            statistics.nodes[kind.rawValue].map { "\($0) \(kind.rawValue)" }
        }
        Console.out("graph: \(statistics.documents) documents, \(statistics.nodeTotal) nodes (\(kinds.joined(separator: ", "))), \(statistics.edgeTotal) edges")
        let graphURL = URL(fileURLWithPath: output).appendingPathComponent("graph.graphml")
        try GraphMLFile.write(try store.snapshot(), profile: .plain, to: graphURL)
        Console.out("wrote \(graphURL.path)")
        let agendaURL = URL(fileURLWithPath: output).appendingPathComponent("agenda.md")
        try AgendaFile.write(store: store, context: context, to: agendaURL)
        Console.out("wrote \(agendaURL.path)")
    }
}
