/// The report's front end: the page, its stylesheet and its scripts, written as the files in
/// `Front/` and built into the binary (SwiftPM's `.embedInCode`), so that `index.html` stays one
/// self-contained file and the binary needs nothing beside it.
enum ReportFrontEnd {
    /// The page, with `{{name}}` where ``HTMLReportWriter`` puts the title, the agenda, the data
    /// and the scripts.
    static let page = String(decoding: PackageResources.report_html, as: UTF8.self)
    static let style = text(PackageResources.report_css)
    /// Runs first: records every script error in the page itself, so that a person sees it and
    /// a test reads it from the DOM (`data-script-errors` on `<html>`, and `#script-errors`).
    static let errorCatcher = text(PackageResources.errors_js)
    /// What the page says from the data alone (loaded in Node by the tests), then the page's script.
    static let script = text(PackageResources.model_js) + "\n" + text(PackageResources.report_js)
    /// The served page's corrections: controls on the cluster cards, changes sent with the
    /// session token and the revision the page shows, and the page redrawn when the server
    /// announces a change (server-sent events), without a reload.
    static let liveScript = text(PackageResources.live_js)

    /// A stylesheet's or script's text without the line break that ends its file, for the page to place.
    private static func text(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// The page with each `{{name}}` replaced by `values[name]`, in one pass, so that a value
    /// holding braces is never read as a placeholder. A name without a value becomes empty.
    static func fill(_ template: String, with values: [String: String]) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + values.values.reduce(0) { $0 + $1.utf8.count })
        scan(template) { text, name in out += text + (name.map { values[$0] ?? "" } ?? "") }
        return out
    }

    /// The placeholders of `template`, in order of appearance.
    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        scan(template) { _, name in if let name { names.append(name) } }
        return names
    }

    /// Walks `template`: each stretch of text with the `{{name}}` after it (`nil` after the last).
    private static func scan(_ template: String, _ visit: (Substring, String?) -> Void) {
        var rest = template[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            visit(rest[..<open.lowerBound], String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        visit(rest, nil)
    }
}
