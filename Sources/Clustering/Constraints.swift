/// The user's corrections turned into constraints on note indices.
struct Constraints {
    /// Notes moved to one named cluster: they share a cluster, which carries the name.
    struct Pinned {
        var name: String
        /// The notes moved there.
        var members: [Int]
        /// The notes that cluster held when they were moved (not moved themselves): the
        /// members join the cluster that holds most of these.
        var anchors: [Int]
    }

    private(set) var together: [Pinned] = []
    /// Pairs of notes that must not share a cluster.
    private(set) var apart: [(Int, Int)] = []

    init(_ corrections: ClusterCorrections, texts: [String]) {
        guard !corrections.pin.isEmpty || !corrections.apart.isEmpty else { return }
        let key = ClusterCorrections.matchKey
        var byText: [String: [Int]] = [:]
        for (index, text) in texts.enumerated() { byText[key(text), default: []].append(index) }
        var members: [String: [Int]] = [:]
        var anchors: [String: [Int]] = [:]
        var order: [String] = []
        for pin in corrections.pin {
            guard let notes = byText[key(pin.note)] else { continue }
            if members[pin.cluster] == nil { order.append(pin.cluster) }
            members[pin.cluster, default: []] += notes
            anchors[pin.cluster, default: []] += pin.with.flatMap { byText[key($0)] ?? [] }
        }
        // A note moved elsewhere later is no anchor of the cluster it left.
        let moved = Set(members.values.joined())
        together = order.map { name in
            Pinned(name: name, members: Array(Set(members[name] ?? [])).sorted(), anchors: Array(Set(anchors[name] ?? []).subtracting(moved)).sorted())
        }
        for set in corrections.apart {
            let members = set.compactMap { byText[key($0)] }
            for a in 0..<members.count {
                for b in (a + 1)..<max(a + 1, members.count) {
                    for i in members[a] { for j in members[b] where i != j { apart.append((i, j)) } }
                }
            }
        }
        // Notes moved to different names are kept apart too.
        for a in 0..<together.count {
            for b in (a + 1)..<max(a + 1, together.count) {
                for i in together[a].members { for j in together[b].members { apart.append((i, j)) } }
            }
        }
    }

    var isEmpty: Bool { together.isEmpty && apart.isEmpty }

    /// What of the constraints changes the similarities (``apply(to:)``): groups of two
    /// or more moved notes, and pairs kept apart. Equal signatures give equal similarities.
    var similaritySignature: [[Int]] {
        let groups = together.map(\.members).filter { $0.count > 1 }
        let pairs = Set(apart.map { [min($0.0, $0.1), max($0.0, $0.1)] })
        return groups + [[-1]] + pairs.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The notes a person placed (moved to a cluster): their place is not the toolkit's doubt.
    var placed: Set<Int> { Set(together.flatMap(\.members)) }

    /// Pulls moved notes together and pushes notes kept apart away in the similarities.
    func apply(to similarities: inout [[Double]]) {
        for group in together {
            for i in group.members { for j in group.members where i != j { similarities[i][j] = 1 } }
        }
        for (i, j) in apart {
            similarities[i][j] = -1
            similarities[j][i] = -1
        }
    }

    /// Ties moved notes together and cuts the edges between notes kept apart, in a
    /// similarity graph given as edges.
    func apply(to edges: inout [(Int32, Int32, Double)]) {
        guard !isEmpty else { return }
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
    func enforce(on assignments: [Int], similarities: [[Double]], labels: ([Int]) -> [String]) -> [Int] {
        enforce(on: assignments, similarity: { similarities[$0][$1] }, labels: labels)
    }

    /// Moves notes so that every constraint holds, `similarity` saying how alike two notes are.
    ///
    /// Moved notes join the cluster that holds most of their anchors (ties: the lower
    /// number); without anchors there, the cluster whose label (`labels(assignments)`, before
    /// any move) is their name; else a new cluster of their own. Then of two notes kept
    /// apart in one cluster, the one not moved by a person goes to the cluster it is most like.
    func enforce(on assignments: [Int], similarity: (Int, Int) -> Double, labels: ([Int]) -> [String]) -> [Int] {
        guard !isEmpty else { return assignments }
        var result = assignments
        var k = (result.max() ?? -1) + 1
        let named = together.contains { $0.anchors.isEmpty } ? labels(assignments) : []
        for group in together where !group.members.isEmpty {
            let target: Int
            if !group.anchors.isEmpty {
                var counts: [Int: Int] = [:]
                for anchor in group.anchors { counts[result[anchor], default: 0] += 1 }
                target = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0
            } else if let cluster = named.firstIndex(of: group.name) {
                target = cluster
            } else {
                target = k
                k += 1
            }
            for member in group.members { result[member] = target }
        }
        let pinned = placed
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

    /// The name of the moved notes that sit in `cluster`, if any.
    func pinnedName(inCluster cluster: Int, assignments: [Int]) -> String? {
        together.first { group in group.members.first.map { assignments[$0] == cluster } ?? false }?.name
    }
}
