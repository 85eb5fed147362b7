import Foundation
import Testing
import Clustering
import Graph
@testable import Linking
@testable import Export

/// The draft agenda on the bundled corpus: content, provenance, CommonMark, Word.
@Suite(.serialized) struct AgendaMarkdownTests {
    /// The agenda, drafted once for the tests that only read it.
    static let shared: Result<(markdown: String, draft: AgendaDraft), any Error> = Result { try corpusAgenda() }

    static func corpusAgenda() throws -> (markdown: String, draft: AgendaDraft) {
        let store = try ExportFixtures.corpusStore()
        let corpus = try Corpus.open(ExportFixtures.root.appendingPathComponent("corpus"))
        let documents = try corpus.manifest.documents.map { try String(contentsOf: corpus.url(of: $0), encoding: .utf8) }
        let setup = ClusteringSetup(
            background: ClusteringSetup.passages(of: documents),
            lexicon: TextLexicon(abbreviations: corpus.lexicon.abbreviations, synonyms: corpus.lexicon.synonyms),
            language: .dutch,
            wordListPath: LanguageResources.dutchWordList)
        let (linksTo, addresses) = CrossLinker(setup: setup).links(in: try store.snapshot())
        let edges = linksTo.map { Edge(source: $0.source, target: $0.target, kind: .linksTo, weight: $0.score, properties: ["shared-terms": $0.sharedTerms.joined(separator: ", ")]) }
            + addresses.map { Edge(source: $0.source, target: $0.target, kind: .addresses, weight: $0.score) }
        try store.ingest(Document(id: "link-run", path: "test", kind: .linkRun, contentHash: "l"), fingerprint: "l", delta: GraphDelta(edges: edges))
        let snapshot = try store.snapshot()
        let draft = AgendaSynthesizer(setup: setup).draft(snapshot)
        let account = AgendaMarkdownWriter.Account(documents: snapshot.documents.filter { $0.kind != .linkRun }, parameters: [("drempel", "0.25")], agreement: nil, version: "test")
        return (AgendaMarkdownWriter().string(draft, account: account), draft)
    }

