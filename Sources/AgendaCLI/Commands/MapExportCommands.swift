import AgendaArguments
import ArgumentParser
import Export
import Foundation
import Workspace

/// `agenda export gexf`: the graph for Gephi, drawn.
struct GEXFExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gexf",
        abstract: "Write the graph as GEXF 1.3 for Gephi, with colours, sizes and the report's positions (NetworkX reads it too)."
    )

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String = "out/graph.gexf"

    @Option(help: "Colour nodes by kind, or notes and clusters by automatic cluster.")
    var colour: GraphColouring = .kind

    @OptionGroup var part: SelectionOptions

    @OptionGroup var store: StoreOptions

    func run() throws {
        let written = try store.workspace().writeGEXF(to: URL(fileURLWithPath: output), colouring: colour, selection: try part.selection)
        Console.out("wrote \(output): \(written.nodes.count) nodes, \(written.edges.count) edges")
    }
}

/// `agenda export cytoscape`: the graph for Cytoscape and Cytoscape.js.
struct CytoscapeExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cytoscape",
        abstract: "Write the graph as Cytoscape.js JSON (.cyjs) with positions, for Cytoscape desktop, Cytoscape.js and NetworkX."
    )

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String = "out/graph.cyjs"

    @Option(help: "Colour nodes by kind, or notes and clusters by automatic cluster.")
    var colour: GraphColouring = .kind

    @OptionGroup var part: SelectionOptions

    @OptionGroup var store: StoreOptions

    func run() throws {
        let written = try store.workspace().writeCytoscape(to: URL(fileURLWithPath: output), colouring: colour, selection: try part.selection)
        Console.out("wrote \(output): \(written.nodes.count) nodes, \(written.edges.count) edges")
    }
}

/// `agenda export vosviewer`: a map and network file for VOSviewer.
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

/// `agenda export qdpx`: the workshops as a REFI-QDA project.
struct QDPXExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qdpx",
        abstract: "Write a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo and QualCoder: the documents as text, every note a coded selection, the groups' themes, the automatic clusters and the systemic questions as codes."
    )

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String = "out/agenda.qdpx"

    @OptionGroup var store: StoreOptions

    func run() throws {
        let written = try store.workspace().writeQDPX(to: URL(fileURLWithPath: output))
        Console.out("wrote \(output): \(written.sources) sources, \(written.selections) coded notes")
    }
}
