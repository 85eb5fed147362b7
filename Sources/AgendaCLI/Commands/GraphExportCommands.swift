import AgendaArguments
import ArgumentParser
import Export
import Foundation
import Graph
import Workspace

/// `agenda export graphml`, `gexf` and `cytoscape`: the selected part of the graph in the
/// format `Choice` names, shaped by its one option (GraphML's profile, or the colouring).
struct GraphExportCommand<Choice: GraphFormatChoice>: FileExportCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: Choice.format(.standard).name, abstract: Choice.abstract)
    }

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String = "out/graph.\(Choice.format(.standard).fileExtension)"

    @Option(name: .customLong(Choice.Style.option), help: ArgumentHelp(Choice.Style.help))
    var style: Choice.Style = .standard

    @OptionGroup var part: SelectionOptions
    @OptionGroup var store: StoreOptions

    func write(to url: URL) throws -> String {
        let written = try store.workspace().writeGraph(Choice.format(style), to: url, selection: try part.selection)
        return ": \(written.nodes.count) nodes, \(written.edges.count) edges"
    }
}

/// The one option that shapes a graph format: its name, help and default.
protocol GraphStyle: ExpressibleByArgument, Sendable {
    static var option: String { get }
    static var help: String { get }
    static var standard: Self { get }
}

extension GraphMLProfile: GraphStyle {
    static let option = "profile"
    static let help = "plain (Gephi, Cytoscape, NetworkX) or yed (adds labels and colours yEd shows)."
    static var standard: GraphMLProfile { .plain }
}

extension GraphColouring: GraphStyle {
    static let option = "colour"
    static let help = "Colour nodes by kind, or notes and clusters by automatic cluster."
    static var standard: GraphColouring { .kind }
}

/// A graph format as a command of its own: the format its option makes, and what it writes.
protocol GraphFormatChoice {
    associatedtype Style: GraphStyle
    static var abstract: String { get }
    static func format(_ style: Style) -> GraphFormat
}

enum GraphMLChoice: GraphFormatChoice {
    static let abstract = "Write the graph as GraphML for Gephi, yEd, Cytoscape and NetworkX."
    static func format(_ profile: GraphMLProfile) -> GraphFormat { .graphml(profile) }
}

enum GEXFChoice: GraphFormatChoice {
    static let abstract = "Write the graph as GEXF 1.3 for Gephi, with colours, sizes and the report's positions (NetworkX reads it too)."
    static func format(_ colouring: GraphColouring) -> GraphFormat { .gexf(colouring) }
}

enum CytoscapeChoice: GraphFormatChoice {
    static let abstract = "Write the graph as Cytoscape.js JSON (.cyjs) with positions, for Cytoscape desktop, Cytoscape.js and NetworkX."
    static func format(_ colouring: GraphColouring) -> GraphFormat { .cytoscape(colouring) }
}

/// `agenda export qdpx`: the workshops as a REFI-QDA project.
struct QDPXExportCommand: FileExportCommand {
    static let configuration = CommandConfiguration(
        commandName: "qdpx",
        abstract: "Write a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo and QualCoder: the documents as text, every note a coded selection, the groups' themes, the automatic clusters and the systemic questions as codes."
    )

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String = "out/agenda.qdpx"

    @OptionGroup var store: StoreOptions

    func write(to url: URL) throws -> String {
        let written = try store.workspace().writeQDPX(to: url)
        return ": \(written.sources) sources, \(written.selections) coded notes"
    }
}

/// `agenda export vosviewer`: a map and network file for VOSviewer (two files, so not a
/// ``FileExportCommand``).
struct VOSviewerExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vosviewer",
        abstract: "Write a VOSviewer map file and network file: the agenda's network, or every note on the map of the notes."
    )

    @Option(help: "agenda (themes, questions, systemic questions, initiatives, stakeholders) or notes (every note, its cluster, its most similar notes).")
    var of: VOSviewerContent = .agenda

    @Option(help: "The map file to write (default: out/vosviewer-<of>-map.txt).")
    var map: String?

    @Option(help: "The network file to write (default: out/vosviewer-<of>-network.txt).")
    var network: String?

    @Option(help: "The corpus folder (background text and lexicon, for the notes' map).")
    var corpus: String = "corpus"

    @OptionGroup var store: StoreOptions

    func run() throws {
        let mapPath = map ?? "out/vosviewer-\(of.rawValue)-map.txt"
        let networkPath = network ?? "out/vosviewer-\(of.rawValue)-network.txt"
        let workspace = try store.workspace(corpus: corpus)
        let written = try workspace.writeVOSviewer(map: URL(fileURLWithPath: mapPath), network: URL(fileURLWithPath: networkPath), content: of)
        Console.out("wrote \(mapPath) (\(written.items.count) items) and \(networkPath) (\(written.links.count) links)")
    }
}
