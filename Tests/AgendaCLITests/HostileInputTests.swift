import Foundation
import Testing

/// Real and hostile inputs through the command line: each bad file gets one `error:` line naming
/// it, a non-zero exit, bounded time and memory, and the database keeps what it had.
@Suite struct HostileInputTests {
    static let docx = AgendaRunner.root.appendingPathComponent("Tests/DocumentsTests/Fixtures/docx")
    static let odt = AgendaRunner.root.appendingPathComponent("Tests/DocumentsTests/Fixtures/odt")
    static let qdpx = AgendaRunner.root.appendingPathComponent("Tests/DocumentsTests/Fixtures/qdpx")

    func assertRefused(_ agenda: AgendaRunner, _ file: String, kind: String, _ arguments: [String] = [], mentioning words: String) throws {
        let before = try agenda.run("stats", "--json").stdout
        let result = try agenda.runArray(["ingest", file, "--kind", kind] + arguments)
        #expect(result.status != 0, "\(file)")
        #expect(result.stderr.hasPrefix("error: "), "\(file): \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(file): \(result.stderr)")
        #expect(result.stderr.contains(file.split(separator: "/").last.map(String.init) ?? file))
        #expect(result.stderr.contains(words), "\(file): \(result.stderr)")
        #expect(try agenda.run("stats", "--json").stdout == before, "\(file)")
    }

    /// A hang would be a failure (the time limit); how fast is for the benchmarks.
    @Test(.timeLimit(.minutes(5))) func refusesHostileAndBrokenFilesKeepingTheDatabase() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        // Word and LibreOffice files alike: entities, a zip bomb, a cut-off archive.
        for (folder, ext) in [(Self.docx, "docx"), (Self.odt, "odt")] {
            for (name, arguments, words) in [
                ("external-entity", [], "entities"), ("billion-laughs", [], "entities"),
                ("zip-bomb", ["--max-inflate", "16"], "inflate"), ("truncated", [], "." + ext),
            ] {
                try FileManager.default.copyItem(at: folder.appendingPathComponent("\(name).\(ext)"), to: agenda.file("\(name).\(ext)"))
                try assertRefused(agenda, "\(name).\(ext)", kind: "workshop-report", arguments, mentioning: words)
            }
        }

        // QDA projects: entities, a text outside the archive, a selection past its text's end.
        for (name, words) in [("entities", "entities"), ("outside-path", "outside the project"), ("bad-offsets", "outside its text")] {
            try FileManager.default.copyItem(at: Self.qdpx.appendingPathComponent("\(name).qdpx"), to: agenda.file("\(name).qdpx"))
            try assertRefused(agenda, "\(name).qdpx", kind: "notes", mentioning: words)
        }

        try Data().write(to: agenda.file("leeg.txt"))
        try assertRefused(agenda, "leeg.txt", kind: "notes", mentioning: "empty")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: agenda.file("plaatje.txt"))
        try assertRefused(agenda, "plaatje.txt", kind: "notes", mentioning: "binary")
        try Data([0x61, 0x81, 0x62]).write(to: agenda.file("kapot.txt"))
        try assertRefused(agenda, "kapot.txt", kind: "notes", mentioning: "offset 1")
    }

    @Test(.timeLimit(.minutes(5))) func survivesAbsurdLinesAndDeepLists() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        let long = String(repeating: "woord ", count: 200_000)
        let deep = (0..<2_000).map { String(repeating: " ", count: $0 % 200) + "- niveau \($0)" }.joined(separator: "\n")
        try ("Groep een\n1. Thema\n· " + long + "\n" + deep).write(to: agenda.file("raar.md"), atomically: true, encoding: .utf8)
        let result = try agenda.run("ingest", "raar.md", "--kind", "workshop-report")
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// Killed while it writes — the moment SQLite's rollback journal appears beside the
    /// database — an ingest leaves the database as it was. A run that ends before it could be
    /// killed while writing is a failure, not a pass.
    @Test func aKilledIngestLeavesTheDatabaseAsItWas() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        let before = try agenda.run("stats", "--json").stdout
        let big = (1...60_000).map { "Notitie nummer \($0) over werk, zorg en leren" }.joined(separator: "\n")
        try big.write(to: agenda.file("groot.txt"), atomically: true, encoding: .utf8)
        let journal = agenda.file("agenda.sqlite-journal").path
        for round in 1...3 {
            let process = Process()
            process.executableURL = AgendaRunner.executable
            process.arguments = ["ingest", "groot.txt", "--kind", "notes"]
            process.currentDirectoryURL = agenda.workingDirectory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            var writing = false
            while process.isRunning, !writing {
                writing = FileManager.default.fileExists(atPath: journal)
                if !writing { usleep(200) }
            }
            // Into the write by a little more each round.
            usleep(useconds_t(round - 1) * 20_000)
            let killed = kill(process.processIdentifier, SIGKILL) == 0
            process.waitUntilExit()
            #expect(writing && killed && process.terminationReason == .uncaughtSignal, "round \(round): the ingest ended before it could be killed while writing")
            #expect(try agenda.run("stats", "--json").stdout == before, "killed while writing, round \(round)")
        }
        // Afterwards the database works as ever.
        let again = try agenda.run("ingest", "groot.txt", "--kind", "notes")
        #expect(again.status == 0)
        let stats = try #require(try agenda.json("stats", "--json") as? [String: Any])
        #expect(stats["documents"] as? Int == 6)
    }
}
