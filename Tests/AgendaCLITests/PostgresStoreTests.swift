import Foundation
import TestSupport
import Testing

/// The bundled corpus kept on a PostgreSQL server, as a team would: the same outputs as from
/// an SQLite file, and a project moved between the two.
@Suite struct PostgresStoreTests {
    static let outputs = ["out/agenda.md", "out/graph.graphml", "out/index.html", "out/agenda.docx"]

    @Test func buildsTheSameStatsAndOutputsIntoPostgreSQLAsIntoSQLite() throws {
        let sqlite = try AgendaRunner.withBuiltCorpus()
        let postgres = try AgendaRunner.withCorpusCopy()
        let address = try TestPostgres.address(for: postgres.workingDirectory)
        let build = try postgres.run("build", "--db", address)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("error"))
        for output in Self.outputs {
            #expect(try Data(contentsOf: postgres.file(output)) == Data(contentsOf: sqlite.file(output)), "\(output) differs")
        }
        let stats = (try sqlite.run("stats", "--json"), try postgres.run("stats", "--json", "--db", address))
        #expect(stats.1.status == 0 && !stats.0.stdout.isEmpty)
        #expect(stats.0.stdout == stats.1.stdout)
        // A second build finds every document unchanged in PostgreSQL too.
        let again = try postgres.run("ingest", "corpus", "--db", address)
        #expect(again.stdout.components(separatedBy: "\n").filter { $0.contains(": unchanged") }.count == 5, "\(again.stdout)")
    }

    @Test func copiesAProjectToPostgreSQLAndBackWithTheSameExports() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        let address = try TestPostgres.address(for: agenda.workingDirectory)
        let there = try agenda.run("db", "copy", "--from", "agenda.sqlite", "--to", address)
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout.contains("copied 5 documents, 2 runs") && there.stdout.contains("counts of both databases agree"))
        let back = try agenda.run("db", "copy", "--from", address, "--to", "back.sqlite")
        #expect(back.status == 0, "\(back.stderr)")
        for (database, name) in [(address, "postgres"), ("back.sqlite", "back")] {
            #expect(try agenda.run("export", "graphml", "--db", database, "-o", "\(name).graphml").status == 0)
            #expect(try Data(contentsOf: agenda.file("\(name).graphml")) == Data(contentsOf: agenda.file("out/graph.graphml")), "\(name) differs")
        }
        // A database that holds a graph is never overwritten.
        let again = try agenda.run("db", "copy", "--from", "agenda.sqlite", "--to", address)
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("error: postgresql://") && again.stderr.contains("already holds a graph"))
    }

    @Test func saysWhatIsWrongWithAnAddressOrAServerInOneSentence() throws {
        let agenda = try AgendaRunner.withEmptyFolder()
        let unreachable = try agenda.run("stats", "--db", "postgresql://agenda:geheim@127.0.0.1:1/agenda?sslmode=disable")
        #expect(unreachable.status == 1)
        #expect(unreachable.stderr.hasPrefix("error: postgresql://agenda@127.0.0.1:1/agenda: the connection to the server failed"))
        // The password is never shown.
        #expect(!unreachable.stderr.contains("geheim"))
        let noDatabase = try agenda.run("stats", "--db", "postgresql://127.0.0.1:5432")
        #expect(noDatabase.stderr == "error: postgresql://127.0.0.1:5432: names no database after the host; write it as postgresql://user@host:5432/database\n")
    }
}
