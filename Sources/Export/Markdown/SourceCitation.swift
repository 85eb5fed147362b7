/// How the agenda names where a formulation stands — "bpa-werkateliers-2018, regel 114" — written
/// in every format of the agenda (``AgendaDocument/Citation``).
enum SourceCitation {
    static let lineWord = ", regel "

    /// The citation of `line` in `document` (an already escaped document id).
    static func written(document: String, line: Int) -> String {
        "\(document)\(lineWord)\(line)"
    }
}
