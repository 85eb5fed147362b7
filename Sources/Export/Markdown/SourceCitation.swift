/// How the agenda names where a formulation stands — "bpa-werkateliers-2018, regel 114" — written
/// in every format of the agenda (``AgendaDocument/Citation``).
enum SourceCitation {
    static let lineWord = ", regel "

    /// The citation of `line` in `document` (an already escaped document id); with `named`
    /// false, the line alone ("regel 114"), where the text around names the document.
    static func written(document: String, line: Int, named: Bool = true) -> String {
        named ? "\(document)\(lineWord)\(line)" : "regel \(line)"
    }
}
