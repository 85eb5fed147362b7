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
        } catch let error as GraphError {
            Console.error(error.description)
            Foundation.exit(1)
        } catch let error as ExportError {
            Console.error(error.description)
            Foundation.exit(1)
        } catch let error as ClusteringError {
            Console.error(error.description)
            Foundation.exit(1)
        } catch let error as CommandFailure {
            Console.error(error.message)
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
