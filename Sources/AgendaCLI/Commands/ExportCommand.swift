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
        subcommands: [GraphMLExportCommand.self, MarkdownExportCommand.self, WordExportCommand.self, HTMLExportCommand.self]
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

    @Option(help: "Only these node kinds, comma-separated (and the edges among them): \(NodeKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kinds: String?

    @Option(help: "Only this workshop, by id, title or date.")
    var workshop: String?

    @Option(help: "Only this group, by id or label.")
    var group: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        _ = try Self.kinds(kinds)
    }

    func run() throws {
        let selection = GraphSelection(kinds: try Self.kinds(kinds), workshop: workshop, group: group)
        let written = try store.workspace().writeGraphML(to: URL(fileURLWithPath: output), profile: profile, selection: selection)
        Console.out("wrote \(output): \(written.nodes.count) nodes, \(written.edges.count) edges")
    }

    /// The node kinds of a comma-separated list, or `nil` for all.
    static func kinds(_ list: String?) throws -> Set<NodeKind>? {
        guard let list else { return nil }
        var kinds: Set<NodeKind> = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let kind = NodeKind(rawValue: name) else {
                throw ValidationError("'\(name)' in --kinds is not a node kind; use some of \(NodeKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kinds.insert(kind)
        }
        return kinds
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
