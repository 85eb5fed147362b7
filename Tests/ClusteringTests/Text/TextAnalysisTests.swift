import Testing
@testable import Clustering

@Suite struct TextAnalysisTests {
    @Test func tokenizesKeepingInnerHyphensAndApostrophes() {
        #expect(Tokenizer.words("Hoe ZZP’ers en HR-systemen (21st century skills)?") == ["hoe", "zzp’ers", "en", "hr-systemen", "21st", "century", "skills"])
        #expect(Tokenizer.tokens("Werk - zorg").map(\.surface) == ["Werk", "zorg"])
    }

    @Test(arguments: [
        ("arbeidsmarkttransities", ["arbeidsmarkt", "arbeid", "markt", "transities"]),
        ("loonkostensubsidie", ["loon", "kosten", "subsidie"]),
        ("werkgelegenheid", ["werk", "gelegenheid"]),
        ("leerarrangementen", ["leer", "arrangementen"]),
    ])
    func splitsCompoundsIntoKnownWords(word: String, parts: [String]) {
        let words: Set<String> = ["arbeid", "arbeidsmarkt", "markt", "transities", "loon", "kosten", "subsidie", "werk", "gelegenheid", "leer", "arrangementen"]
        #expect(CompoundSplitter(words: words).parts(of: word) == parts)
    }

    @Test func leavesShortAndUnknownWordsWhole() {
        let splitter = CompoundSplitter(words: ["werk", "gever"])
        #expect(splitter.parts(of: "werkgever").isEmpty || splitter.parts(of: "werkgever") == ["werk", "gever"])
        #expect(splitter.parts(of: "werk").isEmpty)
        #expect(splitter.parts(of: "onbekendwoord").isEmpty)
    }

    @Test func expandsAbbreviationsAndJoinsSynonymsThroughTheLexicon() {
        let lexicon = TextLexicon(abbreviations: ["LLL": "leven lang leren"], synonyms: [["werkgever", "bedrijf"]])
        let analyzer = TextAnalyzer(language: .dutch, lexicon: lexicon)
        let lll = Set(analyzer.terms("LLL voor iedereen").map(\.key))
        #expect(lll.contains(DutchStemmer().stem("leren")))
        let employer = Set(analyzer.terms("de werkgever").map(\.key))
        let company = Set(analyzer.terms("het bedrijf").map(\.key))
        #expect(!employer.intersection(company).isEmpty)
        // Without the lexicon they share nothing.
        let plain = TextAnalyzer(language: .dutch)
        #expect(Set(plain.terms("de werkgever").map(\.key)).isDisjoint(with: plain.terms("het bedrijf").map(\.key)))
    }

    @Test func dropsStopwordsAndNumbers() {
        let words = TextAnalyzer(language: .dutch).contentWords("Hoe kun je in 2018 de mensen motiveren?").map(\.word)
        #expect(words == ["mensen", "motiveren"])
    }

    @Test func detectsTheLanguage() {
        #expect(Language.detect(["Hoe motiveer je de werkgevers en de werknemers?"]) == .dutch)
        #expect(Language.detect(["Number of papers published by the hub and its partners"]) == .english)
    }
}
