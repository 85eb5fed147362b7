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
        let store = try store.workspace().store
        guard let node = try store.node(id: id) else {
            throw WorkspaceError(file: store.path, problem: "no node has the id '\(id)'", remedy: "`agenda list KIND` prints the ids")
        }
        let edges = try store.edges().filter { $0.source == id || $0.target == id }
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
