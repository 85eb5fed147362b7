import ArgumentParser
import Foundation
import Graph
import Workspace

/// `agenda users`: the people of a team server.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Add the people who may use a team server, or list them.",
        subcommands: [Add.self, List.self]
    )

    /// `agenda users add NAME`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a person (or give them a new token, which ends the old one) and print the access token, once.",
            discussion: "The database keeps only a digest of the token: give it to them now, with the server's address."
        )

        @Argument(help: "The name, as the log and the page show it.")
        var name: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            let token = try store.workspace().addTeamMember(name)
            Console.out("added \(name.trimmingCharacters(in: .whitespacesAndNewlines)); the access token, shown only now: \(token)")
            Console.out("open the team server at http://HOST:PORT/?access=\(token)")
        }
    }

    /// `agenda users list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the people who may use a team server, and when each got a token.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            for member in try store.workspace().teamMembers() { Console.out("\(member.name)\t\(member.added)") }
        }
    }
}

/// `agenda log`: who decided what, and when.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List every correction and review decision a team's database holds, with who made it and when.",
        discussion: "One person's SQLite database keeps no history: the decisions in force are clusters.yaml and agenda-review.yaml in the corpus folder."
    )

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var store: StoreOptions

    struct Entry: Encodable {
        var sequence: Int
        var time: String
        var author: String
        var set: String
        var change: String
    }

    func run() throws {
        let workspace = try store.workspace()
        let history = try workspace.decisionHistory()
        if json {
            try JSONOutput.print(history.map { Entry(sequence: $0.sequence, time: $0.time, author: $0.author, set: $0.set.rawValue, change: $0.change) })
            return
        }
        if history.isEmpty && !workspace.sharesDecisions {
            Console.warning("\(store.location) keeps no history of decisions: they are clusters.yaml and agenda-review.yaml in the corpus folder")
        }
        for version in history {
            Console.out("#\(version.sequence)\t\(version.time)\t\(version.author)\t\(version.set.rawValue)\t\(version.change)")
        }
    }
}

/// `agenda corrections export|import`: the decisions between a database and files.
struct CorrectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corrections",
        abstract: "Move the corrections and review decisions between a team's database and files.",
        subcommands: [Export.self, Import.self]
    )

    /// `agenda corrections export [--output FOLDER]`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the decisions in force as clusters.yaml and agenda-review.yaml."
        )

        @Argument(help: "The corpus folder.")
        var corpus: String = "corpus"

        @Option(name: .shortAndLong, help: "The folder to write them into (default: the corpus folder).")
        var output: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let workspace = try store.workspace(corpus: corpus)
            for transfer in try workspace.exportDecisions(to: URL(fileURLWithPath: output ?? corpus)) {
                Console.out("wrote \(transfer.file.path)\(transfer.changed ? "" : " (unchanged)")")
            }
        }
    }

    /// `agenda corrections import [--from FOLDER]`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make the decisions of clusters.yaml and agenda-review.yaml the ones in force.",
            discussion: "In a team's database each becomes a new version in the history, under your name."
        )

        @Argument(help: "The corpus folder.")
        var corpus: String = "corpus"

        @Option(help: "The folder to read them from (default: the corpus folder).")
        var from: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let workspace = try store.workspace(corpus: corpus)
            let transfers = try workspace.importDecisions(from: URL(fileURLWithPath: from ?? corpus), by: ServeCommand.localUser())
            if transfers.isEmpty { Console.warning("\(from ?? corpus) holds neither clusters.yaml nor agenda-review.yaml; nothing was imported") }
            for transfer in transfers {
                Console.out("\(transfer.changed ? "imported" : "unchanged:") \(transfer.file.path)")
            }
        }
    }
}
