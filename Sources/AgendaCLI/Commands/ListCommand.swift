import ArgumentParser
import Graph

/// `agenda list KIND`: the nodes of one kind with text, provenance and properties.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the nodes of one kind with their provenance."
    )

    @Argument(help: "The node kind: \(NodeKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var store: StoreOptions

    func run() throws {
        guard let nodeKind = NodeKind(rawValue: kind) else {
            throw CommandFailure(message: "'\(kind)' is not a node kind; use one of \(NodeKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let nodes = try store.open().nodes(kind: nodeKind)
        if json {
            try JSONOutput.print(nodes.map(NodeJSON.init))
            return
        }
        for node in nodes {
            let context = ["workshop", "group", "theme"].compactMap { key in node.properties[key].map { "\(key): \($0)" } }
            var line = "\(node.id)\t\(node.label)\t(\(node.provenance.document):\(node.provenance.line))"
            if !context.isEmpty { line += "\t" + context.joined(separator: "; ") }
            Console.out(line)
        }
    }
}
