import Foundation
import Graph
import Testing

@Suite struct PropertiesTests {
    @Test func keepsTextsAndListsApartThroughJSON() throws {
        var properties: Properties = [.workshop: "Werkatelier 1; inclusieve organisatie"]
        properties.setList(.keywords, ["werk, inkomen", "zorg; welzijn"])
        properties.append("lector", to: .role)
        properties.append("lector", to: .role)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(properties), as: UTF8.self)
        #expect(json == #"{"keywords":["werk, inkomen","zorg; welzijn"],"role":["lector"],"workshop":"Werkatelier 1; inclusieve organisatie"}"#)
        let decoded = try JSONDecoder().decode(Properties.self, from: Data(json.utf8))
        #expect(decoded == properties)
        #expect(decoded[.workshop] == "Werkatelier 1; inclusieve organisatie")
        #expect(decoded.list(.keywords) == ["werk, inkomen", "zorg; welzijn"])
        // A list has no single text; a text is a list of one.
        #expect(decoded[.keywords] == nil)
        #expect(decoded.list(.workshop) == ["Werkatelier 1; inclusieve organisatie"])
        #expect(decoded.display(.keywords) == "werk, inkomen; zorg; welzijn")
    }

    @Test func anEmptyListIsNoProperty() {
        var properties = Properties()
        properties.setList(.sharedTerms, [])
        #expect(properties.isEmpty)
    }
}
