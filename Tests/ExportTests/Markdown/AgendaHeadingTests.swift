@testable import Export
import Testing

/// Short headings for long formulations: whole words, whole clauses, never "…".
@Suite struct AgendaHeadingTests {
    @Test func keepsAShortTextWhole() {
        #expect(AgendaComposer.heading("Basisbanen") == "Basisbanen")
        #expect(AgendaComposer.heading("Hoe kunnen we beter omgaan met administratieve druk en schotten?") == "Hoe kunnen we beter omgaan met administratieve druk en schotten?")
    }

    @Test func cutsALongTextAtTheLastBreakOfItsSentence() {
        #expect(AgendaComposer.heading("Hoe laat je het systeem voor je werken? / Hoe creëer je de context om te blijven ontwikkelen, ook als de organisatie niet meewerkt?")
            == "Hoe laat je het systeem voor je werken?")
        #expect(AgendaComposer.heading("Leerproces / passende leerarrangementen: hoe verloopt LLO en faciliteer je dat op innovatieve wijze. Hier passen ook mooi de bovengenoemde learning communities")
            == "Leerproces / passende leerarrangementen: hoe verloopt LLO en faciliteer je dat op innovatieve wijze")
    }

    @Test func neverLeavesABracketOpenOrEndsOnAWordThatNeedsMore() {
        let samenspel = AgendaComposer.heading("Hoe verloopt het samenspel tussen (HR) professionals, leidinggevenden en werkenden zelf bij het in beweging krijgen van mensen?")
        #expect(samenspel == "Hoe verloopt het samenspel tussen (HR) professionals")
        let inzet = AgendaComposer.heading("Hoe komen we tot een duurzame inzet van werkzoekenden (i.p.v. tijdelijk, in aanbesteding, op projectbasis, of met een contract dat steeds weer afloopt)?")
        #expect(inzet == "Hoe komen we tot een duurzame inzet van werkzoekenden")
    }

    @Test func keepsAWholeTextThatHasNoBreakRatherThanCuttingIt() {
        let text = "Hoe zorg je ervoor dat er sprake is van passend werk als dynamisch fenomeen en niet geisoleerd van alle activiteiten rond duurzame inzetbaarheid zowel voor outsiders als voor insiders?"
        #expect(AgendaComposer.heading(text) == text)
        #expect(!AgendaComposer.heading(text).contains("…"))
    }
}
