/// Lloyd's k-means with k-means++ starts drawn from a fixed-seed generator, keeping the run
/// with the least within-cluster spread: deterministic, and not led astray by outliers the
/// way a farthest-first start is.
enum KMeans {
    /// Cluster indices for `points`, in `k` clusters.
    ///
    /// - Complexity: O(restarts · iterations · n · k · d).
    static func cluster(_ points: [[Double]], k: Int, restarts: Int? = nil, iterations: Int = 100) -> [Int] {
        let n = points.count
        let restarts = restarts ?? Self.restarts(for: n)
        guard n > 0, k > 1 else { return [Int](repeating: 0, count: n) }
        let k = min(k, n)
        var generator = SplitMix64(seed: 0x5EED_A6E4_DA00_0001)
        var best: (inertia: Double, assignment: [Int])?
        for _ in 0..<restarts {
            let centres = seeds(points, k: k, generator: &generator)
            let (assignment, inertia) = lloyd(points, centres: centres, iterations: iterations)
            if best == nil || inertia < (best?.inertia ?? .infinity) - 1e-12 { best = (inertia, assignment) }
        }
        return best?.assignment ?? [Int](repeating: 0, count: n)
    }

    /// Starts for `n` points: 25 for a workshop's notes, where more starts find the same best
    /// run more often, so one note more moves fewer others; fewer for larger sets, down to 5,
    /// to keep the cost of a few hundred notes in bounds (`BENCHMARKS.md`).
    static func restarts(for n: Int) -> Int { min(25, max(5, 2500 / max(n, 1))) }

    static func distance(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in a.indices { sum += (a[i] - b[i]) * (a[i] - b[i]) }
        return sum
    }

    /// k-means++: each next centre drawn with probability proportional to its squared distance.
    static func seeds(_ points: [[Double]], k: Int, generator: inout SplitMix64) -> [[Double]] {
        let n = points.count
        var centres = [points[Int(generator.next() % UInt64(n))]]
        var nearest = points.map { distance($0, centres[0]) }
        while centres.count < k {
            let total = nearest.reduce(0, +)
            var pick = n - 1
            if total > 0 {
                var target = generator.unit() * total
                for i in 0..<n {
                    target -= nearest[i]
                    if target <= 0 { pick = i; break }
                }
            } else {
                pick = Int(generator.next() % UInt64(n))
            }
            centres.append(points[pick])
            for i in 0..<n { nearest[i] = min(nearest[i], distance(points[i], points[pick])) }
        }
        return centres
    }

    /// Lloyd's iterations from `start` until no point changes cluster (at most `iterations`);
    /// the assignment and its inertia. Points and centres are kept in flat rows, which sums the
    /// same terms in the same order as row arrays, only faster.
    static func lloyd(_ points: [[Double]], centres start: [[Double]], iterations: Int) -> ([Int], Double) {
        let n = points.count, k = start.count
        let dimension = points.first?.count ?? 0
        let flat = points.flatMap { $0 }
        var centres = start.flatMap { $0 }
        var assignment = [Int](repeating: -1, count: n)
        func squared(_ point: UnsafeBufferPointer<Double>, _ i: Int, _ centre: UnsafeBufferPointer<Double>, _ c: Int) -> Double {
            var sum = 0.0
            for d in 0..<dimension { sum += (point[i * dimension + d] - centre[c * dimension + d]) * (point[i * dimension + d] - centre[c * dimension + d]) }
            return sum
        }
        flat.withUnsafeBufferPointer { point in
            var sums = [Double](repeating: 0, count: k * dimension)
            var counts = [Int](repeating: 0, count: k)
            for _ in 0..<iterations {
                var changed = false
                centres.withUnsafeBufferPointer { centre in
                    for i in 0..<n {
                        var bestCluster = 0
                        var bestDistance = Double.infinity
                        for c in 0..<k {
                            let d = squared(point, i, centre, c)
                            if d < bestDistance { bestCluster = c; bestDistance = d }
                        }
                        if assignment[i] != bestCluster { assignment[i] = bestCluster; changed = true }
                    }
                }
                if !changed { break }
                for index in sums.indices { sums[index] = 0 }
                for c in 0..<k { counts[c] = 0 }
                for i in 0..<n {
                    let c = assignment[i]
                    counts[c] += 1
                    for d in 0..<dimension { sums[c * dimension + d] += point[i * dimension + d] }
                }
                for c in 0..<k where counts[c] > 0 {
                    for d in 0..<dimension { centres[c * dimension + d] = sums[c * dimension + d] / Double(counts[c]) }
                }
            }
        }
        let inertia = flat.withUnsafeBufferPointer { point in
            centres.withUnsafeBufferPointer { centre in (0..<n).reduce(0.0) { $0 + squared(point, $1, centre, assignment[$1]) } }
        }
        return (assignment, inertia)
    }
}
