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
    static let shared: Result<(markdown: String, draft: AgendaDraft, document: AgendaDocument), any Error> = Result { try corpusAgenda() }

    static func corpusAgenda() throws -> (markdown: String, draft: AgendaDraft, document: AgendaDocument) {
        let workspace = try BundledCorpus.ingested()
        let analysis = try workspace.textAnalysis()
        _ = try workspace.link(analysis: analysis)
        let agenda = AgendaExport(try workspace.graph(), analysis: analysis)
        return (AgendaMarkdownRenderer().text(agenda.document), agenda.draft, agenda.document)
    }

    @Test func mergesTheEmployerMotivationThemeAcrossGroups() throws {
        let (_, draft, _) = try Self.shared.get()
        let inclusive = try #require(draft.speerpunten.first { $0.name == "inclusieve organisatie" })
        let employers = try #require(inclusive.themes.first { theme in theme.formulations.contains { $0.text.hasPrefix("Hoe kunnen we werkgevers verleiden, motiveren en faciliteren") } })
        #expect(employers.groupCount >= 2)
        #expect(employers.formulations.contains { $0.text.hasPrefix("Hoe faciliteren en motiveren we werkgevers") })
    }

    /// The employer-motivation question of Groep rood, geel and groen is one indicative question,
    /// with every formulation and source; Groep blauw raised it on a note.
    @Test func mergesTheEmployerMotivationQuestionOfSeveralGroupsIntoOneIndicativeQuestion() throws {
        let (markdown, draft, _) = try Self.shared.get()
        let question = try #require(draft.widelyRaised.first { $0.origins.contains { $0.node.hasSuffix("w2.g1.q6") } })
        let groups = Set(question.origins.filter { $0.workshop == "inclusieve organisatie" }.map(\.group))
        #expect(groups.isSuperset(of: ["Groep rood", "Groep geel", "Groep blauw"]), "\(groups)")
        #expect(([question.text] + question.alsoAskedAs.map(\.text)).contains { $0.hasPrefix("Hoe faciliteren en motiveren we werkgevers") })
        #expect(question.support.groups >= 3)
        // It opens the overview and its speerpunt's ranking.
        #expect(draft.widelyRaised.first == question)
        #expect(draft.speerpunten.first { $0.name == "inclusieve organisatie" }?.questions.first == question)
        #expect(markdown.contains("Ook gesteld als: Hoe faciliteren en motiveren we werkgevers"))
        // Fewer indicative questions than research questions went in.
        let out = Set(draft.speerpunten.flatMap { $0.questions.map(\.origin.node) }).count
        #expect(draft.questionsIn == 25 && out < draft.questionsIn, "\(draft.questionsIn) in, \(out) out")
        // Two texts written as questions are none: the sentence about the questions before it,
        // and an item of a list without a question mark; the appendix keeps both with their sources.
        let asides = draft.speerpunten.flatMap(\.themes).flatMap(\.asides).map(\.text)
        #expect(asides.contains { $0.hasPrefix("En al deze vragen komen eigenlijk voort uit de hoofdvraag") })
        #expect(asides.contains("Wat zijn de managementprincipes van goed werk"))
        #expect(markdown.contains("Geen onderzoeksvraag: Wat zijn de managementprincipes van goed werk — *Groep 4, regel 461*"))
    }

    @Test func ranksEverySpeerpuntsQuestionsAndThemesBySupport() throws {
        let (_, draft, _) = try Self.shared.get()
        for speerpunt in draft.speerpunten {
            #expect(!speerpunt.questions.isEmpty)
            #expect(zip(speerpunt.questions, speerpunt.questions.dropFirst()).allSatisfy { $0.support >= $1.support }, "\(speerpunt.name)")
            #expect(zip(speerpunt.themes, speerpunt.themes.dropFirst()).allSatisfy { $0.support >= $1.support }, "\(speerpunt.name)")
        }
        #expect(zip(draft.widelyRaised, draft.widelyRaised.dropFirst()).allSatisfy { $0.support >= $1.support })
        #expect(draft.widelyRaised.allSatisfy { $0.support.groups > 1 })
    }

    /// Every line of a question, a formulation or a note in the agenda is text of the corpus.
    @Test func writesNoTextOfItsOwn() throws {
        let (_, draft, _) = try Self.shared.get()
        let corpus = try FileManager.default.contentsOfDirectory(at: BundledCorpus.folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.map { try String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
        for question in draft.speerpunten.flatMap(\.questions) {
            for text in [question.text] + question.alsoAskedAs.map(\.text) + question.raisedOnNotes.map(\.text) + question.subQuestions {
                #expect(corpus.contains(text), "\(text)")
            }
        }
    }

    @Test func tellsPracticeCasesBriefly() throws {
        let (_, draft, _) = try Self.shared.get()
        #expect(draft.cases.count > 10)
        for entry in draft.cases { #expect(entry.detail.count <= 400, "\(entry.name): \(entry.detail.count) characters") }
        let asito = try #require(draft.cases.first { $0.name == "Asito" })
        #expect(asito.detail.hasPrefix("Asito "))
    }

    @Test func showsTheThreeWorkshopsEveryOriginAndTheSystemicQuestions() throws {
        let (markdown, draft, _) = try Self.shared.get()
        #expect(draft.speerpunten.map(\.name) == ["leven lang leren", "inclusieve organisatie", "herwaardering van werk"])
        for heading in ["## Speerpunt: leven lang leren", "## Speerpunt: inclusieve organisatie", "## Speerpunt: herwaardering van werk", "## Systeemvragen van de ontwikkelgroep", "### Lacunes", "## Bijlage: deelvragen en geeltjes", "## Bijlage: register van partijen", "## Bijlage: register van praktijkvoorbeelden", "## Bijlage: verantwoording", "## Thema's die over de speerpunten heen terugkomen"] {
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

    /// The body before the appendices is short and says each thing once; every indicative
    /// question, formulation and group is in the agenda; no heading is cut off.
    @Test func saysEachThingOnceInAShortBodyWithEveryQuestionAndGroupReachable() throws {
        let (markdown, draft, _) = try Self.shared.get()
        let body = markdown.components(separatedBy: "\n## Bijlage:").first ?? markdown
        let words = body.split(whereSeparator: \.isWhitespace).count
        #expect(words <= 5_000, "\(words) words before the appendices")
        #expect(markdown.split(whereSeparator: \.isWhitespace).count > words, "the appendices hold the rest")
        #expect(!markdown.split(separator: "\n").contains { $0.hasPrefix("#") && $0.contains("…") })
        // What a reader finds, without Markdown's escapes and with each text on one line.
        func plain(_ text: String) -> String { text.replacingOccurrences(of: "\\", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let agenda = plain(markdown)
        let questions = draft.speerpunten.flatMap(\.questions)
        for question in questions {
            for text in [question.text] + question.alsoAskedAs.map(\.text) + question.subQuestions { #expect(agenda.contains(plain(text)), "\(text)") }
            for origin in question.origins { #expect(agenda.contains(origin.group + ", regel \(origin.line)") || agenda.contains(origin.group + ", werkatelier"), "\(origin.group)") }
        }
        // Support is said once per question, in the ranking, when more than one group raised it.
        let supportLines = body.split(separator: "\n").filter { $0.contains("- Draagvlak: ") }.count
        #expect(supportLines == questions.filter { $0.support.groups > 1 }.count)
        // A theme's section and its row in the table give the same number of groups.
        let themes = draft.speerpunten.flatMap(\.themes)
        #expect(body.components(separatedBy: "Thema van één groep (").count - 1 == themes.filter { $0.groupCount == 1 }.count)
        for count in Set(themes.map(\.groupCount)) where count > 1 {
            #expect(body.components(separatedBy: "Samengevoegd uit de thema's van \(count) groepen").count - 1 == themes.filter { $0.groupCount == count }.count)
        }
        let tableCounts = body.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Agendathema") && !$0.hasPrefix("| Speerpunt") && !$0.hasPrefix("| ---") }
            .compactMap { row in row.split(separator: "|").dropFirst().first.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }
        #expect(tableCounts.sorted() == themes.map(\.groupCount).sorted())
        // Ties in the ranking go to the question written first in the sources.
        for speerpunt in draft.speerpunten {
            for (a, b) in zip(speerpunt.questions, speerpunt.questions.dropFirst()) where a.support == b.support {
                let first = { (question: AgendaDraft.Question) in ([question.origin] + question.alsoAskedAs.map(\.origin)).map { ($0.document, $0.line) }.min { $0 < $1 } ?? ("", 0) }
                #expect(first(a) < first(b), "\(a.text) before \(b.text)")
            }
        }
    }

    @Test func writesTheSameBytesEveryTime() throws {
        let first = try Self.shared.get().markdown
        let second = try Self.corpusAgenda().markdown
        #expect(first == second)
    }

    @Test(.enabled(if: ExternalTool.isInstalled("cmark") && ExternalTool.isInstalled("pandoc"), "needs cmark and pandoc (Debian packages)"))
    func parsesAsCommonMarkAndConvertsToWord() throws {
        let markdown = try Self.shared.get().markdown
        let xml = try #require(ExternalTool.run("cmark", ["--to", "xml"], input: markdown))
        let headings = xml.components(separatedBy: "<heading level=\"2\">").count - 1
        let expected = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.count
        #expect(headings == expected)
        #expect(!xml.contains("<html_block>"))
        let folder = try TemporaryFolder()
        let input = folder.file("agenda.md"), output = folder.file("agenda.docx")
        try markdown.write(to: input, atomically: true, encoding: .utf8)
        try #require(ExternalTool.run("pandoc", [input.path, "-o", output.path], input: "") != nil)
        let size = (try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        #expect(size > 10_000)
    }

}
