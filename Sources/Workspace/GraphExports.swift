import Clustering
public import Export
public import Foundation
public import Graph

/// Which map of the graph a VOSviewer export holds.
public enum VOSviewerContent: String, Sendable, Hashable, CaseIterable {
    /// The agenda's network: themes, questions, systemic questions, initiatives and
    /// stakeholder groups, as the report draws it.
    case agenda
    /// Every note on the report's map of the notes, in its automatic cluster, linked to its
    /// most similar notes.
    case notes
}

/// A file format of the graph, with the choice that shapes it.
public enum GraphFormat: Sendable, Hashable {
    /// GraphML, plain (Gephi, Cytoscape, NetworkX, igraph) or with yEd's drawing.
    case graphml(GraphMLProfile)
    /// GEXF 1.3 for Gephi (and NetworkX), drawn: colours, sizes, the report's positions.
    case gexf(GraphColouring)
    /// Cytoscape.js JSON (`.cyjs`) for Cytoscape desktop, Cytoscape.js and NetworkX, drawn.
    case cytoscape(GraphColouring)

    /// The format's name on the command line.
    public var name: String {
        switch self {
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .cytoscape: "cytoscape"
        }
    }

    public var fileExtension: String {
        switch self {
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .cytoscape: "cyjs"
        }
    }
}

/// What a REFI-QDA export wrote.
public struct QDAExportSummary: Sendable {
    public var sources: Int
    public var selections: Int
    /// Notes not found word for word in their document's text, by document id.
    public var unlocated: [String: Int]
}

extension Workspace {
    /// Writes the part of the graph `selection` keeps in `format` to `url`; returns what was written.
    @discardableResult
    public func writeGraph(_ format: GraphFormat, to url: URL, selection: GraphSelection = GraphSelection()) throws -> GraphSnapshot {
        switch format {
        case .graphml(let profile):
            let writer = GraphMLWriter(profile: profile)
            return try writeGraph(to: url, selection: selection) { snapshot, output in writer.write(snapshot, to: &output) }
        case .gexf(let colouring):
            let writer = GEXFWriter(colouring: colouring)
            return try writeGraph(to: url, selection: selection) { snapshot, output in writer.write(snapshot, to: &output) }
        case .cytoscape(let colouring):
            let writer = CytoscapeWriter(colouring: colouring)
            return try writeGraph(to: url, selection: selection) { snapshot, output in writer.write(snapshot, to: &output) }
        }
    }

    /// The selected part of the stored graph, written by `write` atomically to `url`.
    func writeGraph(to url: URL, selection: GraphSelection, _ write: (GraphSnapshot, inout BufferedFileOutput) -> Void) throws -> GraphSnapshot {
        let snapshot = try selection.apply(to: try reviewedGraph())
        try AtomicFile(url).write { output in write(snapshot, &output) }
        return snapshot
    }

    /// The number of similar notes each note is linked to in the VOSviewer map of the notes.
    public static let vosviewerNeighbours = 5

    /// Writes a VOSviewer map file to `map` and network file to `network`; returns the map.
    ///
    /// The notes' map is laid out and clustered with `analysis` as the report's map of all
    /// notes is; the agenda's needs no text analysis.
    @discardableResult
    public func writeVOSviewer(map: URL, network: URL, content: VOSviewerContent, analysis: TextAnalysis? = nil) throws -> VOSviewerMap {
        let snapshot = try reviewedGraph()
        let result: VOSviewerMap
        switch content {
        case .agenda:
            result = VOSviewerMap.agenda(snapshot)
        case .notes:
            let notes = snapshot.nodes.filter { $0.kind == .note }
            let texts = notes.map { $0.text ?? $0.label }
            let analysis = try analysis ?? textAnalysis()
            // One setup (the language detected, and said, once) for the map and the neighbours.
            let setup = analysis.setup(for: texts)
            let (clusters, layout) = setup.clusterAndMap(texts, count: .automatic, corrections: analysis.corrections)
            let similar = setup.similarNotes(setup.noteVectors(texts), k: Self.vosviewerNeighbours)
            var themes: [String: String] = [:]
            for group in snapshot.groupNotes() {
                for (note, theme) in zip(group.notes, group.themes) { themes[note.id] = theme }
            }
            result = VOSviewerMap.notes(notes, x: layout.x, y: layout.y, clusters: clusters.assignments, similar: similar, themes: themes)
        }
        try AtomicFile(map).write { output in result.writeMap(to: &output) }
        try AtomicFile(network).write { output in result.writeNetwork(to: &output) }
        return result
    }

    /// Writes the graph as a REFI-QDA project to `url`: the documents as plain text, every note
    /// a coded selection. A document that cannot be read again, and notes not found word for
    /// word in their document, are said to the reporter.
    @discardableResult
    public func writeQDPX(to url: URL) throws -> QDAExportSummary {
        let snapshot = try reviewedGraph()
        let project = QDAProjectWriter().project(snapshot, sources: qdaSources(of: snapshot))
        let archive = try project.archive()
        try AtomicFile(url).write { output in output.write(bytes: archive) }
        for (document, count) in project.unlocated.sorted(by: { $0.key < $1.key }) {
            let path = snapshot.documents.first { $0.id == document }?.path ?? document
            reporter.warning("\(path): \(count) note\(count == 1 ? " is" : "s are") not word for word in the document's text, so the project selects \(count == 1 ? "it" : "them") under a closing heading of that source; check the document has not changed since it was ingested")
        }
        return QDAExportSummary(sources: project.sources.count, selections: project.selections, unlocated: project.unlocated)
    }

    /// The documents holding notes, read again as plain text blocks.
    func qdaSources(of snapshot: GraphSnapshot) -> [QDASource] {
        let withNotes = Set(snapshot.nodes.lazy.filter { $0.kind == .note }.map(\.provenance.document))
        var sources: [QDASource] = []
        for document in snapshot.documents.sorted(by: { $0.id < $1.id }) {
            let url = URL(fileURLWithPath: document.path)
            guard let bytes = try? readers.contents(of: url), let read = try? readers.read(bytes, from: url, document: document.id) else {
                if withNotes.contains(document.id) {
                    reporter.warning("\(document.path) cannot be read again, so the project holds only its notes as the source's text")
                }
                continue
            }
            sources.append(QDASource(
                document: document.id, name: url.lastPathComponent,
                blocks: read.outline.blocks.map { QDASource.Block(line: $0.line, endLine: $0.endLine, text: $0.text) }))
        }
        return sources
    }
}
