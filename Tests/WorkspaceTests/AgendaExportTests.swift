import Clustering
import Export
import Foundation
import Graph
import Linking
import TestSupport
import Testing
import Workspace

/// The draft agenda of the bundled corpus, drafted as `agenda build` drafts it: content,
/// provenance, CommonMark, Word.
@Suite(.serialized) struct AgendaExportTests {
    /// The agenda, drafted once for the tests that only read it.
    static let shared: Result<(markdown: String, draft: AgendaDraft), any Error> = Result { try corpusAgenda() }

    static func corpusAgenda() throws -> (markdown: String, draft: AgendaDraft) {
        let workspace = try BundledCorpus.ingested()
        let analysis = try workspace.textAnalysis()
        _ = try workspace.link(analysis: analysis)
        let agenda = AgendaExport(try workspace.store.snapshot(), analysis: analysis)
        return (AgendaMarkdownWriter().string(agenda.draft, account: agenda.account), agenda.draft)
    }

    @Test func mergesTheEmployerMotivationThemeAcrossGroups() throws {
        let (_, draft) = try Self.shared.get()
        let inclusive = try #require(draft.speerpunten.first { $0.name == "inclusieve organisatie" })
        let employers = try #require(inclusive.themes.first { theme in theme.formulations.contains { $0.text.hasPrefix("Hoe kunnen we werkgevers verleiden, motiveren en faciliteren") } })
        #expect(employers.groupCount >= 2)
        #expect(employers.formulations.contains { $0.text.hasPrefix("Hoe faciliteren en motiveren we werkgevers") })
        let merged = try #require(employers.questions.first { $0.text.hasPrefix("Hoe kunnen we werkgevers verleiden") || $0.text.hasPrefix("Hoe faciliteren en motiveren we werkgevers") })
        // With the Dutch word list (CI installs it) the two groups' questions are merged too.
        if FileManager.default.fileExists(atPath: LanguageResources.dutchWordList) { #expect(!merged.alsoAskedAs.isEmpty) }
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
        let report = try String(contentsOf: BundledCorpus.report, encoding: .utf8)
        for theme in draft.speerpunten.flatMap(\.themes) {
            for question in theme.questions { #expect(report.contains(question.text), "\(question.text)") }
        }
    }

    @Test func writesTheSameBytesEveryTime() throws {
        let first = try Self.shared.get().markdown
        let second = try Self.corpusAgenda().markdown
        #expect(first == second)
    }

    @Test func parsesAsCommonMarkAndConvertsToWord() throws {
        let (markdown, _) = try Self.shared.get()
        guard let xml = ExternalTool.run("cmark", ["--to", "xml"], input: markdown) else { return }
        let headings = xml.components(separatedBy: "<heading level=\"2\">").count - 1
        let expected = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.count
        #expect(headings == expected)
        #expect(!xml.contains("<html_block>"))
        let folder = try TemporaryFolder()
        let input = folder.file("agenda.md"), output = folder.file("agenda.docx")
        try markdown.write(to: input, atomically: true, encoding: .utf8)
        guard ExternalTool.run("pandoc", [input.path, "-o", output.path], input: "") != nil else { return }
        let size = (try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        #expect(size > 10_000)
    }

}
