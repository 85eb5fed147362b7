import Foundation
import Testing

/// Every format `agenda ingest` reads, through the command line: the report as text, Word and
/// LibreOffice gives the same notes, and a board export needs no `--kind`.
@Suite struct IngestFormatsTests {
    static let fixtures = AgendaRunner.root.appendingPathComponent("Tests/DocumentsTests/Fixtures")

    @Test func readsTheReportFromEveryFormatAlike() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        let text = try String(contentsOf: agenda.file("corpus/bpa-werkateliers-2018.txt"), encoding: .utf8)
        try text.write(to: agenda.file("verslag.txt"), atomically: true, encoding: .utf8)
        try #require(text.data(using: .windowsCP1252)).write(to: agenda.file("verslag-oud.txt"))
        for (fixture, name) in [("docx/report.docx", "verslag-word.docx"), ("docx/report-styled.docx", "verslag-stijlen.docx"), ("odt/report.odt", "verslag-libreoffice.odt")] {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(fixture), to: agenda.file(name))
        }
        let names = ["verslag.txt", "verslag-oud.txt", "verslag-word.docx", "verslag-stijlen.docx", "verslag-libreoffice.odt"]
        for name in names {
            let result = try agenda.run("ingest", name, "--kind", "workshop-report")
            #expect(result.status == 0, "\(name): \(result.stderr)")
            if name == "verslag-oud.txt" { #expect(result.stdout.contains("Windows-1252")) }
            if name.hasSuffix(".odt") { #expect(result.stdout.contains("LibreOffice .odt")) }
        }
        let notes = try #require(try agenda.json("list", "note", "--json") as? [[String: Any]])
        func texts(_ document: String) -> [String] { notes.filter { $0["document"] as? String == document }.compactMap { $0["text"] as? String } }
        #expect(texts("verslag").count == 224)
        for name in names.dropFirst() {
            let document = String(name.prefix { $0 != "." })
            #expect(texts(document) == texts("verslag"), "\(name)")
        }
    }

    @Test func readsABoardExportWithoutAKindAndEvaluatesIt() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        let csv = """
            Content,Frame,Author
            "<p>Mantelzorg betalen en waarderen</p>",Mantelzorg,A
            "Mantelzorg naast betaald werk",Mantelzorg,B
            "Waardering voor mantelzorgers",Mantelzorg,C
            "Robots op de werkvloer",Robotisering,A
            "Robotisering en nieuwe banen",Robotisering,B
            "Wat betekenen robots voor werk?",Robotisering,C
            """
        try csv.write(to: agenda.file("bord.csv"), atomically: true, encoding: .utf8)
        let result = try agenda.run("ingest", "bord.csv")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("notes"))
        let evaluation = try #require(try agenda.json("evaluate", "--json") as? [String: Any])
        let groups = try #require(evaluation["groups"] as? [[String: Any]])
        #expect(groups.count == 1)
        #expect(groups.first?["notes"] as? Int == 6)
        #expect(evaluation["meanARI"] as? Double == 1)
    }

    /// A Mural-style export in which each table tagged its notes: two groups, each scored.
    @Test func scoresEachGroupOfATaggedBoardExport() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        let tsv = """
            Text\tTags\tArea title\tColor
            Mantelzorg betalen en waarderen\tTafel 1\tMantelzorg\t#FFF9B1
            Mantelzorg naast betaald werk\tTafel 1\tMantelzorg\t#FFF9B1
            Robots op de werkvloer\tTafel 1\tRobotisering\t#FFF9B1
            Robotisering en nieuwe banen\tTafel 1\tRobotisering\t#D5F692
            Scholing van oudere werknemers\tTafel 2\tLeren\t#FFF9B1
            Leren op de werkplek voor ouderen\tTafel 2\tLeren\t#FFF9B1
            Flexibele contracten en zekerheid\tTafel 2\tContracten\t#D5F692
            Zekerheid bij flexibele arbeidscontracten\tTafel 2\tContracten\t#D5F692
            """
        try tsv.write(to: agenda.file("murals.tsv"), atomically: true, encoding: .utf8)
        #expect(try agenda.run("ingest", "murals.tsv").status == 0)
        let evaluation = try #require(try agenda.json("evaluate", "--json") as? [String: Any])
        let groups = try #require(evaluation["groups"] as? [[String: Any]])
        #expect(groups.compactMap { $0["group"] as? String }.sorted() == ["Tafel 1", "Tafel 2"], "\(groups)")
        #expect(groups.allSatisfy { $0["notes"] as? Int == 4 && $0["ari"] is Double })
    }

    /// A Word or text file says nothing of its kind: the error says how to give it.
    @Test func asksForTheKindOfADocumentThatIsNoTable() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        try "Groep een\n1. Thema\n- notitie\n".write(to: agenda.file("los.txt"), atomically: true, encoding: .utf8)
        let result = try agenda.run("ingest", "los.txt")
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains("los.txt") && result.stderr.contains("--kind"), "\(result.stderr)")
    }
}
