/// Joining communities of a graph: tiny ones into their best-connected neighbour, or pairs
/// until a wanted number remains.
enum CommunityMerging {
    /// Communities of fewer than `minimumSize` nodes join the community they share most edge
    /// weight with; those with no edge out are gathered into one.
    static func absorbingSmall(_ assignments: [Int], graph: WeightedGraph, minimumSize: Int) -> [Int] {
        var (labels, count) = Numbering.renumbered(assignments)
        guard count > 1, minimumSize > 1 else { return labels }
        var sizes = [Int](repeating: 0, count: count)
        var members = [[Int]](repeating: [], count: count)
        for (node, label) in labels.enumerated() {
            sizes[label] += 1
            members[label].append(node)
        }
        let small = (0..<count).filter { sizes[$0] < minimumSize }.sorted { sizes[$0] != sizes[$1] ? sizes[$0] < sizes[$1] : $0 < $1 }
        var unlinked: Int?
        for community in small where sizes[community] > 0 && sizes[community] < minimumSize {
            var weight: [Int: Double] = [:]
            for node in members[community] {
                for e in graph.edges(of: node) {
                    let other = labels[Int(graph.targets[e])]
                    if other != community { weight[other, default: 0] += graph.weights[e] }
                }
            }
            let target: Int
            if let best = weight.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) {
                target = best.key
            } else if let gathered = unlinked {
                target = gathered
            } else {
                unlinked = community
                continue
            }
            for node in members[community] { labels[node] = target }
            members[target] += members[community]
            sizes[target] += sizes[community]
            members[community] = []
            sizes[community] = 0
        }
        return Numbering.renumbered(labels).labels
    }

    /// Joins communities pairwise, always the pair whose joining lowers modularity least,
    /// until `wanted` remain; communities with no edge between them join smallest first.
    static func merged(_ assignments: [Int], graph: WeightedGraph, into wanted: Int, resolution: Double) -> [Int] {
        let (labels, count) = Numbering.renumbered(assignments)
        guard count > wanted else { return labels }
        let twiceTotal = max(2 * graph.totalWeight, 1e-12)
        var strength = [Double](repeating: 0, count: count)
        var size = [Int](repeating: 0, count: count)
        var links = [[Int: Double]](repeating: [:], count: count)
        for node in 0..<graph.nodeCount {
            let a = labels[node]
            strength[a] += graph.strength(node)
            size[a] += 1
            for e in graph.edges(of: node) {
                let b = labels[Int(graph.targets[e])]
                if a != b { links[a][b, default: 0] += graph.weights[e] }
            }
        }
        var alive = Set(0..<count)
        var into = Array(0..<count)
        while alive.count > wanted {
            var best: (a: Int, b: Int, gain: Double)?
            for a in alive.sorted() {
                for (b, weight) in links[a] where a < b {
                    let gain = weight - resolution * strength[a] * strength[b] / twiceTotal
                    guard let current = best else {
                        best = (a, b, gain)
                        continue
                    }
                    // Ties go to the lowest pair, whatever order the dictionary gives.
                    if gain > current.gain + 1e-12 || (gain >= current.gain - 1e-12 && (a, b) < (current.a, current.b)) {
                        best = (a, b, gain)
                    }
                }
            }
            let (a, b): (Int, Int)
            if let best {
                (a, b) = (best.a, best.b)
            } else {
                let smallest = alive.sorted { size[$0] != size[$1] ? size[$0] < size[$1] : $0 < $1 }
                (a, b) = (min(smallest[0], smallest[1]), max(smallest[0], smallest[1]))
            }
            // b joins a.
            alive.remove(b)
            into[b] = a
            strength[a] += strength[b]
            size[a] += size[b]
            for (other, weight) in links[b].sorted(by: { $0.key < $1.key }) where other != a {
                links[a][other, default: 0] += weight
                links[other][a, default: 0] += weight
                links[other][b] = nil
            }
            links[a][b] = nil
            links[b] = [:]
        }
        func root(_ c: Int) -> Int {
            var c = c
            while into[c] != c { c = into[c] }
            return c
        }
        return Numbering.renumbered(labels.map(root)).labels
    }
}
