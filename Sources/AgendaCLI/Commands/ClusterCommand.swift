import AgendaArguments
import ArgumentParser
import Clustering
import Foundation
import Workspace

/// `agenda cluster`: group notes by meaning, from a file or from the database.
struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Cluster notes by text similarity.",
        discussion: """
            With FILE (one note per line, a Markdown or Word list, or a CSV/TSV board export) the \
            notes are read as `agenda ingest --kind notes` reads them, clustered, and the result \
            printed; no database is touched. Without FILE the notes in the database are clustered \
            per group, per workshop or all together, and the run is stored as cluster nodes.
            """
    )

    @Argument(help: "A file of notes.")
    var file: String?

    @Option(help: "Without FILE: cluster per group, per workshop, or all notes together.")
    var scope: ClusterScope = .group

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var options: ClusteringOptions
    @OptionGroup var store: StoreOptions

    /// The JSON `cluster FILE --json` prints; its shape is part of the command-line contract.
    struct FileOutput: Encodable {
        struct Cluster: Encodable {
            var label: String
            var keywords: [String]
            var members: [Int]
            /// The members that fit least clearly, least certain first.
            var uncertain: [Int]
        }
        /// How well one note fits its cluster, and why.
        struct Note: Encodable {
            var confidence: Double
            var next: Int?
            var shared: [String]
        }
        var k: Int
        var assignments: [Int]
        var clusters: [Cluster]
        /// Per input note, in input order.
        var notes: [Note]

        init(_ result: ClusterResult) {
            k = result.k
            assignments = result.assignments
            clusters = result.clusters.enumerated().map { number, cluster in
                Cluster(label: cluster.label, keywords: cluster.keywords, members: cluster.members, uncertain: result.leastCertain(in: number))
            }
            notes = result.notes.map { Note(confidence: NoteFit.rounded($0.confidence), next: $0.nextCluster, shared: $0.sharedTerms) }
        }
    }

    func run() throws {
        let corpus = URL(fileURLWithPath: options.corpus)
        if let file {
            let analysis = try TextAnalysis.load(corpus: corpus, settings: options.settings, reporter: ConsoleReporter())
            let (notes, result) = try Workspace.cluster(file: file, count: options.k, analysis: analysis)
            if json {
                try JSONOutput.print(FileOutput(result))
            } else {
                Self.printClusters(result, texts: notes)
            }
            return
        }
        let workspace = try store.workspace(corpus: options.corpus)
        let run = try workspace.cluster(scope: scope, count: options.k, analysis: try workspace.textAnalysis(options.settings))
        if json {
            try JSONOutput.print(run.summary)
            return
        }
        for part in run.parts {
            Console.out("\(part.title): \(part.result.k) clusters of \(part.notes.count) notes")
            for cluster in part.result.clusters {
                let representative = part.notes[cluster.representative]
                Console.out("  \(cluster.label) (\(cluster.members.count)): e.g. \(representative.text ?? representative.label)")
            }
        }
    }

    static func printClusters(_ result: ClusterResult, texts: [String]) {
        Console.out("\(result.k) clusters of \(texts.count) notes (silhouette \(String(format: "%.3f", result.silhouette)))")
        for (number, cluster) in result.clusters.enumerated() {
            Console.out("")
            Console.out("\(number). \(cluster.label) — \(cluster.keywords.joined(separator: ", "))")
            Console.out("   representative: \(texts[cluster.representative])")
            for member in cluster.members { Console.out("   - \(texts[member])") }
            let uncertain = result.leastCertain(in: number)
            for note in uncertain {
                let fit = result.notes[note]
                let next = fit.nextCluster.map { "; next best: \(result.clusters[$0].label)" } ?? ""
                Console.out("   check first: \(texts[note]) (confidence \(String(format: "%.2f", fit.confidence))\(next))")
            }
        }
    }
}
