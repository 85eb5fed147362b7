import Foundation
import Testing
@testable import Export

/// The agenda document as the report shows it, and the page's data kept inert.
@Suite struct AgendaHTMLTests {
    typealias Doc = AgendaDocument

    static func fragment(_ blocks: [AgendaDocument.Block], documents: Set<String> = []) -> String {
        AgendaHTML.fragment(AgendaDocument(title: "Agenda", introduction: blocks, sections: []), documents: documents)
    }

    @Test func makesSourcesOfKnownDocumentsIntoSourceButtons() {
        let source = Doc.Citation(group: "Groep geel", workshop: "x", document: "bpa-2018", line: 114)
        let html = Self.fragment([.list(.init(ordered: false, items: [.init("Hoe leren mensen? — " + .source(source))]))], documents: ["bpa-2018"])
        #expect(html.contains(#"<button type="button" class="source" data-document="bpa-2018" data-line="114">bpa-2018, regel 114</button>"#))
        #expect(html.contains("<ul>\n<li>Hoe leren mensen? — <em>Groep geel, werkatelier ‘x’, <button"))
        // A document the report has no lines of stays text.
        let other = Self.fragment([.paragraph(.source(.init(group: "", workshop: "", document: "ander", line: 3)))], documents: ["bpa-2018"])
        #expect(!other.contains("<button") && other.contains("<em>ander, regel 3</em>"))
    }

    @Test func laysOutSectionsTablesListsAndEscapes() {
        let document = AgendaDocument(title: "Agenda & meer", introduction: [.paragraph("Inleiding.")], sections: [
            .init("Overzicht", blocks: [
                .table(.init(header: ["Thema", "Groepen"], rows: [[.text("Werk | zorg"), .text("2")]])),
                .list(.init(ordered: true, items: [.init(.text("<b>vet</b> & meer")), .init("tweede")])),
                .paragraph("Tekst met " + .emphasis("nadruk") + "."),
                .quote("Een systeemvraag."),
            ], sections: [.init("Verder", blocks: [])]),
        ])
        let html = AgendaHTML.fragment(document, documents: [])
        #expect(html.hasPrefix("<h2 id=\"a-agenda-meer\">Agenda &amp; meer</h2>\n<p>Inleiding.</p>\n<h3 id=\"a-overzicht\">Overzicht</h3>\n"))
        #expect(html.contains("<th scope=\"col\">Thema</th>") && html.contains("<td>Werk | zorg</td>") && html.contains("<td>2</td>"))
        #expect(html.contains("<ol>\n<li>&lt;b&gt;vet&lt;/b&gt; &amp; meer</li>\n<li>tweede</li>\n</ol>"))
        #expect(html.contains("<p>Tekst met <em>nadruk</em>.</p>"))
        #expect(html.contains("<blockquote><p>Een systeemvraag.</p></blockquote>\n<h4 id=\"a-verder\">Verder</h4>"))
    }

    @Test func nestsSubItemsInTheItemTheyBelongTo() {
        let items: [Doc.Item] = [.init("Vraag een", children: [.init("Draagvlak: 2 groepen."), .init("Deelvraag: waarom?")]), .init("Vraag twee")]
        let html = Self.fragment([.list(.init(ordered: true, items: items)), .paragraph("Na de lijst.")])
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