    @Test func mergesTheEmployerMotivationThemeAcrossGroups() throws {
        let (_, draft) = try Self.shared.get()
        let inclusive = try #require(draft.speerpunten.first { $0.name == "inclusieve organisatie" })
        let employers = try #require(inclusive.themes.first { theme in theme.formulations.contains { $0.text.hasPrefix("Hoe kunnen we werkgevers verleiden, motiveren en faciliteren") } })
        #expect(employers.groupCount >= 2)
        #expect(employers.formulations.contains { $0.text.hasPrefix("Hoe faciliteren en motiveren we werkgevers") })
        let merged = try #require(employers.questions.first { $0.text.hasPrefix("Hoe kunnen we werkgevers verleiden") || $0.text.hasPrefix("Hoe faciliteren en motiveren we werkgevers") })
        // With the Dutch word list (CI installs it) the two groups' questions are merged too.
        if FileManager.default.fileExists(atPath: LanguageResources.dutchWordList) { #expect(!merged.alsoAskedBy.isEmpty) }
    }

    @Test func showsTheThreeWorkshopsEveryOriginAndTheSystemicQuestions() throws {
        let (markdown, draft) = try Self.shared.get()
        #expect(draft.speerpunten.map(\.name) == ["leven lang leren", "inclusieve organisatie", "herwaardering van werk"])
        for heading in ["## Speerpunt: leven lang leren", "## Speerpunt: inclusieve organisatie", "## Speerpunt: herwaardering van werk", "## Systeemvragen van de ontwikkelgroep", "### Lacunes", "## Register van partijen", "## Register van praktijkvoorbeelden", "## Verantwoording", "## Thema's die over de speerpunten heen terugkomen"] {
            #expect(markdown.contains("\n\(heading)\n"), "\(heading)")
        }
        for speerpunt in draft.speerpunten {
            for theme in speerpunt.themes {
                #expect(theme.questions.allSatisfy { !$0.origin.group.isEmpty && $0.origin.line > 0 })
                #expect(theme.formulations.allSatisfy { $0.origin.document == "bpa-werkateliers-2018" })
            }
        }
        #expect(draft.systemic.count == 8)
        #expect(markdown.contains("Het is vaak dansen met het systeem"))
        // Every question of the draft is a formulation from the corpus.
        let report = try String(contentsOf: ExportFixtures.root.appendingPathComponent("corpus/bpa-werkateliers-2018.txt"), encoding: .utf8)
        for theme in draft.speerpunten.flatMap(\.themes) {
            for question in theme.questions { #expect(report.contains(question.text), "\(question.text)") }
        }
    }

    @Test func writesTheSameBytesEveryTime() throws {
        let first = try Self.shared.get().markdown
        let second = try Self.corpusAgenda().markdown
        #expect(first == second)
    }

    @Test func escapesMarkupInNotes() {
        let origin = AgendaDraft.Origin(node: "n", workshop: "W", group: "Groep *1*", document: "d", line: 3)
        let theme = AgendaDraft.Theme(
            title: "# Geen kop", formulations: [AgendaDraft.Formulation(text: "1. geen lijst | geen cel", origin: origin)],
            questions: [AgendaDraft.Question(text: "Wat is <b>vet</b> & [link](x)?", origin: origin, alsoAskedBy: [], subQuestions: ["- geen opsomming"], links: [])],
            noteCount: 1, representativeNotes: [AgendaDraft.Formulation(text: "*ster* _lijn_ `code`\nnieuwe regel", origin: origin)],
            stakeholders: [], stakeholderGroups: [], cases: [], links: [])
        let draft = AgendaDraft(speerpunten: [AgendaDraft.Speerpunt(name: "Speerpunt", workshops: [("W", "2018-01-01")], themes: [theme])], crossCutting: [], systemic: [], stakeholders: [], cases: [])
        let markdown = AgendaMarkdownWriter().string(draft, account: AgendaMarkdownWriter.Account(documents: [], parameters: [], agreement: nil, version: "t"))
        #expect(markdown.contains("### \\# Geen kop"))
        #expect(markdown.contains("1\\. geen lijst \\| geen cel"))
        #expect(markdown.contains("Wat is \\<b\\>vet\\</b\\> \\& \\[link\\](x)?"))
        #expect(markdown.contains("\\*ster\\* \\_lijn\\_ \\`code\\` nieuwe regel"))
        guard let xml = Self.run("cmark", ["--to", "xml"], input: markdown) else { return }
        // The parser reads the note texts back as text, not as markup.
        #expect(xml.contains("# Geen kop"))
        #expect(!xml.contains("<html_inline>"))
        #expect(xml.contains("*ster* _lijn_ `code` nieuwe regel"))
    }

    @Test func parsesAsCommonMarkAndConvertsToWord() throws {
        let (markdown, _) = try Self.shared.get()
        guard let xml = Self.run("cmark", ["--to", "xml"], input: markdown) else { return }
        let headings = xml.components(separatedBy: "<heading level=\"2\">").count - 1
        let expected = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.count
        #expect(headings == expected)
        #expect(!xml.contains("<html_block>"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-md-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let input = folder.appendingPathComponent("agenda.md"), output = folder.appendingPathComponent("agenda.docx")
        try markdown.write(to: input, atomically: true, encoding: .utf8)
        guard Self.run("pandoc", [input.path, "-o", output.path], input: "") != nil else { return }
        let size = (try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        #expect(size > 10_000)
    }

    /// Runs a tool if it is installed (CI installs cmark and pandoc); `nil` when it is not.
    static func run(_ tool: String, _ arguments: [String], input: String) -> String? {
        guard let path = ["/usr/bin/\(tool)", "/usr/local/bin/\(tool)"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        guard (try? process.run()) != nil else { return nil }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
