import Foundation
import Graph

/// Compiles the regular expressions the interpreters build from a fixed grammar and the
/// lexicon's words, so that a pattern that does not compile is an error naming the lexicon
/// entry, not a pattern that silently matches nothing.
enum LexiconPattern {
    /// The compiled `pattern`, made with the lexicon list `list` (such as `roles`) whose words are `words`.
    ///
    /// - Throws: ``GraphError`` naming the entry of `list` that breaks the pattern (or the list).
    static func compile(_ pattern: String, list: String, words: [String]) throws(GraphError) -> Regex<AnyRegexOutput> {
        do {
            return try Regex(pattern)
        } catch {
            let culprit = words.first { word in (try? Regex(NSRegularExpressionEscape.escape(word))) == nil }
            let entry = culprit.map { "the entry '\($0)' of `\(list)`" } ?? "the entries of `\(list)`"
            throw GraphError(.invalidLexicon, file: Corpus.lexiconFileName, problem: "\(entry) makes a pattern that cannot be compiled (\(error))", remedy: "change or remove that entry")
        }
    }

    /// The compiled `pattern`, which no lexicon word goes into: if it does not compile, the
    /// fault is the toolkit's, and the error says so rather than blaming the lexicon.
    ///
    /// - Throws: ``GraphError`` saying which built-in pattern failed.
    static func compileBuiltIn(_ pattern: String) throws(GraphError) -> Regex<AnyRegexOutput> {
        do {
            return try Regex(pattern)
        } catch {
            throw GraphError(.invalidLexicon, problem: "a built-in pattern of agenda cannot be compiled (\(error))", remedy: "this is a fault of the toolkit, not of your files: report it with the version (`agenda --version`)")
        }
    }
}
