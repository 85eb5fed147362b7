import ArgumentParser
import Graph
import Workspace

/// `agenda show ID`: one node with its edges.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one node with its properties and edges."
    )

    @Argument(help: "The node's id, as `list` prints it.")
    var id: String

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var store: StoreOptions

    struct Output: Encodable {
        var node: NodeJSON
        var edges: [EdgeJSON]
    }

    func run() throws {
        let (node, edges) = try store.workspace().node(id: id)
        if json {
            try JSONOutput.print(Output(node: NodeJSON(node), edges: edges.map(EdgeJSON.init)))
            return
        }
        Console.out("\(node.id) [\(node.kind.rawValue)] \(node.label)")
        Console.out("  from \(node.provenance.document), line \(node.provenance.line)")
        if let text = node.text { Console.out("  text: \(text)") }
        for (key, value) in node.properties.sorted { Console.out("  \(key): \(value.display)") }
        for edge in edges {
            Console.out(edge.source == id ? "  → \(edge.kind.rawValue) \(edge.target)" : "  ← \(edge.kind.rawValue) \(edge.source)")
        }
    }
}
