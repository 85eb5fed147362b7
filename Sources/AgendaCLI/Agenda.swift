import Reportable
import ArgumentParser
import Foundation
import Graph

/// The `agenda` command: builds a research agenda and a knowledge graph from workshop material.
@main
struct Agenda: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Turn workshop reports into a knowledge graph and a draft research agenda.",
        version: AgendaVersion.current,
        subcommands: [BuildCommand.self, IngestCommand.self, StatsCommand.self, ListCommand.self, ShowCommand.self, ClusterCommand.self, AssignCommand.self, EvaluateCommand.self, LinkCommand.self, ExportCommand.self, ServeCommand.self, DatabaseCommand.self, UsersCommand.self, LogCommand.self, CorrectionsCommand.self]
    )

    /// Runs the command, reporting the toolkit's errors as one `error:` sentence on stderr.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as any ReportableError {
            Console.error(error.description)
            Foundation.exit(1)
        } catch {
            // Usage errors, help and --version are ArgumentParser's to print.
            exit(withError: error)
        }
    }
}
