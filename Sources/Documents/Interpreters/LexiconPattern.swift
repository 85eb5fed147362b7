import Foundation
import Graph

/// Compiles the regular expressions the interpreters build from a fixed grammar and the
/// lexicon's words, so that a pattern that does not compile is an error naming the lexicon
/// entry, not a pattern that silently matches nothing.
enum LexiconPattern {
    /// The compiled `pattern`, made with the lexicon list `list` (such as `roles`) whose words are `words`.
    ///
    /// - Throws: ``GraphError`` naming the entry of `list` that breaks the pattern (or the list).
    static func compile(_ pattern: String, list: String, words: [String] = []) throws(GraphError) -> Regex<AnyRegexOutput> {
        do {
            return try Regex(pattern)
        } catch {
            let culprit = words.first { word in (try? Regex(NSRegularExpressionEscape.escape(word))) == nil }
            let entry = culprit.map { "the entry '\($0)' of `\(list)`" } ?? "the entries of `\(list)`"
            throw GraphError(.invalidLexicon, file: Corpus.lexiconFileName, problem: "\(entry) makes a pattern that cannot be compiled (\(error))", remedy: "change or remove that entry")
        }
    }
}
