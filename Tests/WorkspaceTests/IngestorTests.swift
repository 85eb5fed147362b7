import Documents
import Foundation
import Graph
import Store
import TestSupport
import Testing
import Workspace

@Suite struct IngestorTests {
    @Test func mergesTheCorpusStakeholdersAcrossDocuments() throws {
        let workspace = try BundledCorpus.ingested()
        let organisations = try workspace.nodes(kind: .organisation)
        let divosa = organisations.filter { $0.label == "Divosa" }
        #expect(divosa.count == 1)
        #expect(divosa.first?.properties.list(.documents).contains("warm-rotterdam-passend-werk-2019") == true)
        #expect(organisations.filter { $0.label.lowercased() == "inholland" }.count == 1)
        let ministries = organisations.filter { $0.label == "Ministerie van Sociale Zaken en Werkgelegenheid" }
        #expect(ministries.count == 1)
        #expect((ministries.first?.properties.list(.documents).count ?? 0) >= 2)
    }

    @Test func warnsOfAFileTheManifestDoesNotList() throws {
        let folder = try TemporaryFolder()
        let corpus = try folder.copyBundledCorpus()
        try "Een geeltje".write(to: corpus.appendingPathComponent("los.txt"), atomically: true, encoding: .utf8)
        let reporter = RecordingReporter()
        let workspace = Workspace(corpus: corpus, store: try SQLiteStore(), reporter: reporter)
        let reports = try workspace.ingestCorpus()
        #expect(reports.count == 5)
        #expect(reporter.warnings.count == 1)
        #expect(reporter.warnings.first?.contains("los.txt is not listed in corpus.yaml") == true)
    }

    @Test func refusesATableAsAnythingButNotes() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("text;frame\nEen geeltje;Thema\n", to: "board.csv")
        let workspace = Workspace(corpus: folder.url, store: try SQLiteStore(), reporter: RecordingReporter())
        #expect {
            try workspace.ingest(paths: [file.path], kind: .workshopReport)
        } throws: { error in
            "\(error)".contains("board.csv") && "\(error)".contains("give it the kind notes")
        }
        #expect(try workspace.nodes().isEmpty)
    }
}
