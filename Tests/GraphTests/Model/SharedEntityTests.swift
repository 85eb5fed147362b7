import Graph
import Testing

/// The rule that makes one node of a person or organisation several documents name.
@Suite struct SharedEntityTests {
    static func version(_ document: String, label: String = "Petra Biemans", text: String? = nil, _ properties: Properties = [:]) -> Node {
        Node(id: "person:petra-biemans", kind: .person, label: label, text: text, provenance: Provenance(document: document, line: 2), properties: properties)
    }

    @Test func isNothingWhenNoDocumentNamesTheEntity() {
        #expect(SharedEntity.merged([]) == nil)
    }

    @Test func isTheVersionItselfWhenOneDocumentNamesIt() {
        let only = Self.version("a", text: "lector", [.role: "lector HRM"])
        #expect(SharedEntity.merged([only]) == only)
    }

    @Test func takesLabelAndProvenanceFromTheFirstDocumentByIdWhateverTheOrderGiven() throws {
        let merged = try #require(SharedEntity.merged([Self.version("b", label: "P. Biemans"), Self.version("a", label: "Petra Biemans")]))
        #expect(merged.label == "Petra Biemans")
        #expect(merged.provenance.document == "a")
        #expect(merged.properties.list(.documents) == ["a", "b"])
    }

    @Test func keepsWhatTheDocumentsGiveAlikeAndListsWhatTheyGiveDifferently() throws {
        let a = Self.version("a", [.role: "lector HRM", .affiliation: "Inholland"])
        var bProperties: Properties = [.affiliation: "Inholland"]
        bProperties.setList(.role, ["lector Persoonlijk Ondernemerschap", "lector HRM"])
        let merged = try #require(SharedEntity.merged([a, Self.version("b", bProperties)]))
        #expect(merged.properties[.affiliation] == "Inholland")
        // Each value once, in document order.
        #expect(merged.properties.list(.role) == ["lector HRM", "lector Persoonlijk Ondernemerschap"])
    }

    @Test func takesTheTextOfTheFirstDocumentThatHasOne() throws {
        let merged = try #require(SharedEntity.merged([Self.version("a"), Self.version("b", text: "lector te Utrecht"), Self.version("c", text: "anders")]))
        #expect(merged.text == "lector te Utrecht")
        #expect(merged.properties.list(.documents) == ["a", "b", "c"])
    }
}
