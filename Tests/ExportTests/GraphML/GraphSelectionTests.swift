import Testing
import Graph
@testable import Export

@Suite struct GraphSelectionTests {
    let snapshot: GraphSnapshot

    init() throws {
        snapshot = try ExportFixtures.corpusWorkspace().graph()
    }

    @Test func keepsOnlyTheNamedKindsAndTheEdgesAmongThem() throws {
        let selected = try GraphSelection(kinds: [.theme, .question]).apply(to: snapshot)
        #expect(Set(selected.nodes.map(\.kind)) == [.theme, .question])
        #expect(selected.nodes.count == snapshot.nodes.filter { $0.kind == .theme || $0.kind == .question }.count)
        let ids = Set(selected.nodes.map(\.id))
        #expect(selected.edges.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })
        #expect(selected.edges.contains { $0.kind == .asks })
    }

    @Test func keepsOneWorkshopWithItsGroupsNotesAndSpeakers() throws {
        let selected = try GraphSelection(workshop: "inclusieve organisatie").apply(to: snapshot)
        let workshops = selected.nodes.filter { $0.kind == .workshop }
        #expect(workshops.map(\.label) == ["inclusieve organisatie"])
        #expect(selected.nodes.filter { $0.kind == .group }.count == 4)
        #expect(selected.nodes.filter { $0.kind == .note }.allSatisfy { $0.properties[.workshop] == "inclusieve organisatie" })
        #expect(selected.nodes.contains { $0.label == "Leonore Nieuwmeijer" })
        #expect(selected.nodes.contains { $0.label == "Asito" })
        #expect(!selected.nodes.contains { $0.label == "Josephine Engels" })
        let byDate = try GraphSelection(workshop: "2018-04-11").apply(to: snapshot)
        #expect(byDate == selected)
    }

    @Test func keepsOneGroupOfOneWorkshop() throws {
        let selected = try GraphSelection(workshop: "herwaardering van werk", group: "Groep 2").apply(to: snapshot)
        #expect(selected.nodes.filter { $0.kind == .group }.map(\.label) == ["Groep 2"])
        #expect(selected.nodes.filter { $0.kind == .theme }.map(\.label) == ["Jongeren & werk", "Decent jobs", "Mantelzorg", "Basisbanen"])
        #expect(selected.nodes.filter { $0.kind == .workshop }.isEmpty)
    }

    @Test func namesAWorkshopOrGroupThatIsNotThere() {
        #expect(throws: ExportError.self) { try GraphSelection(workshop: "onbekend").apply(to: snapshot) }
        #expect(throws: ExportError.self) { try GraphSelection(group: "Groep zilver").apply(to: snapshot) }
    }
}
