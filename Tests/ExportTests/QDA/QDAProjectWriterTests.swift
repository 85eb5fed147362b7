import Foundation
import Testing
import Graph
import Zip
@testable import Export

@Suite struct QDAProjectWriterTests {
    /// A document whose notes hold precomposed and combining accents and characters outside
    /// the Basic Multilingual Plane, so offsets counted in UTF-16 units or in grapheme clusters
    /// would select the wrong text.
    static let source = QDASource(document: "d", name: "verslag.txt", blocks: [
        .init(line: 1, endLine: 1, text: "Groep 𝔊 — café"),
        .init(line: 2, endLine: 2, text: "- Naïeve coöperatie van werkgevers 😀 en e\u{301}e\u{301}n wethouder"),
        .init(line: 3, endLine: 3, text: "- 👩‍👩‍👧 gezinnen; 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 in de klas"),
        .init(line: 4, endLine: 4, text: "- Naïeve coöperatie van werkgevers 😀 en e\u{301}e\u{301}n wethouder"),
    ])

    static let graph: GraphSnapshot = {
        let note = { (n: Int, line: Int, text: String) in
            Node(id: "d:w1.g1.n\(n)", kind: .note, label: String(text.prefix(12)), text: text, provenance: Provenance(document: "d", line: line))
        }
        return GraphSnapshot(
            documents: [Document(id: "d", path: "/nergens/verslag.txt", kind: .workshopReport, contentHash: "x")],
            nodes: [
                Node(id: "d:w1", kind: .workshop, label: "Werkatelier", provenance: Provenance(document: "d", line: 1)),
                Node(id: "d:w1.g1", kind: .group, label: "Groep 𝔊", provenance: Provenance(document: "d", line: 1)),
                Node(id: "d:w1.g1.t1", kind: .theme, label: "Samenwerking", provenance: Provenance(document: "d", line: 1)),
                note(1, 2, "Naïeve coöperatie van werkgevers 😀 en e\u{301}e\u{301}n wethouder"),
                note(2, 3, "👩‍👩‍👧 gezinnen; 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"),
                note(3, 4, "Naïeve coöperatie van werkgevers 😀 en e\u{301}e\u{301}n wethouder"),
                note(4, 4, "een tekst die de lezer veranderde"),
                Node(id: "d:p1", kind: .person, label: "Émile Ünal", text: "lector", provenance: Provenance(document: "d", line: 1)),
                Node(id: "o:s1", kind: .systemicQuestion, label: "Systeemvraag", provenance: Provenance(document: "o", line: 1)),
                Node(id: "run:c1", kind: .cluster, label: "werkgevers", provenance: Provenance(document: "run", line: 1)),
            ],
            edges: [
                Edge(source: "d:w1.g1", target: "d:w1", kind: .partOf),
                Edge(source: "d:w1.g1.t1", target: "d:w1.g1", kind: .partOf),
                Edge(source: "d:w1.g1.n1", target: "d:w1.g1.t1", kind: .belongsTo),
                Edge(source: "d:w1.g1.n3", target: "d:w1.g1.t1", kind: .belongsTo),
                Edge(source: "d:w1.g1.n1", target: "d:w1.g1", kind: .partOf),
                Edge(source: "d:w1.g1.n2", target: "d:w1.g1", kind: .partOf),
                Edge(source: "d:w1.g1.n3", target: "d:w1.g1", kind: .partOf),
                Edge(source: "d:w1.g1.n4", target: "d:w1.g1", kind: .partOf),
                Edge(source: "d:w1.g1.n1", target: "run:c1", kind: .assignedTo),
                Edge(source: "run:c1", target: "d:w1.g1", kind: .partOf),
                Edge(source: "d:w1.g1.t1", target: "o:s1", kind: .linksTo),
            ])
    }()

    /// The selections of a project: note name, offsets, and the code GUIDs.
    static func selections(_ xml: String) -> [(name: String, start: Int, end: Int, codes: [String])] {
        var result: [(name: String, start: Int, end: Int, codes: [String])] = []
        for element in LibXML.elements(xml) {
            if element.name == "PlainTextSelection" {
                result.append((element.attributes["name"] ?? "", Int(element.attributes["startPosition"] ?? "") ?? -1, Int(element.attributes["endPosition"] ?? "") ?? -1, []))
            } else if element.name == "CodeRef", !result.isEmpty {
                result[result.count - 1].codes.append(element.attributes["targetGUID"] ?? "")
            }
        }
        return result
    }

