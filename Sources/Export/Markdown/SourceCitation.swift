/// How the agenda names where a formulation stands — "bpa-werkateliers-2018, regel 114" — written
/// by the Markdown agenda and read back by the HTML report, which makes it open the source.
enum SourceCitation {
    static let lineWord = ", regel "

    /// The citation of `line` in `document` (an already escaped document id).
    static func written(document: String, line: Int) -> String {
        "\(document)\(lineWord)\(line)"
    }
}
