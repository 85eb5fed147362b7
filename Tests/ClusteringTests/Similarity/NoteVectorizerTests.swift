import Testing
@testable import Clustering

/// The note vectors, bit for bit.
@Suite struct NoteVectorizerTests {
    /// Dictionaries iterate in a different order per instance; nothing in a vector may depend
    /// on that order (dimension numbers decide the order of every sum after them).
    @Test func vectorsAreTheSameBitForBitOnEveryCall() {
        let notes = NoteClustererTests.notes
        let vectorizer = NoteClustererTests.setup.clusterer(for: notes).vectorizer
        let first = vectorizer.vectors(notes)
        for _ in 0..<10 {
            #expect(vectorizer.vectors(notes) == first)
        }
    }
}
