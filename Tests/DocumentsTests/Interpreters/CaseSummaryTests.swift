import Testing
@testable import Documents

/// Practice cases told briefly, from hand-made case texts.
@Suite struct CaseSummaryTests {
    let summaries = CaseSummary(lexicon: .standard)

    @Test func choosesTheSentenceThatSaysWhatTheCaseDoesNotWhoPresentedIt() {
        let text = "Daarna volgde een co-referaat door Els Jansen van De Werkplaats. De Werkplaats leidt jongeren zonder diploma op tot fietsenmaker. Zij kreeg veel vragen."
        #expect(summaries.summary(of: text, name: "De Werkplaats") == "De Werkplaats leidt jongeren zonder diploma op tot fietsenmaker.")
        // A short sentence takes the next along when that one says something too.
        let two = "De Werkplaats leidt jongeren op. Zij werken daarna bij fietsenzaken in de hele regio Utrecht. Meer weten?"
        #expect(summaries.summary(of: two, name: "De Werkplaats") == "De Werkplaats leidt jongeren op. Zij werken daarna bij fietsenzaken in de hele regio Utrecht.")
    }

    @Test func saysNothingRatherThanOnlyWhoSpoke() {
        #expect(summaries.summary(of: "Helaas verviel de presentatie van De Werkplaats door ziekte.", name: "De Werkplaats") == "")
    }

    @Test func staysUnderThreeHundredCharactersCuttingAtAWord() {
        let long = "De Werkplaats " + Array(repeating: "begeleidt mensen naar werk", count: 30).joined(separator: " en ") + "."
        let summary = summaries.summary(of: long, name: "De Werkplaats")
        #expect(summary.count <= CaseSummary.limit)
        #expect(summary.hasSuffix(" …"))
        #expect(long.hasPrefix(String(summary.dropLast(2))))
    }

    @Test func keepsNumbersWithTheirFullStops() {
        #expect(WorkshopReportInterpreter.sentences(of: "Asito heeft 10.000 medewerkers. Het werkt.") == ["Asito heeft 10.000 medewerkers.", "Het werkt."])
        #expect(WorkshopReportInterpreter.sentences(of: "Zij zei: ‘Het werkt.’ Daarna niet.") == ["Zij zei: ‘Het werkt.’", "Daarna niet."])
    }
}
