import Foundation
import Graph
@testable import Linking
import TestSupport
import Testing
@testable import Export

/// The agenda composed from hand-made drafts and rendered as Markdown.
@Suite struct AgendaMarkdownRendererTests {
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
        let draft = AgendaDraft(speerpunten: [AgendaDraft.Speerpunt(name: "Speerpunt", workshops: [("W", "2018-01-01", "d")], questions: [question], themes: [theme])], widelyRaised: [], questionsIn: 1, crossCutting: [], systemic: [], stakeholders: [], cases: [])
        return AgendaMarkdownRenderer().text(AgendaComposer().document(draft, account: AgendaComposer.Account(documents: [], parameters: [], agreement: nil, version: "t")))
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

    /// Blocks one blank line apart, list items with their sub-items indented, tables with their
    /// rule, spaces around a text kept, and no blank line after the last block.
    @Test func laysOutTheDocumentsBlocks() {
        let document = AgendaDocument(title: "Agenda", introduction: [.paragraph("Een.")], sections: [
            .init("Vragen", blocks: [
                .list(.init(ordered: true, items: [.init(.text("Vraag") + " — " + .source(.init(group: "G", workshop: "W", document: "d", line: 2)), children: [.init("Draagvlak.")])])),
                .table(.init(header: ["A", "B"], rows: [[.text("x|y"), .text("1")]])),
            ], sections: [.init(.text("Sub"), blocks: [.quote("Citaat.")])]),
        ])
        #expect(AgendaMarkdownRenderer().text(document) == """
            # Agenda

            Een.

            ## Vragen

            1. Vraag — *G, werkatelier ‘W’, d, regel 2*
                - Draagvlak.

            | A | B |
            | --- | --- |
            | x\\|y | 1 |

            ### Sub

            > Citaat.

            """)
    }

    /// Each agenda format is one renderer and one registration; an unknown format is an error
    /// that names those there are.
    @Test func findsEachFormatsRendererAndNamesTheFormatsThereAre() throws {
        let renderers = AgendaRenderers.standard()
        #expect(renderers.formats == [.markdown, .word])
        #expect(try renderers.renderer(for: .markdown) is AgendaMarkdownRenderer)
        let pdf = AgendaFormat(name: "pdf", fileExtension: "pdf")
        #expect(throws: ExportError.self) { try renderers.renderer(for: pdf) }
        do {
            _ = try renderers.renderer(for: pdf)
        } catch let error as ExportError {
            #expect(error.remedy == "choose one of markdown, docx")
        }
    }
}
