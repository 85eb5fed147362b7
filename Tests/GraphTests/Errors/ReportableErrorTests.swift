import Graph
import Testing

@Suite struct ReportableErrorTests {
    @Test func readsAsOneSentenceNamingFileAndLine() {
        #expect(GraphError(.invalidManifest, file: "corpus/corpus.yaml", line: 4, problem: "the manifest is not valid", remedy: "give every document a file and a kind").description
            == "corpus/corpus.yaml:4: the manifest is not valid; give every document a file and a kind")
        #expect(GraphError(.emptyFile, file: "a.txt", problem: "the file is empty").description == "a.txt: the file is empty")
        #expect(GraphError(.database, problem: "the database is busy").description == "the database is busy")
    }
}
