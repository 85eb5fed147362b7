import Testing
@testable import Clustering

/// Placing new notes in existing themes.
@Suite struct ThemeAssignerTests {
    static let themed = NoteClustererTests.notes
    static let themes = [[0, 1, 2], [3, 4, 5], [6, 7, 8]]

    func assigner(_ new: [String]) -> ThemeAssigner {
        ThemeAssigner(texts: Self.themed + new, setup: NoteClustererTests.setup)
    }

    @Test func placesANoteInTheThemeItsWordsBelongTo() {
        let new = ["Robots nemen banen over", "Mantelzorgers verdienen waardering", "Opleiding voor werknemers op de werkplek"]
        let assigner = assigner(new)
        let placed = new.indices.map { assigner.assign(Self.themed.count + $0, into: Self.themes) }
        #expect(placed.map(\.theme) == [1, 0, 2])
        #expect(placed.allSatisfy { $0.score >= ThemeAssigner.defaultMinimumScore && $0.confidence > 0 && $0.next != $0.theme })
        #expect(placed[0].sharedTerms.contains("robots"))
    }

    @Test func placesANoteThatFitsNothingInNone() {
        let assigner = assigner(["Quorx zlemph brindavul"])
        let placed = assigner.assign(Self.themed.count, into: Self.themes)
        #expect(placed.theme == nil)
        #expect(placed.score < ThemeAssigner.defaultMinimumScore)
        #expect(placed.sharedTerms.isEmpty)
    }

    /// A note of a theme is placed without itself: leave-one-out needs no copy of the themes.
    @Test func leavesTheNoteItselfOutOfItsTheme() {
        let assigner = assigner([])
        let placed = assigner.assign(0, into: Self.themes)
        #expect(placed.theme == 0)
        #expect(placed.score < 0.99)
        // A theme with only the note itself is no theme for it.
        #expect(assigner.assign(0, into: [[0], [3, 4, 5]]).theme != 0)
    }
}
