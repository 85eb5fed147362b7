/// An undirected graph with weighted edges, stored as adjacency rows (compressed sparse rows):
/// the neighbours of node `v` are `targets[offsets[v]..<offsets[v + 1]]`, each edge stored
/// once from each end. A self-loop is stored once, in `selfWeights`.
struct WeightedGraph: Sendable {
    private(set) var offsets: [Int]
    private(set) var targets: [Int32]
    private(set) var weights: [Double]
    /// The weight of each node's loop (edges inside a node of an aggregated graph).
    private(set) var selfWeights: [Double]

    var nodeCount: Int { offsets.count - 1 }

    /// Sum of all edge weights, each edge counted once and loops included.
    let totalWeight: Double

    /// A graph from undirected edges; repeated edges keep their largest weight, edges of
    /// weight zero or less are dropped.
    init(nodeCount: Int, edges: [(Int32, Int32, Double)]) {
        var degree = [Int](repeating: 0, count: nodeCount + 1)
        var loops = [Double](repeating: 0, count: nodeCount)
        for (a, b, w) in edges where w > 0 {
            if a == b { continue }
            degree[Int(a)] += 1
            degree[Int(b)] += 1
        }
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for v in 0..<nodeCount { offsets[v + 1] = offsets[v] + degree[v] }
        var fill = Array(offsets.dropLast())
        var pairs = [(Int32, Double)](repeating: (0, 0), count: offsets[nodeCount])
        for (a, b, w) in edges where w > 0 {
            if a == b {
                loops[Int(a)] = max(loops[Int(a)], w)
                continue
            }
            pairs[fill[Int(a)]] = (b, w)
            fill[Int(a)] += 1
            pairs[fill[Int(b)]] = (a, w)
            fill[Int(b)] += 1
        }
        // Sort each row by target and keep the largest weight of repeated edges.
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(pairs.count)
        weights.reserveCapacity(pairs.count)
        var compact = [Int](repeating: 0, count: nodeCount + 1)
        for v in 0..<nodeCount {
            let row = pairs[offsets[v]..<offsets[v + 1]].sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
            var last: Int32 = -1
            for (target, weight) in row where target != last {
                targets.append(target)
                weights.append(weight)
                last = target
            }
            compact[v + 1] = targets.count
        }
        self.init(offsets: compact, targets: targets, weights: weights, selfWeights: loops)
    }

    init(offsets: [Int], targets: [Int32], weights: [Double], selfWeights: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfWeights = selfWeights
        var total = 0.0
        for w in weights { total += w }
        for w in selfWeights { total += 2 * w }
        totalWeight = total / 2
    }

    /// A node's strength: the weights of its edges, its loop counted twice.
    func strength(_ v: Int) -> Double {
        var sum = 2 * selfWeights[v]
        for e in edges(of: v) { sum += weights[e] }
        return sum
    }

    /// The graph whose nodes are the parts of `partition` (numbered 0..<count), with the
    /// weights between parts summed and the weights inside a part as its loop.
    func aggregated(by partition: [Int], count: Int) -> WeightedGraph {
        var loops = [Double](repeating: 0, count: count)
        var rows = [[Int32]](repeating: [], count: count)
        for v in 0..<nodeCount { rows[partition[v]].append(Int32(v)) }
        var offsets = [0]
        var targets: [Int32] = []
        var weights: [Double] = []
        var accumulated = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        for part in 0..<count {
            for v32 in rows[part] {
                let v = Int(v32)
                loops[part] += selfWeights[v]
                for e in edges(of: v) {
                    let other = partition[Int(self.targets[e])]
                    if other == part {
                        // Each inner edge is seen from both ends.
                        loops[part] += self.weights[e] / 2
                        continue
                    }
                    if accumulated[other] == 0 { touched.append(other) }
                    accumulated[other] += self.weights[e]
                }
            }
            touched.sort()
            for other in touched {
                targets.append(Int32(other))
                weights.append(accumulated[other])
                accumulated[other] = 0
            }
            touched.removeAll(keepingCapacity: true)
            offsets.append(targets.count)
        }
        return WeightedGraph(offsets: offsets, targets: targets, weights: weights, selfWeights: loops)
    }

    /// The edge positions of node `v`'s neighbours.
    func edges(of v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }
}
