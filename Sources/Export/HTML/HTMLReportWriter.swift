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
        /// The revision of `clusters.yaml` the page shows.
        public var revision: String
        /// The revision of `agenda-review.yaml` the page shows.
        public var reviewRevision: String

        public init(sessionToken: String, revision: String, reviewRevision: String) {
            self.sessionToken = sessionToken
            self.revision = revision
            self.reviewRevision = reviewRevision
        }
    }

    /// The page for `data` with `agenda` (the document `agenda.md` and `agenda.docx` lay out);
    /// with `live`, the corrections controls of the served report.
    public func page(_ data: ReportData, agenda: AgendaDocument, live: Live? = nil) throws -> String {
        var liveData = ""
        if let live {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            liveData = "<script id=\"live\" type=\"application/json\">" + Self.inert(String(decoding: try encoder.encode(live), as: UTF8.self)) + "</script>\n"
        }
        let title = XMLText.escape(data.title)
        return ReportFrontEnd.fill(ReportFrontEnd.page, with: [
            "title": title,
            "connect": live == nil ? "" : "; connect-src 'self'",
            "style": ReportFrontEnd.style,
            "errors": ReportFrontEnd.errorCatcher,
            "agenda": agendaFragment(agenda, data: data),
            "data": try Self.json(data),
            "live": liveData,
            "script": ReportFrontEnd.script + (live == nil ? "" : "\n" + ReportFrontEnd.liveScript),
        ])
    }

    /// The agenda tab's content: `agenda` as HTML, its sources buttons for the documents whose
    /// lines `data` carries. A served page puts a new one in place after a review decision.
    public func agendaFragment(_ agenda: AgendaDocument, data: ReportData) -> String {
        AgendaHTML.fragment(agenda, documents: Set(data.sources.map(\.document)))
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
