import ArgumentParser
import Graph

/// `agenda stats`: counts of nodes and edges by kind, and documents.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the documents, and the nodes and edges by kind."
    )

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var store: StoreOptions

    struct Output: Encodable {
        var documents: Int
        var runs: Int
        var nodes: [String: Int]
        var edges: [String: Int]
        var nodeTotal: Int
        var edgeTotal: Int
    }

    func run() throws {
        let statistics = try store.open().statistics()
        if json {
            try JSONOutput.print(Output(documents: statistics.documents, runs: statistics.runs, nodes: statistics.nodes, edges: statistics.edges, nodeTotal: statistics.nodeTotal, edgeTotal: statistics.edgeTotal))
            return
        }
        Console.out("documents: \(statistics.documents)")
        Console.out("runs (clustering, cross-links): \(statistics.runs)")
        Console.out("nodes: \(statistics.nodeTotal)")
        for (kind, count) in statistics.nodes.sorted(by: { $0.key < $1.key }) { Console.out("  \(kind): \(count)") }
        Console.out("edges: \(statistics.edgeTotal)")
        for (kind, count) in statistics.edges.sorted(by: { $0.key < $1.key }) { Console.out("  \(kind): \(count)") }
    }
}
