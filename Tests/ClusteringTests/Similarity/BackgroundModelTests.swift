import Testing

@testable import Clustering

@Suite struct BackgroundModelTests {
    static let passages = [
        "Mantelzorg naast betaald werk",
        "Mantelzorg en zorgverlof voor werkenden",
        "Robots op de werkvloer en ander werk",
        "Robotisering verandert het werk",
    ]
    static let analyzer = TextAnalyzer(language: .dutch)

    @Test func rareTermsWeighMoreThanCommonOnes() {
        let model = BackgroundModel(passages: Self.passages, analyzer: Self.analyzer)
        #expect(model.passages == 4)
        let werk = Self.analyzer.stem("werk"), mantelzorg = Self.analyzer.stem("mantelzorg"), zorgverlof = Self.analyzer.stem("zorgverlof")
        #expect(model.idf(zorgverlof) > model.idf(mantelzorg))
        #expect(model.idf(mantelzorg) > model.idf(werk))
        // A term the background never saw counts as the rarest.
        #expect(model.idf("onbekend") > model.idf(zorgverlof))
    }

    @Test func aTermSeenOnceStillShowsItsCompany() throws {
        let zorgverlof = Self.analyzer.stem("zorgverlof"), mantelzorg = Self.analyzer.stem("mantelzorg")
        let everyTerm = BackgroundModel(passages: Self.passages, analyzer: Self.analyzer)
        let profile = try #require(everyTerm.profile(zorgverlof))
        let mantelzorgProfile = try #require(everyTerm.profile(mantelzorg))
        // Both kept company with "werkenden", so their profiles overlap.
        #expect(profile.dot(mantelzorgProfile) > 0)
        // With two passages required, the word seen once has none; the word seen twice keeps its own.
        let twice = BackgroundModel(passages: Self.passages, analyzer: Self.analyzer, minimumCount: 2)
        #expect(twice.profile(zorgverlof) == nil)
        #expect(twice.profile(mantelzorg) != nil)
    }
}
