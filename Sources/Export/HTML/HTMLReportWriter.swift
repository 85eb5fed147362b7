import Foundation

/// Writes the report a lector opens first, `index.html`: one self-contained page — styles,
/// script and data inline, nothing fetched, nothing sent — with a map of the notes, the groups'
/// themes beside the automatic clusters, the agenda with its sources, and the network.
///
/// Every text from the documents reaches the page as JSON data or escaped HTML and is put in
/// the page as text (`textContent`), never as markup. The same data gives the same bytes.
public struct HTMLReportWriter: Sendable {
    public init() {}

    /// What a page served by `agenda serve` carries besides the report: the session's token,
    /// sent with every correction, and the revision of the corrections the page shows.
    public struct Live: Sendable, Hashable, Codable {
        public var sessionToken: String
        public var revision: String

        public init(sessionToken: String, revision: String) {
            self.sessionToken = sessionToken
            self.revision = revision
        }
    }

    /// The page for `data`, with the agenda written as `agendaMarkdown` (the text of `agenda.md`);
    /// with `live`, the corrections controls of the served report.
    public func page(_ data: ReportData, agendaMarkdown: String, live: Live? = nil) throws -> String {
        let documents = Set(data.sources.map(\.document))
        var out = """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\(live == nil ? "" : "; connect-src 'self'")">
            <title>\(XMLText.escape(data.title))</title>
            <style>
            \(ReportAssets.style)
            </style>
            </head>
            <body>
            <script>\(ReportAssets.errorCatcher)</script>
            <header>
            <h1>\(XMLText.escape(data.title))</h1>
            <nav aria-label="Weergaven"><ul role="tablist">
            <li><button type="button" role="tab" id="tab-kaart" aria-controls="view-kaart" data-view="kaart" aria-selected="true">Kaart</button></li>
            <li><button type="button" role="tab" id="tab-groepen" aria-controls="view-groepen" data-view="groepen" aria-selected="false">Groepen</button></li>
            <li><button type="button" role="tab" id="tab-agenda" aria-controls="view-agenda" data-view="agenda" aria-selected="false">Agenda</button></li>
            <li><button type="button" role="tab" id="tab-netwerk" aria-controls="view-netwerk" data-view="netwerk" aria-selected="false">Netwerk</button></li>
            </ul></nav>
            </header>
            <main>
            <section id="view-kaart" role="tabpanel" aria-labelledby="tab-kaart">
            <h2>Kaart van de geeltjes</h2>
            <p class="hint">Dicht bij elkaar staan geeltjes die op elkaar lijken. De kleur is de automatische indeling, de vorm het thema van de groep. Beweeg over een punt, of kies de kaart en gebruik de pijltjestoetsen.</p>
            <div class="controls"><label for="kaart-keuze">Kaart</label> <select id="kaart-keuze"></select> <label for="kaart-cluster">Licht uit</label> <select id="kaart-cluster"></select> <span id="kaart-maat"></span></div>
            <div class="map-area"><canvas id="kaart-doek" width="900" height="640" tabindex="0" aria-label="Kaart van de geeltjes; pijltjestoetsen kiezen een geeltje" aria-describedby="kaart-uitleg"></canvas>
            <div id="kaart-uitleg" class="tooltip" role="status" aria-live="polite"></div></div>
            <div id="kaart-legenda" class="legend"></div>
            <details id="kaart-lijst"><summary>Alle geeltjes op deze kaart</summary><div class="table"><table><thead><tr><th scope="col">Geeltje</th><th scope="col">Groep</th><th scope="col">Thema</th><th scope="col">Cluster</th><th scope="col">Bron</th></tr></thead><tbody></tbody></table></div></details>
            </section>
            <section id="view-groepen" role="tabpanel" aria-labelledby="tab-groepen" hidden>
            <h2>Groepen: hun thema's en de automatische indeling</h2>
            <div id="groepen-lijst"></div>
            </section>
            <section id="view-agenda" role="tabpanel" aria-labelledby="tab-agenda" hidden>
            <div class="agenda">

            """
        out += AgendaHTML.fragment(agendaMarkdown, documents: documents)
        out += """
            </div>
            </section>
            <section id="view-netwerk" role="tabpanel" aria-labelledby="tab-netwerk" hidden>
            <h2>Netwerk van de agenda</h2>
            <div class="controls"><fieldset id="netwerk-soorten"><legend>Soorten</legend></fieldset>
            <label for="netwerk-zoek">Zoek</label> <input type="search" id="netwerk-zoek" autocomplete="off"></div>
            <div class="network-area"><canvas id="netwerk-doek" width="900" height="640" aria-label="Netwerk van thema's, vragen, systeemvragen, initiatieven en betrokkenen"></canvas>
            <aside id="netwerk-paneel" aria-live="polite"><p>Kies een knoop in de lijst of op het netwerk.</p></aside></div>
            <ul id="netwerk-lijst" class="node-list"></ul>
            </section>
            <div id="bron" role="dialog" aria-modal="false" aria-labelledby="bron-titel" hidden><h2 id="bron-titel"></h2><ol id="bron-regels"></ol><button type="button" id="bron-sluit">Sluiten</button></div>
            </main>
            <footer id="over"></footer>
            <script id="report-data" type="application/json">
            """
        out += try Self.json(data)
        out += "</script>\n"
        if let live {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            out += "<script id=\"live\" type=\"application/json\">" + Self.inert(String(decoding: try encoder.encode(live), as: UTF8.self)) + "</script>\n"
        }
        out += "<script>\n"
        out += ReportAssets.script
        if live != nil { out += "\n" + ReportAssets.liveScript }
        out += "\n</script>\n</body>\n</html>\n"
        return out
    }

    /// The data as JSON that may stand inside a `<script>` element: `<`, `>`, `&` and the line
    /// separators escaped, so no note can close the element.
    static func json(_ data: ReportData) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return inert(String(decoding: try encoder.encode(data), as: UTF8.self))
    }

    /// JSON text with `<`, `>`, `&` and the line separators escaped.
    static func inert(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
