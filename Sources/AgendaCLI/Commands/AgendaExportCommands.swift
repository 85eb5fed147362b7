import ArgumentParser
import Export
import Foundation
import Workspace

/// `agenda export markdown`, `docx` and `html`: the draft research agenda in one of its
/// formats (``AgendaRenderers``), or the report, drafted with the corpus's text analysis.
struct DraftExportCommand<Choice: DraftChoice>: FileExportCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: Choice.name, abstract: Choice.abstract) }

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String = Choice.defaultOutput

    @Option(help: "The corpus folder (background text and lexicon).")
    var corpus: String = "corpus"

    @OptionGroup var store: StoreOptions

    func write(to url: URL) throws -> String {
        let workspace = try store.workspace(corpus: corpus)
        try Choice.write(to: url, workspace: workspace, analysis: try workspace.textAnalysis())
        return ""
    }
}

/// What a drafted export writes, under which command, to which file by default.
protocol DraftChoice {
    static var name: String { get }
    static var abstract: String { get }
    static var defaultOutput: String { get }
    static func write(to url: URL, workspace: Workspace, analysis: TextAnalysis) throws
}

/// The agenda in one of its formats.
protocol AgendaFormatChoice: DraftChoice {
    static var format: AgendaFormat { get }
}

extension AgendaFormatChoice {
    static var name: String { format.name }
    static var defaultOutput: String { "out/agenda.\(format.fileExtension)" }

    static func write(to url: URL, workspace: Workspace, analysis: TextAnalysis) throws {
        try workspace.writeAgenda(format, to: url, analysis: analysis)
    }
}

enum MarkdownChoice: AgendaFormatChoice {
    static let format = AgendaFormat.markdown
    static let abstract = "Write the draft research agenda as Markdown (in Dutch)."
}

enum WordChoice: AgendaFormatChoice {
    static let format = AgendaFormat.word
    static let abstract = "Write the draft research agenda as a Word document (in Dutch): Word's heading styles, lists and tables, sources in small italics."
}

/// The report a lector opens first.
enum ReportChoice: DraftChoice {
    static let name = "html"
    static let abstract = "Write the report as one self-contained HTML page (in Dutch): maps of the notes, the groups' themes beside the clusters, the agenda with its sources, the network."
    static let defaultOutput = "out/index.html"

    static func write(to url: URL, workspace: Workspace, analysis: TextAnalysis) throws {
        try workspace.writeReport(to: url, analysis: analysis)
    }
}
