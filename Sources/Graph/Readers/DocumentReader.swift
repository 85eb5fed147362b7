/// Turns the text of one document format into an ``Outline``.
public protocol DocumentReader: Sendable {
    /// Reads `text`, the decoded content of the document named `document`.
    func read(_ text: String, document: String) -> Outline
}
