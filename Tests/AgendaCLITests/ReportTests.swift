import Foundation
import Testing
import TestSupport

/// The report `agenda build` writes, `out/index.html`, as a person's browser shows it: headless
/// Chromium runs its scripts and the tests read the DOM it leaves.
@Suite struct ReportTests {
    /// Text as the DOM serialisation writes it inside an element.
    static func serialised(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\u{A0}", with: "&nbsp;")
    }

    static func labels(_ agenda: AgendaRunner, _ kind: String) throws -> [String] {
        try #require(try agenda.json("list", kind, "--json") as? [[String: Any]]).compactMap { $0["label"] as? String }
    }

    @Test func showsEveryNoteClusterThemeAndSystemicQuestionWithoutAScriptError() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        let page = agenda.file("out/index.html")
        let bytes = try Data(contentsOf: page)
        #expect(bytes.count < 2_000_000, "the bundled corpus's report is \(bytes.count) bytes")
        let dom = try Chromium.dumpDOM(of: page)
        #expect(dom.contains(#"data-report-ready="true""#), "the report's script did not finish")
        #expect(!dom.contains(#"data-script-errors=""#), "script errors: \(dom.components(separatedBy: "script-errors").dropFirst().first?.prefix(400) ?? "")")
        let notes = try #require(try agenda.json("list", "note", "--json") as? [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(notes.count == 224)
        for note in notes { #expect(dom.contains(Self.serialised(note)), "note not shown: \(note.prefix(60))") }
        let clusters = try Self.labels(agenda, "cluster")
        #expect(clusters.count > 20)
        for label in clusters { #expect(dom.contains(Self.serialised(label)), "cluster not shown: \(label)") }
        for label in try Self.labels(agenda, "theme") { #expect(dom.contains(Self.serialised(label)), "theme not shown: \(label)") }
        let systemic = try Self.labels(agenda, "systemic-question")
        #expect(systemic.count == 8)
        for label in systemic { #expect(dom.contains(Self.serialised(label)), "systemic question not shown: \(label)") }
        // Each cluster's least certain notes, as the stored run lists them, stand on its card
        // under "Eerst nakijken", and its notes show the words they share.
        let run = try #require(try JSONSerialization.jsonObject(with: Data(try agenda.run("cluster", "--json").stdout.utf8)) as? [String: Any])
        let uncertain = try #require(run["parts"] as? [[String: Any]]).flatMap { ($0["clusters"] as? [[String: Any]]) ?? [] }.flatMap { ($0["uncertain"] as? [String]) ?? [] }
        #expect(!uncertain.isEmpty)
        for id in uncertain { #expect(dom.contains(#"data-uncertain="\#(id)""#), "least certain note not listed first: \(id)") }
        #expect(dom.components(separatedBy: "<p>Eerst nakijken").count - 1 == dom.components(separatedBy: #"<div class="uncertain">"#).count - 1)
        #expect(dom.contains(#"<span class="fit">; deelt: "#))
        // Confidence in words and on a scale from 0 to 1, explained once per group; never negative.
        #expect(dom.contains(#"<span class="fit verdict"> past goed ("#))
        #expect(dom.components(separatedBy: #"<p class="scale">Zekerheid: "#).count - 1 == dom.components(separatedBy: #"<article class="group""#).count - 1)
        #expect(!dom.contains("(−") && !dom.contains("(-0") && !dom.contains("zekerheid −"))
        // Nothing is fetched: the page allows no source outside itself.
        let html = String(decoding: bytes, as: UTF8.self)
        #expect(html.contains("default-src 'none'"))
        #expect(!html.contains("<script src") && !html.contains("<link") && !html.contains("@import"))
    }

    @Test func isTheSameOnEveryBuild() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        let first = try Data(contentsOf: agenda.file("out/index.html"))
        #expect(try agenda.run("export", "html", "-o", "again.html").status == 0)
        #expect(try Data(contentsOf: agenda.file("again.html")) == first)
    }

    /// Notes are text, never markup: a note with a script, an entity, quotes and tags shows as
    /// written, makes no element and runs nothing.
    @Test func showsMarkupInNotesAsText() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        let hostile = [
            #"<script>document.title = "gekaapt"</script> scholing"#,
            #"Werk &amp; zorg "tussen aanhalingstekens" en 'enkele'"#,
            #"<b>vet</b> en <img src=x onerror="document.title='gekaapt'"> leren"#,
            #"</script><script>document.title='gekaapt'</script> werk"#,
        ]
        try ("Thema een\n" + hostile.map { "- " + $0 }.joined(separator: "\n") + "\n").write(to: agenda.file("bord.md"), atomically: true, encoding: .utf8)
        #expect(try agenda.run("ingest", "bord.md", "--kind", "notes").status == 0)
        let result = try agenda.run("export", "html", "-o", "verslag.html")
        #expect(result.status == 0, "\(result.stderr)")
        let dom = try Chromium.dumpDOM(of: agenda.file("verslag.html"))
        #expect(dom.contains(#"data-report-ready="true""#))
        #expect(!dom.contains(#"data-script-errors=""#))
        #expect(!dom.contains("gekaapt</title>") && dom.contains("<title>Onderzoeksagenda"))
        #expect(!dom.contains("<b>vet</b>") && !dom.contains("<img"))
        for note in hostile { #expect(dom.contains(Self.serialised(note)), "\(note)") }
    }

    /// One picture of each view, made as a person's browser draws it;
    /// `Scripts/report_screenshots.sh` makes them for the bundled corpus to look at.
    @Test func screenshotsEveryView() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        for view in ["kaart", "groepen", "agenda", "netwerk"] {
            let png = agenda.file("\(view).png")
            try Chromium.screenshot(of: agenda.file("out/index.html"), fragment: view, to: png)
            let data = try Data(contentsOf: png)
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]) && data.count > 20_000, "\(view): \(data.count) bytes")
        }
    }
}
