import Foundation
import Testing
import TestSupport

/// The second round of hostile and unlucky inputs, each made here, through the command line a
/// lector types: no crash, no hang, nothing half-stored, nothing read from outside the corpus,
/// and one sentence that says what is wrong.
@Suite struct HostileInputSecondRoundTests {
    /// A Word list whose start is 2^63−1 crashed `ingest` and `cluster` alike.
    @Test(.timeLimit(.minutes(5))) func readsListsThatStartAtTheLargestNumber() throws {
        let agenda = try AgendaRunner.withEmptyFolder()
        let numbering = #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="9223372036854775807"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
        let items = ["Werkgevers betrekken bij scholing", "Werkgevers motiveren om te investeren", "Scholing op de werkplek organiseren"]
        try OfficeFiles.docx(body: items.map { OfficeFiles.wordParagraph($0, numId: "1") }.joined(), numbering: numbering).write(to: agenda.file("lijst.docx"))
        let ingest = try agenda.run("ingest", "lijst.docx", "--kind", "notes")
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let listed = try agenda.run("list", "note")
        #expect(listed.stdout.contains("Werkgevers betrekken bij scholing"))
        let clustered = try agenda.run("cluster", "lijst.docx", "--json")
        #expect(clustered.status == 0, "\(clustered.stderr)")
    }

    /// `agenda ingest good.txt bad.docx` stores nothing: the good file waits for the bad one.
    @Test func storesAllOrNothing() throws {
        let agenda = try AgendaRunner.withEmptyFolder()
        try "Een notitie over werk\nNog een notitie over leren\n".write(to: agenda.file("goed.txt"), atomically: true, encoding: .utf8)
        try Data("PK\u{3}\u{4}kapot".utf8).write(to: agenda.file("kapot.docx"))
        let result = try agenda.run("ingest", "goed.txt", "kapot.docx", "--kind", "notes")
        #expect(result.status != 0)
        #expect(result.stderr.contains("kapot.docx"), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was stored"), "\(result.stderr)")
        #expect(try agenda.run("list", "note").stdout.isEmpty)
        #expect(try agenda.run("ingest", "goed.txt", "--kind", "notes").status == 0)
        #expect(try agenda.run("list", "note").stdout.contains("Een notitie over werk"))
    }

    /// A limit that would overflow is refused by the option, not wrapped into a negative one;
    /// a file over the file limit is refused by its size.
    @Test func boundsTheReadLimits() throws {
        let agenda = try AgendaRunner.withEmptyFolder()
        try String(repeating: "Een notitie over werk en leren\n", count: 40_000).write(to: agenda.file("groot.txt"), atomically: true, encoding: .utf8)
        for option in ["--max-inflate", "--max-file-size"] {
            let huge = try agenda.run("ingest", "groot.txt", "--kind", "notes", option, "9223372036854775807")
            #expect(huge.status != 0)
            #expect(huge.stderr.contains(option) && huge.stderr.contains("from 1 to"), "\(huge.stderr)")
            #expect(!huge.stderr.contains("limit of -"), "no negative limit: \(huge.stderr)")
        }
        let refused = try agenda.run("ingest", "groot.txt", "--kind", "notes", "--max-file-size", "1")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("groot.txt") && refused.stderr.contains("--max-file-size"), "\(refused.stderr)")
        #expect(try agenda.run("ingest", "groot.txt", "--kind", "notes", "--max-file-size", "2").status == 0)
    }

    /// A corpus folder mailed to someone cannot make them ingest a file outside it.
    @Test func neverReadsOutsideTheCorpus() throws {
        let agenda = try AgendaRunner.withEmptyFolder()
        let outside = try TemporaryFolder()
        let secret = try outside.write("Geheim: het wachtwoord van de lector\n", to: "geheim.txt")
        try FileManager.default.createDirectory(at: agenda.file("corpus"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: agenda.file("corpus/link.txt").path, withDestinationPath: secret.path)
        for file in [String(repeating: "../", count: 12) + secret.path.dropFirst(), "link.txt"] {
            try "documents:\n  - file: \"\(file)\"\n    kind: notes\n".write(to: agenda.file("corpus/corpus.yaml"), atomically: true, encoding: .utf8)
            let result = try agenda.run("ingest", "corpus")
            #expect(result.status != 0)
            #expect(result.stderr.contains("outside the corpus folder"), "\(result.stderr)")
            #expect(try agenda.run("list", "note").stdout.isEmpty)
        }
    }

    /// YAML anchors used as keys nine levels deep ran past a minute; now refused at once.
    @Test(.timeLimit(HangGuard.limit)) func refusesAliasBombsInTheCorpusFiles() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        var lines = ["a0: &a0 [x, y, z, w, v]"]
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) { \(previous) : 1, [\(previous), \(previous)] : 2, [\(previous)] : 3, [\(previous), 1] : 4, [\(previous), 2] : 5 }")
        }
        try (lines.joined(separator: "\n") + "\n").write(to: agenda.file("corpus/clusters.yaml"), atomically: true, encoding: .utf8)
        let result = try agenda.run("build")
        #expect(result.status != 0)
        #expect(result.stderr.contains("clusters.yaml") && result.stderr.contains("aliases"), "\(result.stderr)")
    }

    /// Terminal escape codes in a note are shown as symbols, never sent to the terminal.
    @Test func showsControlCharactersAsSymbols() throws {
        let agenda = try AgendaRunner.withEmptyFolder()
        try "Notitie\u{1B}]0;gekaapt\u{07} met \u{1B}[31mrode\u{1B}[0m tekst\nEen gewone notitie\n".write(to: agenda.file("notities.txt"), atomically: true, encoding: .utf8)
        #expect(try agenda.run("ingest", "notities.txt", "--kind", "notes").status == 0)
        for result in [try agenda.run("list", "note"), try agenda.run("cluster", "notities.txt")] {
            #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"))
            #expect(result.stdout.contains("␛[31mrode"), "\(result.stdout)")
        }
    }

    /// Lists that continue each other in a circle, with one `xml:id` given twice: libxml2's
    /// validity errors once spilled thousands of raw lines to stderr; now nothing but the result.
    @Test func keepsLibXMLQuietOnContinueListCycles() throws {
        let agenda = try AgendaRunner.withEmptyFolder()
        let lists = (0..<30).map { index in
            #"<text:list xml:id="L\#(index)" text:continue-list="L\#((index + 1) % 30)"><text:list-item><text:p>Notitie \#(index) over werk</text:p></text:list-item></text:list>"#
                + #"<text:list xml:id="L\#(index)" text:continue-list="L\#(index)"><text:list-item><text:p>Herhaling \#(index)</text:p></text:list-item></text:list>"#
        }
        try OfficeFiles.odt(body: lists.joined()).write(to: agenda.file("kring.odt"))
        let result = try agenda.run("ingest", "kring.odt", "--kind", "notes")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr.prefix(500))")
        #expect(try agenda.run("list", "note").stdout.split(separator: "\n").count == 60)
    }
}
