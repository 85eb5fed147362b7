import Dispatch
import Synchronization

/// The k most similar rows of each row (cosine of unit rows), exactly, found through an
/// inverted index without ever forming the full similarity matrix: a row is scored only
/// against the rows it shares a column with. Its cost grows with the squared lengths of the
/// column lists, which is why stopwords stay out of the vectors.
///
/// Rows are handed out to threads in fixed blocks and each row's result depends on that row
/// alone, so any number of threads gives the same neighbours.
struct NearestNeighbours: Sendable {
    var k: Int
    var threads: Int

    /// The neighbours of each row: `indices[i * k + r]` is row i's r-th nearest row (most
    /// similar first, ties by row number), −1 where fewer than k rows have any similarity.
    struct Result: Sendable {
        var k: Int
        var indices: [Int32]
        var scores: [Float]
    }

    func neighbours(of rows: SparseRows) -> Result {
        let n = rows.count
        let postings = rows.transposed()
        let blockSize = 256
        let blocks = (n + blockSize - 1) / blockSize
        let next = Atomic<Int>(0)
        let results = Mutex<[Int: ([Int32], [Float])]>([:])
        let k = self.k
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, blocks))) { _ in
            var scratch = Scratch(count: n)
            while true {
                let block = next.add(1, ordering: .relaxed).oldValue
                guard block < blocks else { break }
                let range = (block * blockSize)..<min(n, (block + 1) * blockSize)
                var indices = [Int32](repeating: -1, count: range.count * k)
                var scores = [Float](repeating: 0, count: range.count * k)
                for row in range {
                    let found = scratch.nearest(row, rows: rows, postings: postings, k: k)
                    let base = (row - range.lowerBound) * k
                    for (r, (index, score)) in found.enumerated() {
                        indices[base + r] = index
                        scores[base + r] = score
                    }
                }
                results.withLock { $0[block] = (indices, scores) }
            }
        }
        var indices: [Int32] = []
        var scores: [Float] = []
        indices.reserveCapacity(n * k)
        scores.reserveCapacity(n * k)
        results.withLock { all in
            for block in 0..<blocks {
                guard let (i, s) = all[block] else { continue }
                indices += i
                scores += s
            }
        }
        return Result(k: k, indices: indices, scores: scores)
    }

    /// Per-thread working memory: a score per row, and which rows the current query touched.
    private struct Scratch {
        var score: [Float]
        /// The rows touched, in the order first touched: `touched[0..<touchedCount]`.
        var touched: [Int32]
        var touchedCount = 0

        init(count: Int) {
            score = [Float](repeating: 0, count: count)
            touched = [Int32](repeating: 0, count: count)
        }

        mutating func nearest(_ row: Int, rows: SparseRows, postings: SparseRows, k: Int) -> [(Int32, Float)] {
            touchedCount = 0
            accumulate(rows.entries(of: row), rows: rows, postings: postings)
            // Keep the k best, most similar first and ties by row number.
            var best: [(Int32, Float)] = []
            best.reserveCapacity(4 * k + 16)
            var threshold: Float = 0
            for other in touched[0..<touchedCount] {
                let s = score[Int(other)]
                score[Int(other)] = 0
                guard Int(other) != row, s > 0, s >= threshold else { continue }
                best.append((other, s))
                if best.count >= 4 * k + 16 {
                    best.sort(by: NearestNeighbours.ordered)
                    best.removeLast(best.count - k)
                    threshold = best[k - 1].1
                }
            }
            best.sort(by: NearestNeighbours.ordered)
            return Array(best.prefix(k))
        }

        /// Adds the products of the row's entries in `range` with every row that shares them.
        private mutating func accumulate(_ range: Range<Int>, rows: SparseRows, postings: SparseRows) {
            guard !range.isEmpty else { return }
            var count = touchedCount
            score.withUnsafeMutableBufferPointer { score in
                touched.withUnsafeMutableBufferPointer { touched in
                    postings.columns.withUnsafeBufferPointer { postingRows in
                        postings.values.withUnsafeBufferPointer { postingValues in
                            for e in range {
                                let weight = rows.values[e]
                                for p in postings.entries(of: Int(rows.columns[e])) {
                                    let other = Int(postingRows[p])
                                    // A touched row has a positive score; scores are reset after the query.
                                    if score[other] == 0 {
                                        touched[count] = Int32(other)
                                        count += 1
                                    }
                                    score[other] += weight * postingValues[p]
                                }
                            }
                        }
                    }
                }
            }
            touchedCount = count
        }
    }

    private static func ordered(_ a: (Int32, Float), _ b: (Int32, Float)) -> Bool {
        a.1 != b.1 ? a.1 > b.1 : a.0 < b.0
    }
}
