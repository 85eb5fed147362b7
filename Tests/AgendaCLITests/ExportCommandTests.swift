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
        #expect(kinds.status != 0 && kinds.stderr.hasPrefix("error: 'geeltje' in --kinds is not a node kind"))
        let workshop = try agenda.run("export", "graphml", "--workshop", "zomer", "-o", "x.graphml")
        #expect(workshop.status != 0 && workshop.stderr.hasPrefix("error: no workshop is called 'zomer'"))
        let profile = try agenda.run("export", "graphml", "--profile", "gephi", "-o", "x.graphml")
        #expect(profile.status != 0 && profile.stderr.hasPrefix("error: "))
        #expect(!FileManager.default.fileExists(atPath: agenda.file("x.graphml").path))
    }
}
