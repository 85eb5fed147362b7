import Testing
@testable import Clustering

/// The note map and the network layout on hand-made vectors whose structure is known.
@Suite struct NoteMapTests {
    /// `groups` groups of `size` notes: each group shares two dimensions of its own, and every
    /// note has one dimension of its own, so notes are near their group and far from the rest.
    static func groupedVectors(groups: Int, size: Int) -> [SparseVector] {
        (0..<groups * size).map { note in
            let group = note / size
            return SparseVector([2 * group: 1, 2 * group + 1: 0.8, 1000 + note: 0.5]).normalized()
        }
    }

    static func distance(_ map: NoteMap, _ a: Int, _ b: Int) -> Double {
        ((map.x[a] - map.x[b]) * (map.x[a] - map.x[b]) + (map.y[a] - map.y[b]) * (map.y[a] - map.y[b])).squareRoot()
    }

    /// The largest distance within a group is smaller than the smallest between groups.
    static func separates(_ map: NoteMap, groups: Int, size: Int) -> Bool {
        var within = 0.0, between = Double.infinity
        for a in 0..<groups * size {
            for b in (a + 1)..<groups * size {
                let d = distance(map, a, b)
                if a / size == b / size { within = max(within, d) } else { between = min(between, d) }
            }
        }
        return within < between
    }

    @Test func keepsGroupsApartAndTheOrderOfDistances() {
        let map = NoteMap(Self.groupedVectors(groups: 4, size: 6))
        #expect(Self.separates(map, groups: 4, size: 6))
        // The distances within and between groups are each all equal here, so ties cap the figure.
        #expect(map.rankAgreement > 0.7, "\(map.rankAgreement)")
        #expect(map.x.allSatisfy { (-1...1).contains($0) } && map.y.allSatisfy { (-1...1).contains($0) })
    }

    @Test func placesNotesAgainstLandmarksWhenThereAreMany() {
        let vectors = Self.groupedVectors(groups: 5, size: 12)
        let map = NoteMap(vectors, refinedNotes: 20)
        #expect(Self.separates(map, groups: 5, size: 12))
        #expect(map.rankAgreement > 0.6, "\(map.rankAgreement)")
    }

    @Test func givesTheSameMapEveryTime() {
        let vectors = Self.groupedVectors(groups: 3, size: 7)
        #expect(NoteMap(vectors) == NoteMap(vectors))
        #expect(NoteMap(vectors, refinedNotes: 5) == NoteMap(vectors, refinedNotes: 5))
        #expect(NoteMap(vectors, similarities: vectors.map { a in vectors.map { a.dot($0) } }) == NoteMap(vectors))
    }

    @Test func handlesTinyAndEmptySets() {
        #expect(NoteMap([]).x.isEmpty)
        #expect(NoteMap([SparseVector([0: 1]), SparseVector([1: 1])]).x.count == 2)
        let same = [SparseVector([0: 1]), SparseVector([0: 1]), SparseVector([0: 1])]
        #expect(NoteMap(same).x.allSatisfy { $0.isFinite })
    }

    @Test func drawsLinkedNodesCloserThanUnlinkedOnes() {
        // Two triangles joined by one edge.
        let layout = ForceLayout(nodeCount: 6, edges: [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)])
        func d(_ a: Int, _ b: Int) -> Double { ((layout.x[a] - layout.x[b]) * (layout.x[a] - layout.x[b]) + (layout.y[a] - layout.y[b]) * (layout.y[a] - layout.y[b])).squareRoot() }
        #expect(d(0, 1) < d(0, 4) && d(3, 4) < d(1, 5))
        #expect(layout == ForceLayout(nodeCount: 6, edges: [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)]))
        #expect(ForceLayout(nodeCount: 0, edges: []).x.isEmpty)
    }
}
