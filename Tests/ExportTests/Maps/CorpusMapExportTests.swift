import Foundation
import Graph
import Store
import TestSupport
import Testing
import Workspace
import Zip
@testable import Export

/// The bundled corpus after `agenda build`'s steps (ingest, cluster per group, link), exported
/// in every map format as the `agenda export` commands write them.
@Suite(.serialized) struct CorpusMapExportTests {
    static let built: Result<Workspace, any Error> = Result {
        let workspace = try BundledCorpus.ingested()
        let analysis = try workspace.textAnalysis()
        _ = try workspace.cluster(scope: .group, count: .automatic, analysis: analysis)
        _ = try workspace.link(analysis: analysis)
        return workspace
    }

    @Test func gexfAndCytoscapeOfTheBuiltCorpusValidateAndHoldEveryNodeAndEdge() throws {
        let workspace = try Self.built.get()
        let statistics = try workspace.statistics()
        let folder = try TemporaryFolder()
        let gexf = folder.file("graph.gexf")
        try workspace.writeGraph(.gexf(.cluster), to: gexf)
        let xml = try String(contentsOf: gexf, encoding: .utf8)
        #expect(LibXML.validateRelaxNG(xml, schema: ExportFixtures.gexfSchema) == [])
        let elements = LibXML.elements(xml)
        #expect(elements.filter { $0.name == "node" }.count == statistics.nodeTotal)
        #expect(elements.filter { $0.name == "edge" }.count == statistics.edgeTotal)

        let cyjs = folder.file("graph.cyjs")
        try workspace.writeGraph(.cytoscape(.kind), to: cyjs)
        let (_, nodes, edges) = try CytoscapeWriterTests.read(try String(contentsOf: cyjs, encoding: .utf8))
        #expect(nodes.count == statistics.nodeTotal)
        #expect(edges.count == statistics.edgeTotal)
    }

    @Test func vosviewerMapsOfTheAgendaAndTheNotesFollowTheFileRules() throws {
        let workspace = try Self.built.get()
        let snapshot = try workspace.graph()
        let folder = try TemporaryFolder()
        for content in VOSviewerContent.allCases {
            let mapFile = folder.file("\(content.rawValue)-map.txt"), networkFile = folder.file("\(content.rawValue)-network.txt")
            let map = try workspace.writeVOSviewer(map: mapFile, network: networkFile, content: content)
            let rows = try String(contentsOf: mapFile, encoding: .utf8).split(separator: "\n").map { $0.components(separatedBy: "\t") }
            let expected = content == .notes ? snapshot.nodes.filter { $0.kind == .note }.count : GraphLayout.network(of: snapshot).nodes.count
            #expect(rows.count == expected + 1)
            #expect(rows.allSatisfy { $0.count == rows[0].count })
            #expect(rows.dropFirst().allSatisfy { (Int($0[5]) ?? 0) >= 1 && (Int($0[5]) ?? 0) <= 1000 })
            let ids = Set(rows.dropFirst().map { $0[0] })
            let links = try String(contentsOf: networkFile, encoding: .utf8).split(separator: "\n").map { $0.components(separatedBy: "\t") }
            #expect(links.count == map.links.count)
            #expect(!links.isEmpty)
            #expect(links.allSatisfy { $0.count == 3 && ids.contains($0[0]) && ids.contains($0[1]) && (Double($0[2]) ?? 0) > 0 })
            let pairs = links.map { [$0[0], $0[1]].sorted().joined(separator: "-") }
            #expect(Set(pairs).count == pairs.count)
        }
    }

    /// The project of the built corpus: valid QDA-XML, every note selected exactly.
    @Test func theQDPXOfTheCorpusValidatesAndEverySelectionIsItsNote() throws {
        let workspace = try Self.built.get()
        let snapshot = try workspace.graph()
        let folder = try TemporaryFolder()
        let file = folder.file("agenda.qdpx")
        let summary = try workspace.writeQDPX(to: file)
        let notes = snapshot.nodes.filter { $0.kind == .note }
        #expect(summary.selections == notes.count)
        #expect(summary.unlocated.isEmpty)
        let archive = try ZipArchive(try Data(contentsOf: file))
        let xml = String(decoding: try #require(try archive.contents(of: "project.qde", limit: 64 << 20)), as: UTF8.self)
        #expect(LibXML.validate(xml, schema: ExportFixtures.qdaSchema) == [])

        var cuts: [String] = []
        var text: [Unicode.Scalar] = []
        for element in LibXML.elements(xml) {
            if element.name == "TextSource", let path = element.attributes["plainTextPath"] {
                let data = try #require(try archive.contents(of: "sources/" + path.dropFirst("internal://".count), limit: 64 << 20))
                text = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
            }
            if element.name == "PlainTextSelection" {
                let start = try #require(Int(element.attributes["startPosition"] ?? "")), end = try #require(Int(element.attributes["endPosition"] ?? ""))
                var cut = ""
                cut.unicodeScalars.append(contentsOf: text[start..<end])
                cuts.append(cut)
            }
        }
        #expect(cuts.sorted() == notes.map { $0.text ?? $0.label }.sorted())
        // The same bytes on a second export.
        let again = folder.file("again.qdpx")
        try workspace.writeQDPX(to: again)
        #expect(try Data(contentsOf: file) == Data(contentsOf: again))
    }

    /// A project written by the toolkit and ingested again gives the same notes in the same groups and themes.
    @Test func aQDPXIngestedAgainGivesTheSameNotesAndGrouping() throws {
        let workspace = try Self.built.get()
        let folder = try TemporaryFolder()
        let file = folder.file("agenda.qdpx")
        try workspace.writeQDPX(to: file)
        let fresh = Workspace(corpus: folder.url, store: try SQLiteStore(), reporter: RecordingReporter())
        let reports = try fresh.ingest(paths: [file.path], kind: nil)
        #expect(reports.first?.kind == .notes)

        func grouping(_ snapshot: GraphSnapshot) -> [String: [String]] {
            var result: [String: [String]] = [:]
            for group in snapshot.groupNotes() {
                for (note, theme) in zip(group.notes, group.themes) {
                    result[group.group.label + " / " + (theme ?? "-"), default: []].append(note.text ?? note.label)
                }
            }
            return result.mapValues { $0.sorted() }
        }
        let before = try workspace.graph(), after = try fresh.graph()
        #expect(after.nodes.filter { $0.kind == .note }.map { $0.text ?? "" }.sorted() == before.nodes.filter { $0.kind == .note }.map { $0.text ?? $0.label }.sorted())
        // The same partition of the notes into groups and themes (theme names are the codes' names).
        #expect(Set(grouping(after).values) == Set(grouping(before).values))
    }

    @Test func theATLASSampleIngestsWithoutError() throws {
        let sample = ExportFixtures.here.deletingLastPathComponent().appendingPathComponent("DocumentsTests/Fixtures/qdpx/atlas-ti-23-codebook.qdpx")
        let folder = try TemporaryFolder()
        let workspace = Workspace(corpus: folder.url, store: try SQLiteStore(), reporter: RecordingReporter())
        let reports = try workspace.ingest(paths: [sample.path], kind: nil)
        #expect(reports.count == 1)
        #expect(try workspace.graph().nodes.filter { $0.kind == .note }.isEmpty)
    }
}
