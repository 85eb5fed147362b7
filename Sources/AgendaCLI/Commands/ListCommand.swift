import AgendaArguments
import ArgumentParser
import Graph

/// `agenda list KIND`: the nodes of one kind with text, provenance and properties.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the nodes of one kind with their provenance."
    )

    @Argument(help: "The node kind.")
    var kind: NodeKind

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var store: StoreOptions

    func run() throws {
        let nodes = try store.workspace().nodes(kind: kind)
        if json {
            try JSONOutput.print(nodes.map(NodeJSON.init))
            return
        }
        for node in nodes {
            let context = [PropertyKey.workshop, .group, .theme].compactMap { key in node.properties.display(key).map { "\(key): \($0)" } }
            var line = "\(node.id)\t\(node.label)\t(\(node.provenance.document):\(node.provenance.line))"
            if !context.isEmpty { line += "\t" + context.joined(separator: "; ") }
            Console.out(line)
        }
    }
}
