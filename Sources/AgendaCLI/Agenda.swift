import ArgumentParser
import Foundation
import Clustering
import Export
import Graph

/// The `agenda` command: builds a research agenda and a knowledge graph from workshop material.
@main
struct Agenda: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Turn workshop reports into a knowledge graph and a draft research agenda.",
        version: AgendaVersion.current,
        subcommands: [BuildCommand.self, IngestCommand.self, StatsCommand.self, ListCommand.self, ShowCommand.self, ClusterCommand.self, EvaluateCommand.self, LinkCommand.self, ExportCommand.self]
    )

    /// Runs the command, reporting toolkit errors as one `error:` sentence on stderr.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // The toolkit's own errors read as one sentence; argument errors, help and
            // --version are ArgumentParser's to print.
            guard let sentence = Self.sentence(for: error) else { exit(withError: error) }
            Console.error(sentence)
            Foundation.exit(1)
        }
    }

    static func sentence(for error: any Error) -> String? {
        switch error {
        case let error as GraphError: error.description
        case let error as ExportError: error.description
        case let error as ClusteringError: error.description
        case let error as CommandFailure: error.message
        default: nil
        }
    }
}
