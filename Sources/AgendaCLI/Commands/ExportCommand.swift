import AgendaArguments
import ArgumentParser
import Export
import Foundation
import Graph

/// `agenda export FORMAT`: write one export of the graph.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one export of the graph.",
        subcommands: [
            GraphMLExportCommand.self, GEXFExportCommand.self, CytoscapeExportCommand.self, VOSviewerExportCommand.self, QDPXExportCommand.self,
            MarkdownExportCommand.self, WordExportCommand.self, HTMLExportCommand.self,
        ]
    )
}

/// `agenda export graphml`: the graph for Gephi, yEd, Cytoscape and NetworkX.
struct GraphMLExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphml",
        abstract: "Write the graph as GraphML for Gephi, yEd, Cytoscape and NetworkX."
    )

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String = "out/graph.graphml"

    @Option(help: "plain (Gephi, Cytoscape, NetworkX) or yed (adds labels and colours yEd shows).")
    var profile: GraphMLProfile = .plain

    @OptionGroup var part: SelectionOptions

    @OptionGroup var store: StoreOptions

    func run() throws {
        let written = try store.workspace().writeGraphML(to: URL(fileURLWithPath: output), profile: profile, selection: try part.selection)
        Console.out("wrote \(output): \(written.nodes.count) nodes, \(written.edges.count) edges")
    }
}

/// `agenda export markdown`: the draft research agenda.
struct MarkdownExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "markdown",
        abstract: "Write the draft research agenda as Markdown (in Dutch)."
    )

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String = "out/agenda.md"

    @Option(help: "The corpus folder (background text and lexicon).")
    var corpus: String = "corpus"

    @OptionGroup var store: StoreOptions

    func run() throws {
        let workspace = try store.workspace(corpus: corpus)
        try workspace.writeAgenda(to: URL(fileURLWithPath: output), analysis: try workspace.textAnalysis())
        Console.out("wrote \(output)")
    }
}

/// `agenda export docx`: the draft research agenda as a Word document.
struct WordExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docx",
        abstract: "Write the draft research agenda as a Word document (in Dutch): Word's heading styles, lists and tables, sources in small italics."
    )

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String = "out/agenda.docx"

    @Option(help: "The corpus folder (background text and lexicon).")
    var corpus: String = "corpus"

    @OptionGroup var store: StoreOptions

    func run() throws {
        let workspace = try store.workspace(corpus: corpus)
        try workspace.writeAgendaWord(to: URL(fileURLWithPath: output), analysis: try workspace.textAnalysis())
        Console.out("wrote \(output)")
    }
}

/// `agenda export html`: the report a lector opens first.
struct HTMLExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Write the report as one self-contained HTML page (in Dutch): maps of the notes, the groups' themes beside the clusters, the agenda with its sources, the network."
    )

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String = "out/index.html"

    @Option(help: "The corpus folder (background text and lexicon).")
    var corpus: String = "corpus"

    @OptionGroup var store: StoreOptions

    func run() throws {
        let workspace = try store.workspace(corpus: corpus)
        try workspace.writeReport(to: URL(fileURLWithPath: output), analysis: try workspace.textAnalysis())
        Console.out("wrote \(output)")
    }
}
