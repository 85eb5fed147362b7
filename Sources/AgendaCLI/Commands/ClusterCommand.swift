import ArgumentParser
import Clustering
import Foundation
import Graph

/// `agenda cluster`: group notes by meaning, from a file or from the database.
struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Cluster notes by text similarity.",
        discussion: """
            With FILE (one note per line, or CSV with a text column) the notes are clustered and the \
            result printed; no database is touched. Without FILE the notes in the database are \
            clustered per group, per workshop or all together, and the run is stored as cluster nodes.
            """
    )

    @Argument(help: "A file of notes.")
    var file: String?

    @Option(help: "Without FILE: cluster per group, per workshop, or all notes together.")
    var scope: String = ClusterScope.group.rawValue

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
        }
        var k: Int
        var assignments: [Int]
        var clusters: [Cluster]
    }

    func run() throws {
        let count = try options.count()
        let context = try ClusteringContext.load(options)
        if let file {
            let notes = try NoteFile.read(file)
            let result = context.setup.cluster(notes, count: count, corrections: context.corrections)
            if json {
                try JSONOutput.print(FileOutput(k: result.k, assignments: result.assignments, clusters: result.clusters.map { FileOutput.Cluster(label: $0.label, keywords: $0.keywords, members: $0.members) }))
            } else {
                Self.printClusters(result, texts: notes)
            }
            return
        }
        guard let scope = ClusterScope(rawValue: scope) else {
            throw CommandFailure(message: "'\(scope)' is not a scope; use group, workshop or all")
        }
        let store = try store.open()
        let run = try ClusterRun.make(scope: scope, count: count, context: context, snapshot: try store.snapshot())
        try run.store(in: store)
        if json {
            try JSONOutput.print(run.summary)
        } else {
            for part in run.parts {
                Console.out("\(part.title): \(part.result.k) clusters of \(part.notes.count) notes")
                for cluster in part.result.clusters {
                    Console.out("  \(cluster.label) (\(cluster.members.count)): e.g. \(part.notes[cluster.representative].text ?? part.notes[cluster.representative].label)")
                }
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
        }
    }
}
