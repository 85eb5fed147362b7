/// The user's corrections turned into constraints on note indices.
struct Constraints {
    /// Groups of notes that must share a cluster, with the name that cluster gets.
    private(set) var together: [(name: String, members: [Int])] = []
    /// Pairs of notes that must not share a cluster.
    private(set) var apart: [(Int, Int)] = []

    init(_ corrections: ClusterCorrections, texts: [String]) {
        guard !corrections.pin.isEmpty || !corrections.apart.isEmpty else { return }
        let key = ClusterCorrections.matchKey
        var byText: [String: [Int]] = [:]
        for (index, text) in texts.enumerated() { byText[key(text), default: []].append(index) }
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for pin in corrections.pin {
            guard let members = byText[key(pin.note)] else { continue }
            if groups[pin.cluster] == nil { order.append(pin.cluster) }
            groups[pin.cluster, default: []] += members
        }
        together = order.map { ($0, Array(Set(groups[$0] ?? [])).sorted()) }
        for set in corrections.apart {
            let members = set.compactMap { byText[key($0)] }
            for a in 0..<members.count {
                for b in (a + 1)..<max(a + 1, members.count) {
                    for i in members[a] { for j in members[b] where i != j { apart.append((i, j)) } }
                }
            }
        }
        // Notes pinned to different names are kept apart too.
        for a in 0..<together.count {
            for b in (a + 1)..<max(a + 1, together.count) {
                for i in together[a].members { for j in together[b].members { apart.append((i, j)) } }
            }
        }
    }

    /// Pulls pinned notes together and pushes notes kept apart away in the similarities.
    func apply(to similarities: inout [[Double]]) {
        for group in together {
            for i in group.members { for j in group.members where i != j { similarities[i][j] = 1 } }
        }
        for (i, j) in apart {
            similarities[i][j] = -1
            similarities[j][i] = -1
        }
    }

    /// Ties pinned notes together and cuts the edges between notes kept apart, in a
    /// similarity graph given as edges.
    func apply(to edges: inout [(Int32, Int32, Double)]) {
        guard !together.isEmpty || !apart.isEmpty else { return }
        for group in together {
            guard let first = group.members.first else { continue }
            for member in group.members.dropFirst() { edges.append((Int32(first), Int32(member), 1)) }
        }
        var cut: Set<Int64> = []
        for (i, j) in apart {
            cut.insert(Int64(min(i, j)) << 32 | Int64(max(i, j)))
        }
        edges.removeAll { edge in
            let (a, b) = (Int64(min(edge.0, edge.1)), Int64(max(edge.0, edge.1)))
            return cut.contains(a << 32 | b)
        }
    }

    /// Moves notes so that every constraint holds.
    func enforce(on assignments: [Int], similarities: [[Double]]) -> [Int] {
        enforce(on: assignments) { similarities[$0][$1] }
    }

    /// Moves notes so that every constraint holds, `similarity` saying how alike two notes are.
    func enforce(on assignments: [Int], similarity: (Int, Int) -> Double) -> [Int] {
        var result = assignments
        var k = (result.max() ?? -1) + 1
        for group in together where !group.members.isEmpty {
            var counts: [Int: Int] = [:]
            for member in group.members { counts[result[member], default: 0] += 1 }
            let cluster = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0
            for member in group.members { result[member] = cluster }
        }
        let pinned = Set(together.flatMap(\.members))
        for (i, j) in apart where result[i] == result[j] {
            let mover = pinned.contains(j) ? i : j
            let own = result[mover]
            var best: (cluster: Int, score: Double)?
            for cluster in 0..<k where cluster != own {
                let members = result.indices.filter { result[$0] == cluster }
                guard !members.isEmpty, !apart.contains(where: { ($0.0 == mover && members.contains($0.1)) || ($0.1 == mover && members.contains($0.0)) }) else { continue }
                let score = members.reduce(0) { $0 + similarity(mover, $1) } / Double(members.count)
                if best == nil || score > (best?.score ?? -2) { best = (cluster, score) }
            }
            if let best {
                result[mover] = best.cluster
            } else {
                result[mover] = k
                k += 1
            }
        }
        return result
    }

    /// The name of a pin group that sits in `cluster`, if any.
    func pinnedName(inCluster cluster: Int, assignments: [Int]) -> String? {
        together.first { group in group.members.first.map { assignments[$0] == cluster } ?? false }?.name
    }
}
