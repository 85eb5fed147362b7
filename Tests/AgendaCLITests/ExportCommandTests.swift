import Foundation
import Testing

/// `agenda export graphml` and the graph `agenda build` writes.
@Suite struct ExportCommandTests {
    @Test func buildWritesTheGraphAndExportsAreByteIdentical() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        let build = try agenda.run("build")
        #expect(build.stdout.contains("wrote \(agenda.file("out/graph.graphml").path)"))
        let built = try Data(contentsOf: agenda.file("out/graph.graphml"))
        #expect(try agenda.run("export", "graphml", "-o", "again.graphml").status == 0)
        #expect(try Data(contentsOf: agenda.file("again.graphml")) == built)
        // Exporting over the existing file replaces it with the same bytes.
        #expect(try agenda.run("export", "graphml").status == 0)
        #expect(try Data(contentsOf: agenda.file("out/graph.graphml")) == built)
    }

    @Test func filtersByKindAndWorkshop() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        let result = try agenda.run("export", "graphml", "--kinds", "theme,question", "--workshop", "herwaardering van werk", "-o", "map.graphml")
        #expect(result.status == 0, "\(result.stderr)")
        let xml = try String(contentsOf: agenda.file("map.graphml"), encoding: .utf8)
        #expect(xml.contains("<data key=\"v_kind\">theme</data>"))
        #expect(!xml.contains("<data key=\"v_kind\">note</data>"))
        #expect(!xml.contains("inclusieve organisatie"))
        #expect(xml.contains("Basisbanen"))
    }

    @Test func writesTheYedProfile() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        #expect(try agenda.run("export", "graphml", "--profile", "yed", "-o", "yed.graphml").status == 0)
        let xml = try String(contentsOf: agenda.file("yed.graphml"), encoding: .utf8)
        #expect(xml.contains("<y:ShapeNode>"))
    }

    /// The map formats as a user writes them: each file where the command says, the same bytes
    /// on a second run, and the QDA project ingested again into another database.
    @Test func mapExportsAreByteIdenticalAndTheProjectIngestsAgain() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        for (format, file) in [("gexf", "out/graph.gexf"), ("cytoscape", "out/graph.cyjs"), ("qdpx", "out/agenda.qdpx")] {
            let first = try agenda.run("export", format)
            #expect(first.status == 0, "\(format): \(first.stderr)")
            #expect(first.stdout.hasPrefix("wrote \(file)"))
            let bytes = try Data(contentsOf: agenda.file(file))
            #expect(try agenda.run("export", format, "-o", "again").status == 0)
            #expect(try Data(contentsOf: agenda.file("again")) == bytes, "\(format)")
        }
        let vosviewer = try agenda.run("export", "vosviewer")
        #expect(vosviewer.stdout.contains("wrote out/vosviewer-agenda-map.txt") && vosviewer.stdout.contains("out/vosviewer-agenda-network.txt"))
        #expect(try String(contentsOf: agenda.file("out/vosviewer-agenda-map.txt"), encoding: .utf8).hasPrefix("id\tlabel\tdescription\tx\ty\tcluster\tweight<Links>\tweight<Notes>\n"))

        func noteCount(_ database: String) throws -> Int? {
            let stats = try agenda.run("stats", "--json", "--db", database).stdout
            let json = try JSONSerialization.jsonObject(with: Data(stats.utf8)) as? [String: Any]
            return (json?["nodes"] as? [String: Any])?["note"] as? Int
        }
        let notes = try #require(try noteCount("agenda.sqlite"))
        #expect(notes > 200)
        let ingest = try agenda.run("ingest", "out/agenda.qdpx", "--db", "other.sqlite")
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("notes, REFI-QDA .qdpx"))
        #expect(try noteCount("other.sqlite") == notes)
        #expect(try agenda.run("evaluate", "--db", "other.sqlite").status == 0)
    }

    @Test func refusesBadOptionsAndLeavesNoFile() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        let kinds = try agenda.run("export", "graphml", "--kinds", "theme,geeltje", "-o", "x.graphml")
        #expect(kinds.status == 64 && kinds.stderr.hasPrefix("Error: 'geeltje' in --kinds is not a node kind; use some of workshop, group"))
        let workshop = try agenda.run("export", "graphml", "--workshop", "zomer", "-o", "x.graphml")
        #expect(workshop.status != 0 && workshop.stderr.hasPrefix("error: no workshop is called 'zomer'"))
        let profile = try agenda.run("export", "graphml", "--profile", "gephi", "-o", "x.graphml")
        #expect(profile.status == 64 && profile.stderr.hasPrefix("Error: The value 'gephi' is invalid for '--profile <profile>'. Please provide one of 'plain' and 'yed'."))
        #expect(!FileManager.default.fileExists(atPath: agenda.file("x.graphml").path))
    }
}

/// `agenda link` and `agenda export markdown`.
@Suite struct AgendaCommandTests {
    @Test func buildWritesTheAgendaAndTheLinksAreStored() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        let markdown = try String(contentsOf: agenda.file("out/agenda.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# Onderzoeksagenda"))
        #expect(markdown.contains("## Speerpunt: herwaardering van werk"))
        let stats = try #require(try agenda.json("stats", "--json") as? [String: Any])
        let edges = try #require(stats["edges"] as? [String: Int])
        #expect((edges["links-to"] ?? 0) > 0)
        #expect((edges["addresses"] ?? 0) > 0)
        // The export writes the same agenda again, byte for byte.
        #expect(try agenda.run("export", "markdown", "-o", "again.md").status == 0)
        #expect(try String(contentsOf: agenda.file("again.md"), encoding: .utf8) == markdown)
    }

    @Test func linkPrintsJSONAndHonoursItsOptions() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        let strict = try #require(try agenda.json("link", "--threshold", "0.3", "--per-question", "1", "--json") as? [String: Any])
        let links = try #require(strict["linksTo"] as? [[String: Any]])
        #expect(links.allSatisfy { ($0["score"] as? Double ?? 0) >= 0.3 })
        let sources = links.compactMap { $0["source"] as? String }
        #expect(Set(sources).count == sources.count)
        #expect(links.allSatisfy { !(($0["sharedTerms"] as? [String]) ?? []).isEmpty })
        let bad = try agenda.run("link", "--threshold", "2")
        #expect(bad.status == 64 && bad.stderr.hasPrefix("Error: --threshold takes a number from 0 to 1"))
    }
}
