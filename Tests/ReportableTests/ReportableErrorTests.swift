import Reportable
import Testing

/// Every module's user-facing error reads as one sentence: the file (and line), what went
/// wrong, what to do.
@Suite struct ReportableErrorTests {
    struct Example: ReportableError {
        var file: String?
        var line: Int?
        var problem: String
        var remedy: String?
    }

    @Test func readsAsOneSentenceNamingFileAndLine() {
        #expect(Example(file: "corpus/corpus.yaml", line: 4, problem: "the manifest is not valid", remedy: "give every document a file and a kind").description
            == "corpus/corpus.yaml:4: the manifest is not valid; give every document a file and a kind")
        #expect(Example(file: "a.txt", problem: "the file is empty").description == "a.txt: the file is empty")
        #expect(Example(problem: "the database is busy").description == "the database is busy")
    }
}
