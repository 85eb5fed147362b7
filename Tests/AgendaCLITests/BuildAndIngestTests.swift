import Foundation
import Testing

/// The command line end to end, on a copy of the bundled corpus.
@Suite struct BuildAndIngestTests {
    @Test func buildsTheBundledCorpus() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        let build = try agenda.run("build")
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("bpa-werkateliers-2018: added, workshop-report, UTF-8"))
        #expect(build.stdout.contains("graph: 5 documents"))
        #expect(build.stdout.contains("clustered the notes of 11 groups into"))
        #expect(FileManager.default.fileExists(atPath: agenda.file("agenda.sqlite").path))

        let stats = try #require(try agenda.json("stats", "--json") as? [String: Any])
        #expect(stats["documents"] as? Int == 5)
        let nodes = try #require(stats["nodes"] as? [String: Int])
        #expect(nodes["workshop"] == 3)
        #expect(nodes["group"] == 12)
        #expect((nodes["note"] ?? 0) > 140)
    }

    @Test func listsNotesWithTextWorkshopGroupThemeAndLine() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        let notes = try #require(try agenda.json("list", "note", "--json") as? [[String: Any]])
        let lines = try String(contentsOf: agenda.file("corpus/bpa-werkateliers-2018.txt"), encoding: .utf8)
            .components(separatedBy: "\n")
        let note = try #require(notes.first { ($0["text"] as? String) == "Inclusieve cultuur bevorderen" })
        let properties = try #require(note["properties"] as? [String: String])
        #expect(properties["workshop"] == "inclusieve organisatie")
        #expect(properties["group"] == "Groep geel")
        #expect(properties["theme"]?.hasPrefix("Hoe faciliteren en motiveren we werkgevers") == true)
        let line = try #require(note["line"] as? Int)
        #expect(lines[line - 1] == "· Inclusieve cultuur bevorderen")
        #expect(notes.allSatisfy { $0["document"] as? String != nil && $0["line"] as? Int != nil })
    }

    @Test func ingestingTwiceChangesNothing() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        let before = try agenda.run("list", "note", "--json").stdout
        let statsBefore = try agenda.run("stats", "--json").stdout
        let again = try agenda.run("ingest", "corpus")
        #expect(again.status == 0)
        #expect(again.stdout.split(separator: "\n").allSatisfy { $0.contains(": unchanged,") })
        #expect(try agenda.run("stats", "--json").stdout == statsBefore)
        #expect(try agenda.run("list", "note", "--json").stdout == before)
    }

    @Test func aChangedLineReplacesOnlyThatDocumentsNodes() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        try "Thema werk\n· Eerste notitie\n· Tweede notitie\n".write(to: agenda.file("corpus/losse-notities.txt"), atomically: true, encoding: .utf8)
        try agenda.run("build")
        try agenda.run("ingest", "corpus/losse-notities.txt", "--kind", "notes")
        let notesBefore = try #require(try agenda.json("list", "note", "--json") as? [[String: Any]])

        let report = agenda.file("corpus/bpa-werkateliers-2018.txt")
        let original = try String(contentsOf: report, encoding: .utf8)
        try original.replacingOccurrences(of: "· Inclusieve cultuur bevorderen", with: "· Inclusieve cultuur versterken")
            .write(to: report, atomically: true, encoding: .utf8)
        let result = try agenda.run("ingest", "corpus/bpa-werkateliers-2018.txt")
        #expect(result.stdout.contains("bpa-werkateliers-2018: replaced"))

        let notesAfter = try #require(try agenda.json("list", "note", "--json") as? [[String: Any]])
        #expect(notesAfter.count == notesBefore.count)
        let changed = zip(notesBefore, notesAfter).filter { ($0.0["text"] as? String) != ($0.1["text"] as? String) }
        #expect(changed.count == 1)
        #expect(changed.first?.1["text"] as? String == "Inclusieve cultuur versterken")
        let loose = notesAfter.filter { $0["document"] as? String == "losse-notities" }
        #expect(loose.map { $0["text"] as? String } == ["Eerste notitie", "Tweede notitie"])
    }

    @Test func warnsAboutFilesTheManifestDoesNotList() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        try "iets".write(to: agenda.file("corpus/vergeten.txt"), atomically: true, encoding: .utf8)
        let build = try agenda.run("build")
        #expect(build.status == 0)
        #expect(build.stderr.contains("warning: ") && build.stderr.contains("vergeten.txt is not listed in corpus.yaml"))
    }
}

/// Errors read as one sentence naming the file and what to do, with a non-zero exit.
@Suite struct ErrorReportingTests {
    @Test func aFileWithoutKindIsRefused() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        try "Groep een".write(to: agenda.file("los.txt"), atomically: true, encoding: .utf8)
        let result = try agenda.run("ingest", "los.txt")
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.contains("los.txt") && result.stderr.contains("--kind"))
    }

    @Test func anEmptyFileIsRefusedAndTheDatabaseKept() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        let before = try agenda.run("stats", "--json").stdout
        try "".write(to: agenda.file("leeg.txt"), atomically: true, encoding: .utf8)
        let result = try agenda.run("ingest", "leeg.txt", "--kind", "notes")
        #expect(result.status != 0)
        #expect(result.stderr == "error: \(agenda.file("leeg.txt").path): the file is empty; add its text or leave it out of the corpus\n")
        #expect(try agenda.run("stats", "--json").stdout == before)
    }

    @Test func anUnknownKindOrFolderIsRefused() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        let kind = try agenda.run("list", "geeltje")
        // A usage error (exit 64) that names the value and lists the kinds.
        #expect(kind.status == 64 && kind.stderr.hasPrefix("Error: The value 'geeltje' is invalid for '<kind>'") && kind.stderr.contains("systemic-question"))
        let folder = try agenda.run("build", "nergens")
        #expect(folder.status != 0 && folder.stderr.hasPrefix("error: ") && folder.stderr.contains("nergens"))
    }
}

/// The lexicon shapes the graph, with no code change.
@Suite struct LexiconChangeTests {
    @Test func anOrganisationAddedToTheLexiconAppearsOnTheNextBuild() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        func organisations() throws -> [String] {
            try #require(try agenda.json("list", "organisation", "--json") as? [[String: Any]]).compactMap { $0["label"] as? String }
        }
        #expect(try !organisations().contains("Joris Zorg"))
        let lexicon = agenda.file("corpus/lexicon.yaml")
        let text = try String(contentsOf: lexicon, encoding: .utf8)
        try text.replacingOccurrences(of: "organisations:\n", with: "organisations:\n  - name: Joris Zorg\n    type: company\n")
            .write(to: lexicon, atomically: true, encoding: .utf8)
        let build = try agenda.run("build")
        #expect(build.stdout.contains("bpa-werkateliers-2018: replaced"))
        #expect(try organisations().contains("Joris Zorg"))
        let joris = try #require(try agenda.json("list", "organisation", "--json") as? [[String: Any]]).first { $0["label"] as? String == "Joris Zorg" }
        #expect((joris?["properties"] as? [String: String])?["type"] == "company")
    }
}
