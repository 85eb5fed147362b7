import ArgumentParser
import Foundation
import Graph
import Store
import Workspace

/// `agenda-bench export`: store a graph of N notes and export it as GraphML.
struct ExportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Build a workshop-shaped graph from a note file, store it, and export it in every graph format."
    )

    @Option(help: "Notes as CSV with a text column (make_notes.py --out).")
    var notes: String

    @Option(help: "Planted labels as CSV with a label column (make_notes.py --labels); they become themes.")
    var labels: String?

    @Option(help: "Where to write the GraphML; the other formats go beside it (bench.gexf, bench.cyjs, …).")
    var graphml: String = "bench.graphml"

    @Option(help: "Notes per group, as at one workshop table.")
    var groupSize: Int = 150

    func run() throws {
        var timer = StageTimer()
        let texts = try timer.measure("read") { try NotesFile.read(notes) }
        let themes = try labels.map { try LabelFile.read($0, column: ["label"]) }
        let delta = timer.measure("graph") { SyntheticWorkshops.delta(notes: texts, themes: themes, groupSize: groupSize) }
        let workspace = Workspace(corpus: URL(fileURLWithPath: "corpus"), store: try SQLiteStore(), reporter: BenchReporter())
        try timer.measure("store") {
            try workspace.store(Document(id: "bench", path: notes, kind: .notes, contentHash: "bench"), fingerprint: "bench", delta: delta)
        }
        // Each format as its `agenda export` command writes it, snapshot included.
        let base = URL(fileURLWithPath: graphml).deletingPathExtension()
        let snapshot = try timer.measure("graphml") { try workspace.writeGraph(.graphml(.plain), to: URL(fileURLWithPath: graphml)) }
        try timer.measure("gexf") { try workspace.writeGraph(.gexf(.kind), to: base.appendingPathExtension("gexf")) }
        try timer.measure("cytoscape") { try workspace.writeGraph(.cytoscape(.kind), to: base.appendingPathExtension("cyjs")) }
        try timer.measure("vosviewer") {
            try workspace.writeVOSviewer(map: URL(fileURLWithPath: base.path + "-vosviewer-map.txt"), network: URL(fileURLWithPath: base.path + "-vosviewer-network.txt"), content: .agenda)
        }
        try timer.measure("qdpx") { try workspace.writeQDPX(to: base.appendingPathExtension("qdpx")) }
        print("notes \(texts.count), nodes \(snapshot.nodes.count), edges \(snapshot.edges.count)")
        timer.lines.forEach { print($0) }
    }
}

/// Lays notes out as workshops of four groups, each group's notes under themes by label.
enum SyntheticWorkshops {
    static func delta(notes: [String], themes: [String]?, groupSize: Int) -> GraphDelta {
        var nodes: [Node] = []
        var edges: [Edge] = []
        let size = max(1, groupSize)
        for (groupIndex, start) in stride(from: 0, to: notes.count, by: size).enumerated() {
            let workshop = groupIndex / 4 + 1
            let workshopID = "bench:w\(workshop)"
            if groupIndex % 4 == 0 {
                nodes.append(Node(id: workshopID, kind: .workshop, label: "Werkatelier \(workshop)", provenance: Provenance(document: "bench", line: start + 2), properties: [.date: "2018-03-28"]))
            }
            let groupID = "\(workshopID).g\(groupIndex % 4 + 1)"
            nodes.append(Node(id: groupID, kind: .group, label: "Groep \(groupIndex % 4 + 1)", provenance: Provenance(document: "bench", line: start + 2)))
            edges.append(Edge(source: groupID, target: workshopID, kind: .partOf))
            var themeIDs: [String: String] = [:]
            for index in start..<min(start + size, notes.count) {
                let noteID = "\(groupID).n\(index - start + 1)"
                var properties: Properties = [.group: .text("Groep \(groupIndex % 4 + 1)")]
                if let label = themes?[index] {
                    properties[.theme] = label
                    if themeIDs[label] == nil {
                        let themeID = "\(groupID).t\(themeIDs.count + 1)"
                        themeIDs[label] = themeID
                        nodes.append(Node(id: themeID, kind: .theme, label: label, provenance: Provenance(document: "bench", line: index + 2)))
                        edges.append(Edge(source: themeID, target: groupID, kind: .partOf))
                    }
                    if let themeID = themeIDs[label] { edges.append(Edge(source: noteID, target: themeID, kind: .belongsTo)) }
                }
                nodes.append(Node(id: noteID, kind: .note, label: String(notes[index].prefix(60)), text: notes[index], provenance: Provenance(document: "bench", line: index + 2), properties: properties))
                edges.append(Edge(source: noteID, target: groupID, kind: .partOf))
            }
        }
        return GraphDelta(nodes: nodes, edges: edges)
    }
}
