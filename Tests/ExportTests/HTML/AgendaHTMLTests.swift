import Foundation
import Testing
@testable import Export

/// The agenda's Markdown as the report shows it, and the page's data kept inert.
@Suite struct AgendaHTMLTests {
    @Test func makesCitationsOfKnownDocumentsIntoSourceButtons() {
        let html = AgendaHTML.fragment("- Hoe leren mensen? — *Groep geel, werkatelier ‘x’, bpa-2018, regel 114*\n", documents: ["bpa-2018"])
        #expect(html.contains(#"<button type="button" class="source" data-document="bpa-2018" data-line="114">bpa-2018, regel 114</button>"#))
        #expect(html.hasPrefix("<ul>\n<li>Hoe leren mensen? — <em>Groep geel"))
        // An unknown document stays text.
        #expect(!AgendaHTML.fragment("ander, regel 3\n", documents: ["bpa-2018"]).contains("<button"))
    }

    @Test func readsHeadingsTablesListsAndEscapes() {
        let markdown = "# Agenda\n\n| Thema | Groepen |\n| --- | --- |\n| Werk \\| zorg | 2 |\n\n1. \\<b\\>vet\\</b\\> \\& meer\n2. tweede\n\nTekst met **nadruk**.\n"
        let html = AgendaHTML.fragment(markdown, documents: [])
        #expect(html.contains(#"<h2 id="a-agenda">Agenda</h2>"#))
        #expect(html.contains("<th scope=\"col\">Thema</th>") && html.contains("<td>Werk | zorg</td>") && html.contains("<td>2</td>"))
        #expect(html.contains("<ol>\n<li>&lt;b&gt;vet&lt;/b&gt; &amp; meer</li>\n<li>tweede</li>\n</ol>"))
        #expect(html.contains("<p>Tekst met <strong>nadruk</strong>.</p>"))
        #expect(AgendaHTML.fragment("> Een systeemvraag.\n", documents: []) == "<blockquote><p>Een systeemvraag.</p></blockquote>\n")
    }

    @Test func nestsSubItemsInTheItemTheyBelongTo() {
        let markdown = "1. Vraag een\n    - Draagvlak: 2 groepen.\n    - Deelvraag: waarom?\n2. Vraag twee\n\nNa de lijst.\n"
        let html = AgendaHTML.fragment(markdown, documents: [])
        #expect(html.contains("<ol>\n<li>Vraag een\n<ul>\n<li>Draagvlak: 2 groepen.</li>\n<li>Deelvraag: waarom?</li>\n</ul></li>\n<li>Vraag twee</li>\n</ol>\n<p>Na de lijst.</p>"))
    }

    /// No note can close the data's script element or open another.
    @Test func keepsTheEmbeddedDataInert() throws {
        let note = ReportData.Note(id: "n", text: "</script><script>alert('x')</script> & \u{2028}", group: nil, workshop: nil, theme: nil, document: "d", line: 1)
        let data = ReportData(title: "t", notes: [note], maps: [], groups: [], network: .init(nodes: [], edges: []), sources: [], about: .init(version: "v", documents: [], parameters: []))
        let json = try HTMLReportWriter.json(data)
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&") && !json.contains("\u{2028}"))
        let decoded = try JSONDecoder().decode(ReportData.self, from: Data(json.utf8))
        #expect(decoded == data)
    }
}
