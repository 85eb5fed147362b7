import AgendaServer
import ArgumentParser
import Dispatch
import Foundation
import Synchronization
import Workspace

/// `agenda serve`: the report live in the browser, with corrections that stick.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the report as a local web app in which clusters can be corrected.",
        discussion: """
            Listens on 127.0.0.1 unless --host says otherwise; then it prints an access token in the address to open. \
            With a team's PostgreSQL database (--db postgresql://…), beyond loopback each person opens it with her own \
            token (agenda users add NAME), and every correction and decision is stored with her name. Ctrl-C stops it.
            """
    )

    @Argument(help: "The corpus folder, with corpus.yaml.")
    var corpus: String = "corpus"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "The address to listen on; anything but loopback asks for an access token.")
    var host: String = "127.0.0.1"

    @Option(help: "Seconds a connection may send nothing before it is closed.")
    var idleTimeout: Int = 30

    @Option(help: "The most connections held open at once (default: as many as the system's file limit allows, less 256).")
    var maxConnections: Int?

    @Flag(help: "Log every request on stderr, not only those that fail.")
    var verbose = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes a number from 0 to 65535, not \(port)") }
        guard (1...86_400).contains(idleTimeout) else { throw ValidationError("--idle-timeout takes a number of seconds from 1 to 86400, not \(idleTimeout)") }
        if let maxConnections, !(1...1_000_000).contains(maxConnections) {
            throw ValidationError("--max-connections takes a number from 1 to 1000000, not \(maxConnections)")
        }
    }

    func run() throws {
        let workspace = try store.workspace(corpus: corpus)
        for report in try workspace.ingestCorpus() { Console.out(report.summary) }
        let analysis = try workspace.textAnalysis()
        let run = try workspace.cluster(scope: .group, count: .automatic, analysis: analysis, maps: true)
        Console.out("clustered the notes of \(run.parts.count) groups into \(run.clusterCount) clusters")
        // The agenda's links, as `agenda build` makes them: what the review confirms or rejects.
        let links = try workspace.link(analysis: analysis)
        Console.out("linked \(links.linksTo.count) questions and themes to systemic questions, \(links.addresses.count) initiatives to themes and questions")
        var settings = ReportServer.Settings(host: host, port: port, idleTimeout: .seconds(idleTimeout), maximumConnections: maxConnections, verbose: verbose, localAuthor: Self.localUser())
        if !settings.isLoopback {
            if workspace.sharesDecisions {
                // A team server: each person signs in with her own token.
                guard try !workspace.teamMembers().isEmpty else {
                    throw WorkspaceError(file: store.location, problem: "no one may use this team server yet", remedy: "add the team's people first, each with `agenda users add NAME`")
                }
                settings.team = TeamAccess { token in try workspace.teamMember(withToken: token)?.name }
            } else {
                settings.accessToken = Workspace.newToken()
            }
        }
        let maps = run.maps

        // The command line is synchronous; the server runs on Swift's concurrency until Ctrl-C.
        let failure = Mutex<(any Error)?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                // The first page is made before the server listens, so that it answers at once.
                let report = try await LiveReport(workspace: workspace, analysis: analysis, groupMaps: maps, sessionToken: Workspace.newToken())
                let server = ReportServer(report: report, settings: settings)
                try await server.run(started: { address in Console.out("open \(address)   (Ctrl-C stops the server)") }, log: Console.log)
            } catch {
                failure.withLock { $0 = error }
            }
            done.signal()
        }
        done.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }

    /// Who makes the changes made on loopback: the local user.
    static func localUser() -> String {
        let name = ProcessInfo.processInfo.environment["USER"] ?? ""
        return name.isEmpty ? "local" : name
    }
}
