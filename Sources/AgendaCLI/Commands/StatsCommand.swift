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
        let statistics = try store.workspace().statistics()
        let nodes = Dictionary(uniqueKeysWithValues: statistics.nodes.map { ($0.key.rawValue, $0.value) })
        let edges = Dictionary(uniqueKeysWithValues: statistics.edges.map { ($0.key.rawValue, $0.value) })
        if json {
            try JSONOutput.print(Output(documents: statistics.documents, runs: statistics.runs, nodes: nodes, edges: edges, nodeTotal: statistics.nodeTotal, edgeTotal: statistics.edgeTotal))
            return
        }
        Console.out("documents: \(statistics.documents)")
        Console.out("runs (clustering, cross-links): \(statistics.runs)")
        Console.out("nodes: \(statistics.nodeTotal)")
        for (kind, count) in nodes.sorted(by: { $0.key < $1.key }) { Console.out("  \(kind): \(count)") }
        Console.out("edges: \(statistics.edgeTotal)")
        for (kind, count) in edges.sorted(by: { $0.key < $1.key }) { Console.out("  \(kind): \(count)") }
    }
}
