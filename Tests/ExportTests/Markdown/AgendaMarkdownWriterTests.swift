import Foundation
import Graph
@testable import Linking
import TestSupport
import Testing
@testable import Export

/// The Markdown writer on hand-made drafts.
@Suite struct AgendaMarkdownWriterTests {
    /// A draft whose note and question texts are full of Markdown's markup characters.
    static func markupDraftMarkdown() -> String {
        let origin = AgendaDraft.Origin(node: "n", workshop: "W", group: "Groep *1*", document: "d", line: 3)
        let question = AgendaDraft.Question(
            text: "Wat is <b>vet</b> & [link](x)?", origin: origin, alsoAskedAs: [], raisedOnNotes: [], subQuestions: ["- geen opsomming"], links: [],
            support: AgendaDraft.Support([origin]), speerpunten: ["Speerpunt"])
        let theme = AgendaDraft.Theme(
            title: "# Geen kop", formulations: [AgendaDraft.Formulation(text: "1. geen lijst | geen cel", origin: origin)],
            questions: [question],
            noteCount: 1, representativeNotes: [AgendaDraft.Formulation(text: "*ster* _lijn_ `code`\nnieuwe regel", origin: origin)],
            stakeholders: [], stakeholderGroups: [], cases: [], links: [])
        let draft = AgendaDraft(speerpunten: [AgendaDraft.Speerpunt(name: "Speerpunt", workshops: [("W", "2018-01-01")], questions: [question], themes: [theme])], widelyRaised: [], questionsIn: 1, crossCutting: [], systemic: [], stakeholders: [], cases: [])
        return AgendaMarkdownWriter().string(draft, account: AgendaMarkdownWriter.Account(documents: [], parameters: [], agreement: nil, version: "t"))
    }

    @Test func escapesMarkupInNotes() {
        let markdown = Self.markupDraftMarkdown()
        #expect(markdown.contains("### \\# Geen kop"))
        #expect(markdown.contains("1\\. geen lijst \\| geen cel"))
        #expect(markdown.contains("Wat is \\<b\\>vet\\</b\\> \\& \\[link\\](x)?"))
        #expect(markdown.contains("\\*ster\\* \\_lijn\\_ \\`code\\` nieuwe regel"))
    }

    /// A CommonMark parser reads the note texts back as text, not as markup.
    @Test(.enabled(if: ExternalTool.isInstalled("cmark"), "needs cmark (Debian package)"))
    func parsesBackAsTextInCommonMark() throws {
        let xml = try #require(ExternalTool.run("cmark", ["--to", "xml"], input: Self.markupDraftMarkdown()))
        #expect(xml.contains("# Geen kop"))
        #expect(!xml.contains("<html_inline>"))
        #expect(xml.contains("*ster* _lijn_ `code` nieuwe regel"))
    }
}
