import Testing
@testable import Clustering

/// The inverted-index neighbour search against comparing every pair.
@Suite struct NearestNeighboursTests {
    static func randomRows(_ n: Int, columns: Int, seed: UInt64) -> SparseRows {
        var generator = SplitMix64(seed: seed)
        var rows = SparseRows(columnCount: columns)
        for _ in 0..<n {
            let count = 1 + generator.below(5)
            rows.append((0..<count).map { _ in (Int32(generator.below(columns)), 0.1 + generator.unit()) })
        }
        return rows
    }

    @Test func findsTheSameNeighboursAsComparingEveryPair() {
        let rows = Self.randomRows(300, columns: 60, seed: 11)
        let k = 5
        let found = NearestNeighbours(k: k, threads: 1).neighbours(of: rows)
        for row in 0..<rows.count {
            var all: [(Int32, Float)] = []
            for other in 0..<rows.count where other != row {
                let score = Float(rows.dot(row, other))
                if score > 0 { all.append((Int32(other), score)) }
            }
            all.sort { a, b in a.1 != b.1 ? a.1 > b.1 : a.0 < b.0 }
            let expected = all.prefix(k)
            let got = found.indices[(row * k)..<(row * k + k)].filter { $0 >= 0 }
            #expect(got.count == expected.count)
            for (index, (other, score)) in zip(got, expected) {
                // Equal scores may differ in the last bits; compare by score, not by row.
                #expect(abs(Float(rows.dot(row, Int(index))) - score) < 1e-5, "row \(row): \(index) instead of \(other)")
            }
        }
    }

    @Test func anyNumberOfThreadsGivesTheSameNeighbours() {
        let rows = Self.randomRows(2000, columns: 150, seed: 5)
        let one = NearestNeighbours(k: 10, threads: 1).neighbours(of: rows)
        for threads in [2, 3, 8] {
            let many = NearestNeighbours(k: 10, threads: threads).neighbours(of: rows)
            #expect(many.indices == one.indices)
            #expect(many.scores == one.scores)
        }
    }
}
