import Testing
@testable import Clustering

/// Leiden communities on graphs whose communities are known.
@Suite struct LeidenTests {
    /// `cliques` cliques of `size` nodes, each joined to the next by one weak edge (a ring).
    static func ringOfCliques(_ cliques: Int, size: Int, bridge: Double = 0.1) -> WeightedGraph {
        var edges: [(Int32, Int32, Double)] = []
        for c in 0..<cliques {
            let base = c * size
            for a in 0..<size { for b in (a + 1)..<size { edges.append((Int32(base + a), Int32(base + b), 1)) } }
            edges.append((Int32(base), Int32(((c + 1) % cliques) * size + 1), bridge))
        }
        return WeightedGraph(nodeCount: cliques * size, edges: edges)
    }

    @Test func findsEachCliqueOfARing() {
        let graph = Self.ringOfCliques(8, size: 6)
        let communities = Leiden().communities(graph)
        #expect(Set(communities).count == 8)
        for c in 0..<8 {
            #expect(Set(communities[(c * 6)..<(c * 6 + 6)]).count == 1)
        }
        // Numbered by first node.
        #expect(communities.first == 0)
    }

    @Test func everyCommunityIsConnected() {
        // A sparse graph drawn from a fixed generator, with weak links between dense patches.
        var generator = SplitMix64(seed: 7)
        var edges: [(Int32, Int32, Double)] = []
        let n = 400
        for v in 0..<n {
            for _ in 0..<4 {
                let near = (v + 1 + generator.below(10)) % n
                edges.append((Int32(v), Int32(near), 0.2 + generator.unit()))
            }
            if generator.unit() < 0.05 { edges.append((Int32(v), Int32(generator.below(n)), 0.05)) }
        }
        let graph = WeightedGraph(nodeCount: n, edges: edges)
        let communities = Leiden().communities(graph)
        #expect(Set(communities).count > 1)
        for community in Set(communities) {
            let members = Set(communities.indices.filter { communities[$0] == community })
            guard let start = members.first else { continue }
            var seen: Set<Int> = [start]
            var stack = [start]
            while let v = stack.popLast() {
                for e in graph.edges(of: v) {
                    let u = Int(graph.targets[e])
                    if members.contains(u), seen.insert(u).inserted { stack.append(u) }
                }
            }
            #expect(seen == members, "community \(community) falls apart")
        }
    }

    @Test func sameGraphAndSeedGiveTheSameCommunities() {
        let graph = Self.ringOfCliques(12, size: 4, bridge: 0.8)
        #expect(Leiden().communities(graph) == Leiden().communities(graph))
    }

    @Test func nodesWithoutEdgesStayAlone() {
        let graph = WeightedGraph(nodeCount: 3, edges: [])
        #expect(Leiden().communities(graph) == [0, 1, 2])
        #expect(Leiden().communities(WeightedGraph(nodeCount: 0, edges: [])) == [])
    }

    @Test func mergingReachesTheWantedNumberAndAbsorbsTinyCommunities() {
        let graph = Self.ringOfCliques(6, size: 5)
        let communities = Leiden().communities(graph)
        let three = CommunityMerging.merged(communities, graph: graph, into: 3, resolution: 1)
        #expect(Set(three).count == 3)
        // Neighbouring cliques merge, so every merged community is two cliques side by side.
        for community in Set(three) {
            #expect(three.filter { $0 == community }.count == 10)
        }
        // One node cut loose from its clique joins the community it has an edge to.
        var split = communities
        split[0] = 99
        #expect(CommunityMerging.absorbingSmall(split, graph: graph, minimumSize: 3) == Numbering.renumbered(communities).labels)
    }
}
