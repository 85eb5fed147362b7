import Testing
@testable import Documents
import Graph
import TestSupport

@Suite struct ListMarkerTests {
    @Test(arguments: [
        ("· Hoe leren mensen?", ListMarker.bullet("·"), "Hoe leren mensen?"),
        ("- item", .bullet("-"), "item"),
        ("-\tOntsluiting arbeidsmarkt", .bullet("-"), "Ontsluiting arbeidsmarkt"),
        ("* star", .bullet("*"), "star"),
        ("• dot", .bullet("•"), "dot"),
        ("1 Hoe mobiliseer", .number(1, punctuation: ""), "Hoe mobiliseer"),
        ("2. RELATIE", .number(2, punctuation: "."), "RELATIE"),
        ("3) waarde van werk", .number(3, punctuation: ")"), "waarde van werk"),
        ("1\tHoe herontwerpen", .number(1, punctuation: ""), "Hoe herontwerpen"),
        ("a. Hoe kunnen we", .letter("a", punctuation: "."), "Hoe kunnen we"),
        ("b)\tGezondheid", .letter("b", punctuation: ")"), "Gezondheid"),
        ("iv. Systeem van belonen", .roman(4, punctuation: "."), "Systeem van belonen"),
    ])
    func splitsMarkers(line: String, marker: ListMarker, text: String) throws {
        let split = try #require(ListMarker.split(line[...]))
        #expect(split.marker == marker)
        #expect(String(split.text) == text)
    }

    @Test(arguments: [
        "1.000.000 mensen staan aan de kant", "3e kwartaal van 2017", "2018 was een goed jaar",
        "**Welkom**", "--------------- professionaliteit", "Groep geel", "bijv. een voorbeeld",
        "100 deelnemers", "a.b.c. zonder spatie",
    ])
    func leavesTextWithoutMarkerAlone(line: String) {
        #expect(ListMarker.split(line[...]) == nil)
    }
}
