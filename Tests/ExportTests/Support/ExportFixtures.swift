import Foundation
import Graph
import Workspace
import TestSupport

/// Paths and graphs shared by the export tests.
enum ExportFixtures {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let graphMLSchema = here.appendingPathComponent("Fixtures/graphml/graphml.xsd")
    static let yedSchema = here.appendingPathComponent("Fixtures/graphml/graphml-yfiles-lax.xsd")
    /// GEXF 1.3's RELAX NG grammar (gephi/gexf, CC BY 4.0).
    static let gexfSchema = here.appendingPathComponent("Fixtures/gexf/gexf.rng")
    /// The QDA-XML 1.0 project schema of REFI-QDA (MIT licence).
    static let qdaSchema = here.appendingPathComponent("Fixtures/refi-qda/Project.xsd")

    /// The bundled corpus, ingested into a fresh in-memory store as `agenda ingest` does it.
    static func corpusWorkspace() throws -> Workspace {
        try BundledCorpus.ingested()
    }

    /// A small graph whose texts carry everything XML must escape or drop.
    static let awkward = GraphSnapshot(
        nodes: [
            Node(id: "doc:w1", kind: .workshop, label: "Werkatelier <1> & \"2\"", provenance: Provenance(document: "doc", line: 1), properties: [.date: "2018-03-28"]),
            Node(id: "doc:w1.n1", kind: .note, label: "Notitie", text: "a < b && c > d, 'quote' \"dubbel\"\u{0}\u{1}\u{B}\u{1F} tab\there\r\nregel 😀 👩‍👩‍👧", provenance: Provenance(document: "doc", line: 2), properties: [.theme: "Thema]]>", PropertyKey("label"): "eigen label"]),
            Node(id: "doc with space:x", kind: .person, label: "Émile Ünal", provenance: Provenance(document: "doc", line: 3)),
        ],
        edges: [
            Edge(source: "doc:w1.n1", target: "doc:w1", kind: .partOf),
            Edge(source: "doc with space:x", target: "doc:w1", kind: .speaksAt, weight: 0.25, properties: [.sentence: "<zin> & meer"]),
            Edge(source: "doc:w1", target: "elders:n9", kind: .linksTo, weight: .nan),
        ])
}
