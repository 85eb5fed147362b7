/// Reduces a word to its stem, so "ontwikkelen" and "ontwikkeling" meet.
public protocol Stemmer: Sendable {
    /// The stem of `word`, which is lower case.
    func stem(_ word: String) -> String
}
