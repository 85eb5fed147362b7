import ArgumentParser
import Workspace

/// `agenda db`: moving a project's database.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Move a project's database between an SQLite file and a PostgreSQL server.",
        subcommands: [Copy.self, Check.self]
    )

    /// `agenda db copy --from A --to B`.
    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy everything a database holds into an empty one, and compare the counts.",
            discussion: """
                Documents, runs and the decisions' history go in one transaction; the counts of \
                both are compared at the end. Either side is an SQLite file or \
                postgresql://user@host/database; a password comes from PGPASSWORD.
                """
        )

        @Option(help: ArgumentHelp("The database to copy.", valueName: "file-or-address"))
        var from: String

        @Option(help: ArgumentHelp("The empty database to copy into (a new file, or an empty PostgreSQL database or schema).", valueName: "file-or-address"))
        var to: String

        func run() throws {
            let outcome = try DatabaseCopy.copy(from: from, to: to)
            let statistics = outcome.statistics
            Console.out("copied \(statistics.documents) documents, \(statistics.runs) runs, \(statistics.nodeTotal) nodes, \(statistics.edgeTotal) edges and \(outcome.decisions) decision versions; the counts of both databases agree")
        }
    }

    /// `agenda db check`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the database: its own checks of tables and indexes, then agenda's of the graph and the decisions."
        )

        @OptionGroup var store: StoreOptions

        func run() throws {
            let report = try store.workspace().checkIntegrity()
            for check in report.checks { Console.out("checked: \(check)") }
            guard report.problems.isEmpty else {
                for problem in report.problems { Console.error(problem) }
                throw ExitCode(1)
            }
            Console.out("no problems found")
        }
    }
}
