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
