/// Community detection by the Leiden algorithm (Traag, Waltman & van Eck, 2019) with the
/// modularity quality function: fast local moving of nodes, refinement of each community
/// into well-connected parts, and aggregation, repeated until no node moves.
///
/// The refinement guarantees that every community is connected. Node order is shuffled by
/// a fixed-seed generator and refinement merges greedily (the limit of the paper's
/// randomised rule as its temperature goes to zero), so the same graph and seed give the
/// same communities on every machine.
struct Leiden: Sendable {
    /// Higher values give more, smaller communities.
    var resolution: Double = 1
    var seed: UInt64 = 0x1E1D_E5EE_D000_0001
    /// Full passes, each starting from the partition the previous one found.
    var iterations = 2

    /// The community of each node, numbered by first node.
    ///
    /// - Complexity: about O(m) per level for m edges, with few levels in practice.
    func communities(_ graph: WeightedGraph, initial: [Int]? = nil) -> [Int] {
        var generator = SplitMix64(seed: seed)
        var partition = initial ?? Array(0..<graph.nodeCount)
        for _ in 0..<max(1, iterations) {
            partition = run(graph, initial: partition, generator: &generator)
        }
        return Numbering.renumbered(partition).labels
    }

    private func run(_ original: WeightedGraph, initial: [Int], generator: inout SplitMix64) -> [Int] {
        let twiceTotal = 2 * original.totalWeight
        guard twiceTotal > 0 else { return Array(0..<original.nodeCount) }
        var graph = original
        // The node of the current (aggregated) graph that each original node is in.
        var membership = Array(0..<original.nodeCount)
        var partition = Numbering.renumbered(initial).labels
        while true {
            let strengths = (0..<graph.nodeCount).map { graph.strength($0) }
            moveNodes(graph, partition: &partition, strengths: strengths, twiceTotal: twiceTotal, generator: &generator)
            let (communities, count) = Numbering.renumbered(partition)
            partition = communities
            if count == graph.nodeCount { break }
            var (refined, refinedCount) = refine(graph, partition: partition, count: count, strengths: strengths, twiceTotal: twiceTotal, generator: &generator)
            if refinedCount == graph.nodeCount {
                // Nothing merged within a community: aggregate by the communities themselves.
                (refined, refinedCount) = (partition, count)
            }
            var next = [Int](repeating: 0, count: refinedCount)
            for v in 0..<graph.nodeCount { next[refined[v]] = partition[v] }
            graph = graph.aggregated(by: refined, count: refinedCount)
            for v in membership.indices { membership[v] = refined[membership[v]] }
            partition = next
        }
        return membership.map { partition[$0] }
    }

    /// Moves single nodes to the neighbouring community that raises modularity most, revisiting
    /// the neighbours of every node that moved until no move helps.
    private func moveNodes(_ graph: WeightedGraph, partition: inout [Int], strengths: [Double], twiceTotal: Double, generator: inout SplitMix64) {
        let n = graph.nodeCount
        var communityWeight = [Double](repeating: 0, count: n)
        var communitySize = [Int](repeating: 0, count: n)
        for v in 0..<n {
            communityWeight[partition[v]] += strengths[v]
            communitySize[partition[v]] += 1
        }
        var empty = (0..<n).filter { communitySize[$0] == 0 }.reversed().map { $0 }
        var queue = Self.shuffled(n, generator: &generator)
        var head = 0
        var queued = [Bool](repeating: true, count: n)
        var linkWeight = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        while head < queue.count {
            let v = queue[head]
            head += 1
            queued[v] = false
            let current = partition[v]
            for e in graph.edges(of: v) {
                let c = partition[Int(graph.targets[e])]
                if linkWeight[c] == 0 { touched.append(c) }
                linkWeight[c] += graph.weights[e]
            }
            let kv = strengths[v]
            communityWeight[current] -= kv
            communitySize[current] -= 1
            var best = current
            var bestGain = linkWeight[current] - resolution * kv * communityWeight[current] / twiceTotal
            for c in touched where c != current {
                let gain = linkWeight[c] - resolution * kv * communityWeight[c] / twiceTotal
                if gain > bestGain + 1e-12 {
                    best = c
                    bestGain = gain
                }
            }
            if bestGain < -1e-12, communitySize[current] > 0, let alone = empty.popLast() {
                best = alone
            }
            for c in touched { linkWeight[c] = 0 }
            touched.removeAll(keepingCapacity: true)
            communityWeight[best] += kv
            communitySize[best] += 1
            partition[v] = best
            if communitySize[current] == 0 { empty.append(current) }
            guard best != current else { continue }
            for e in graph.edges(of: v) {
                let u = Int(graph.targets[e])
                if !queued[u], partition[u] != best {
                    queued[u] = true
                    queue.append(u)
                }
            }
            if head > 4096, head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
        }
    }

    /// Splits each community into well-connected parts: starting from single nodes, a node
    /// that is still alone joins the part of its community that raises modularity most,
    /// among parts well connected to the rest of the community.
    private func refine(_ graph: WeightedGraph, partition: [Int], count: Int, strengths: [Double], twiceTotal: Double, generator: inout SplitMix64) -> ([Int], Int) {
        let n = graph.nodeCount
        var communityWeight = [Double](repeating: 0, count: count)
        for v in 0..<n { communityWeight[partition[v]] += strengths[v] }
        // Weight from each node to the rest of its community.
        var inside = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for e in graph.edges(of: v) where partition[Int(graph.targets[e])] == partition[v] { inside[v] += graph.weights[e] }
        }
        var refined = Array(0..<n)
        var partWeight = strengths
        var partSize = [Int](repeating: 1, count: n)
        // Weight from each part to the rest of its community.
        var partOutward = inside
        var linkWeight = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        for v in Self.shuffled(n, generator: &generator) {
            guard partSize[refined[v]] == 1 else { continue }
            let community = partition[v]
            let kv = strengths[v]
            let total = communityWeight[community]
            guard inside[v] >= resolution * kv * (total - kv) / twiceTotal else { continue }
            for e in graph.edges(of: v) {
                let u = Int(graph.targets[e])
                guard partition[u] == community else { continue }
                let part = refined[u]
                if linkWeight[part] == 0 { touched.append(part) }
                linkWeight[part] += graph.weights[e]
            }
            var best = refined[v]
            var bestGain = 0.0
            for part in touched where part != refined[v] {
                let weight = partWeight[part]
                guard partOutward[part] >= resolution * weight * (total - weight) / twiceTotal else { continue }
                let gain = linkWeight[part] - resolution * kv * weight / twiceTotal
                if gain > bestGain + 1e-12 {
                    best = part
                    bestGain = gain
                }
            }
            if best != refined[v] {
                let own = refined[v]
                partWeight[own] = 0
                partSize[own] = 0
                partWeight[best] += kv
                partSize[best] += 1
                partOutward[best] += inside[v] - 2 * linkWeight[best]
                refined[v] = best
            }
            for part in touched { linkWeight[part] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return Numbering.renumbered(refined)
    }

    /// 0..<n in an order drawn from `generator` (Fisher–Yates).
    private static func shuffled(_ n: Int, generator: inout SplitMix64) -> [Int] {
        var order = Array(0..<n)
        guard n > 1 else { return order }
        for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, generator.below(i + 1)) }
        return order
    }
}
