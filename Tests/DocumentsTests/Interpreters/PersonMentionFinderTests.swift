import Testing
@testable import Documents
import Graph
import TestSupport

@Suite struct PersonMentionFinderTests {
    let finder: PersonMentionFinder

    init() throws {
        finder = try PersonMentionFinder(lexicon: .standard)
    }

    @Test func readsRoleAndOrganisationAppositions() {
        let found = finder.mentions(in: "Het overzicht kwam van Josephine Engels, lector Arbeid & Gezondheid bij de Hogeschool van Arnhem en Nijmegen (HAN). Daarna sprak Ruurd Baane (Bright & Company).")
        #expect(found == [
            PersonMention(name: "Josephine Engels", role: "lector Arbeid & Gezondheid", organisations: ["Hogeschool van Arnhem en Nijmegen (HAN)"]),
            PersonMention(name: "Ruurd Baane", role: nil, organisations: ["Bright & Company"]),
        ])
    }

    @Test func prefersBijOverVanForTheOrganisation() {
        let found = finder.mentions(in: "reflectie door Rob Gründemann, lector Organiseren van Verandering in het publieke domein bij de Hogeschool Utrecht, waarin hij")
        #expect(found.first?.role == "lector Organiseren van Verandering in het publieke domein")
        #expect(found.first?.organisations == ["Hogeschool Utrecht"])
    }

    @Test func keepsNameParticles() {
        let found = finder.mentions(in: "door Paul van der Aa, lector Inclusieve arbeid bij de Hogeschool Rotterdam.")
        #expect(found.first?.name == "Paul van der Aa")
    }

    @Test(arguments: [
        "bij de Hogeschool Utrecht, waarin hij vooral inging op cijfers van het SCP",
        "Leve Lang Leren (LLL) operationaliseren",
        "De Hogeschool Rotterdam (HR) organiseerde het.",
        "Groep Roze en Blauw",
    ])
    func takesNoOrganisationOrTitleForAPerson(text: String) {
        #expect(finder.mentions(in: text).isEmpty)
    }
}
