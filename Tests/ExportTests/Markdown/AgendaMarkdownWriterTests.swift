import Foundation
import Graph
@testable import Linking
import TestSupport
import Testing
@testable import Export

/// The Markdown writer on hand-made drafts.
@Suite struct AgendaMarkdownWriterTests {
    @Test func escapesMarkupInNotes() {
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
        let markdown = AgendaMarkdownWriter().string(draft, account: AgendaMarkdownWriter.Account(documents: [], parameters: [], agreement: nil, version: "t"))
        #expect(markdown.contains("### \\# Geen kop"))
        #expect(markdown.contains("1\\. geen lijst \\| geen cel"))
        #expect(markdown.contains("Wat is \\<b\\>vet\\</b\\> \\& \\[link\\](x)?"))
        #expect(markdown.contains("\\*ster\\* \\_lijn\\_ \\`code\\` nieuwe regel"))
        guard let xml = ExternalTool.run("cmark", ["--to", "xml"], input: markdown) else { return }
        // The parser reads the note texts back as text, not as markup.
        #expect(xml.contains("# Geen kop"))
        #expect(!xml.contains("<html_inline>"))
        #expect(xml.contains("*ster* _lijn_ `code` nieuwe regel"))
    }
}
