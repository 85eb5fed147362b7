import Foundation
import Testing
@testable import Documents
import Graph
import TestSupport

@Suite struct CorpusTests {
    @Test func opensTheBundledCorpus() throws {
        let corpus = try Corpus.open(Fixtures.corpus)
        #expect(corpus.manifest.documents.count == 5)
        #expect(corpus.manifest.documents.map(\.kind).filter { $0 == .workshopReport }.count == 1)
        #expect(corpus.unlisted.isEmpty)
        #expect(corpus.lexicon.speerpunten.map(\.name) == ["leven lang leren", "inclusieve organisatie", "herwaardering van werk"])
        for entry in corpus.manifest.documents {
            #expect(FileManager.default.fileExists(atPath: corpus.url(of: entry).path), "\(entry.file)")
        }
    }

    @Test func reportsUnlistedFilesAndABadManifest() throws {
        let temporary = try TemporaryFolder()
        let folder = temporary.url
        try "documents:\n  - file: a.txt\n    kind: workshop-report\n".write(to: folder.appendingPathComponent("corpus.yaml"), atomically: true, encoding: .utf8)
        try "Groep een".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "los".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        #expect(try Corpus.open(folder).unlisted == ["b.txt"])

        try "documents:\n  - file: a.txt\n    kind: poster\n".write(to: folder.appendingPathComponent("corpus.yaml"), atomically: true, encoding: .utf8)
        #expect {
            try Corpus.open(folder)
        } throws: { error in
            let text = "\(error)"
            return (error as? GraphError)?.code == .invalidManifest && text.contains("corpus.yaml") && text.contains("workshop-report")
        }
    }

    @Test func extendsTheLexiconWithoutCodeChanges() throws {
        let temporary = try TemporaryFolder()
        let folder = temporary.url
        try """
            speerpunten:
              - name: duurzame inzetbaarheid
                aliases: [inzetbaarheid]
            roles: [ketenregisseur]
            group-words: [atelier]
            """.write(to: folder.appendingPathComponent("lexicon.yaml"), atomically: true, encoding: .utf8)
        let (lexicon, digest) = try Corpus.loadLexicon(in: folder)
        #expect(!digest.isEmpty)
        let report = """
            Verslag van het werkatelier ‘inzetbaarheid van ouderen’ op 1 juni 2022
            Het begon met Jan Smit, ketenregisseur Werk bij de Gemeente Utrecht.
            Atelier noord
            1. Ouder worden op het werk
            · Fit blijven
            """
        let outline = PlainTextReader().read(report, document: "r")
        let delta = try WorkshopReportInterpreter(lexicon: lexicon).interpret(outline, document: Fixtures.document("r"))
        #expect(delta.nodes(.workshop).first?.properties[.speerpunt] == "duurzame inzetbaarheid")
        #expect(delta.nodes(.group).map(\.label) == ["Atelier noord"])
        #expect(delta.nodes(.person).first?.properties.list(.role) == ["ketenregisseur Werk"])
        // Without the lexicon the same text has no such group, speerpunt or role.
        let plain = try WorkshopReportInterpreter(lexicon: .standard).interpret(outline, document: Fixtures.document("r"))
        #expect(plain.nodes(.group).isEmpty)
        #expect(plain.nodes(.person).first?.properties.list(.role).isEmpty == true)
    }

    @Test func namesTheLineOfAMalformedLexicon() throws {
        let temporary = try TemporaryFolder()
        let folder = temporary.url
        try "roles: [een\nspeerpunten: : :\n".write(to: folder.appendingPathComponent("lexicon.yaml"), atomically: true, encoding: .utf8)
        #expect {
            try Corpus.loadLexicon(in: folder)
        } throws: { error in
            (error as? GraphError)?.code == .invalidLexicon && "\(error)".contains("lexicon.yaml")
        }
    }
}
