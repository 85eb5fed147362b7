import Graph
import Testing
@testable import Documents

@Suite struct LexiconPatternTests {
    @Test func aPatternThatCannotBeCompiledIsAnErrorNamingTheLexiconList() {
        #expect {
            try LexiconPattern.compile(#"(?i:\b(?:lector|"#, list: "roles", words: ["lector"])
        } throws: { error in
            let text = "\(error)"
            return (error as? GraphError)?.code == .invalidLexicon && text.hasPrefix("lexicon.yaml: the entries of `roles` make")
        }
    }

    @Test func theStandardLexiconsPatternsCompile() throws {
        for kind in DocumentKind.allCases {
            #expect(throws: Never.self) { _ = try Interpreters.interpreter(for: kind, lexicon: .standard) }
        }
    }
}

extension LexiconPatternTests {
    @Test func aBuiltInPatternThatCannotBeCompiledIsTheToolkitsFaultNotTheLexicons() {
        #expect {
            try LexiconPattern.compileBuiltIn(#"(?<name>\p{Lu}"#)
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("a built-in pattern of agenda cannot be compiled") && !text.contains("lexicon.yaml")
        }
    }
}