    static func cut(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars[start..<end])
        return out
    }

    @Test func everySelectionCutsExactlyItsNoteFromTheTextCountingUnicodeScalars() throws {
        let project = QDAProjectWriter().project(Self.graph, sources: [Self.source])
        #expect(LibXML.validate(project.xml, schema: ExportFixtures.qdaSchema) == [])
        let text = try #require(project.sources.first?.text)
        let selections = Self.selections(project.xml)
        #expect(selections.count == 4)
        let notes = Self.graph.nodes.filter { $0.kind == .note }
        for selection in selections {
            let cut = Self.cut(text, selection.start, selection.end)
            #expect(notes.contains { $0.text == cut && $0.label == selection.name }, "\(cut)")
        }
        // The two notes with the same text select the two places it stands, each once.
        let same = selections.filter { Self.cut(text, $0.start, $0.end).hasPrefix("Naïeve") }.map(\.start)
        #expect(Set(same).count == 2)
        // A scalar count, not UTF-16: the second note starts after line 2's emoji and 𝔊.
        let second = try #require(selections.first { Self.cut(text, $0.start, $0.end).hasPrefix("👩‍👩‍👧") })
        let before = text.unicodeScalars.prefix(second.start)
        #expect(String(String.UnicodeScalarView(before)).hasSuffix("wethouder\n- "))
    }

    @Test func aNoteTheReaderChangedIsSelectedUnderAClosingHeadingAndCounted() throws {
        let project = QDAProjectWriter().project(Self.graph, sources: [Self.source])
        #expect(project.unlocated == ["d": 1])
        let text = try #require(project.sources.first?.text)
        #expect(text.contains(QDAProjectWriter.unlocatedHeading + "\neen tekst die de lezer veranderde\n"))
        #expect(project.selections == 4)
    }

    @Test func codesNotesWithTheirThemeClusterAndLinkedSystemicQuestion() throws {
        let xml = QDAProjectWriter().project(Self.graph, sources: [Self.source]).xml
        let selections = Self.selections(xml)
        let first = try #require(selections.first { $0.start == selections.map(\.start).min() })
        #expect(first.codes == [QDAGUID.of("code:theme:d:w1.g1.t1"), QDAGUID.of("code:cluster:run:c1"), QDAGUID.of("code:systemic:o:s1")])
        // A note without a theme is coded with its group.
        #expect(selections.contains { $0.codes == [QDAGUID.of("code:group:d:w1.g1")] })
        let codes = LibXML.elements(xml).filter { $0.name == "Code" }
        #expect(codes.map { $0.attributes["name"] ?? "" }.starts(with: ["Thema's van de groepen", "Werkatelier", "Groep 𝔊", "Samenwerking", "Automatische clusters"]))
        let automatic = LibXML.elements(xml).filter { $0.name == "Description" && $0.data["text"]?.contains(QDAConvention.automaticMarker) == true }
        #expect(automatic.count == 2)
        #expect(xml.contains(#"<Case guid="\#(QDAGUID.of("case:d:p1"))" name="Émile Ünal">"#))
    }

    @Test func guidsAreStableNameBasedUUIDs() {
        let guid = QDAGUID.of("note:d:w1.g1.n1")
        #expect(guid == QDAGUID.of("note:d:w1.g1.n1"))
        #expect(guid != QDAGUID.of("note:d:w1.g1.n2"))
        #expect(guid.range(of: #"^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$"#, options: .regularExpression) != nil)
    }

    @Test func theArchiveHoldsTheProjectAndItsSourcesAndIsTheSameEveryTime() throws {
        let first = try QDAProjectWriter().project(Self.graph, sources: [Self.source]).archive()
        let second = try QDAProjectWriter().project(Self.graph, sources: [Self.source]).archive()
        #expect(first == second)
        let archive = try ZipArchive(first)
        #expect(archive.entries.keys.sorted() == ["project.qde", "sources/\(QDAGUID.of("source:d")).txt"])
        let xml = try #require(try archive.contents(of: "project.qde", limit: 1 << 20))
        #expect(String(decoding: xml, as: UTF8.self).contains(#"plainTextPath="internal://\#(QDAGUID.of("source:d")).txt""#))
    }

    @Test func notesOfADocumentThatCannotBeReadBecomeASourceOfTheirOwn() throws {
        let project = QDAProjectWriter().project(Self.graph, sources: [])
        #expect(LibXML.validate(project.xml, schema: ExportFixtures.qdaSchema) == [])
        #expect(project.selections == 4)
        #expect(project.unlocated == ["d": 4])
        let text = try #require(project.sources.first?.text)
        for selection in Self.selections(project.xml) {
            #expect(Self.graph.nodes.contains { $0.text == Self.cut(text, selection.start, selection.end) })
        }
    }
}
