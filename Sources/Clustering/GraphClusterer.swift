/// Groups large note sets, up to hundreds of thousands of notes: TF-IDF vectors of the notes'
/// terms, the k nearest neighbours of every note (``NearestNeighbours``, never the full
/// similarity matrix), and Leiden communities of that graph.
///
/// Rarity is counted over the notes themselves, which at this size say more about their words
/// than the corpus does. Labels, keywords, representatives and corrections work as for
/// ``NoteClusterer``. The same texts and options give the same clusters with any number of
/// threads.
public struct GraphClusterer: Sendable {
    public var analyzer: TextAnalyzer
    /// Neighbours per note in the similarity graph.
    public var neighbours: Int
    /// Leiden's resolution: higher gives more, smaller clusters.
    public var resolution: Double
    /// Threads for the neighbour search.
    public var threads: Int
    /// Clusters smaller than this join their best-connected neighbour.
    public var minimumClusterSize: Int

    public init(analyzer: TextAnalyzer, neighbours: Int = 30, resolution: Double = 1, threads: Int = 2, minimumClusterSize: Int = 3) {
        self.analyzer = analyzer
        self.neighbours = neighbours
        self.resolution = resolution
        self.threads = threads
        self.minimumClusterSize = minimumClusterSize
    }

    /// What the vector stage hands on: the notes' terms, their rarity and the notes' vectors.
    struct Stages {
        var terms: NoteTerms
        var idf: [Double]
        var rows: SparseRows
    }

    /// The steps of a run, reported as each one ends (for progress and benchmarks).
    public enum Stage: String, Sendable, CaseIterable {
        case vectors, neighbours, communities
    }

    /// Clusters `texts`, calling `stageEnded` after each stage.
    ///
    /// - Complexity: about O(n · c) for n notes with c candidate neighbours each, plus
    ///   O(n · neighbours) for the communities.
    public func cluster(_ texts: [String], count: ClusterCount = .automatic, corrections: ClusterCorrections = ClusterCorrections(), stageEnded: (Stage) -> Void = { _ in }) -> ClusterResult {
        guard !texts.isEmpty else { return .empty }
        let stages = vectors(texts)
        stageEnded(.vectors)
        let constraints = Constraints(corrections, texts: texts)
        let graph = similarityGraph(stages, constraints: constraints)
        stageEnded(.neighbours)
        let result = communities(texts.count, stages: stages, graph: graph, count: count, corrections: corrections, constraints: constraints)
        stageEnded(.communities)
        return result
    }

    /// Terms, their rarity and the notes' unit vectors: a term's weight in a note grows with
    /// the logarithm of its count there (sublinear tf), times its rarity among the notes.
    func vectors(_ texts: [String]) -> Stages {
        let terms = NoteTerms(texts, analyzer: analyzer)
        let frequency = terms.documentFrequencies()
        let n = Double(texts.count)
        let idf = frequency.map { (((n + 1) / (Double($0) + 1)).logarithm) + 1 }
        var rows = SparseRows(columnCount: terms.keys.count)
        var count = [Double](repeating: 0, count: terms.keys.count)
        var present: [Int] = []
        for note in terms.notes {
            for id in note {
                let key = Int(terms.keyOfTerm[Int(id)])
                if count[key] == 0 { present.append(key) }
                count[key] += terms.table[Int(id)].weight
            }
            rows.append(present.map { key in
                let tf = count[key] > 1 ? 1 + count[key].logarithm : count[key]
                count[key] = 0
                return (Int32(key), tf * idf[key])
            })
            present.removeAll(keepingCapacity: true)
        }
        return Stages(terms: terms, idf: idf, rows: rows)
    }

    /// The symmetric k-nearest-neighbour graph, with the user's pins and separations.
    func similarityGraph(_ stages: Stages, constraints: Constraints) -> WeightedGraph {
        let search = NearestNeighbours(k: neighbours, threads: threads)
        let found = search.neighbours(of: stages.rows)
        var edges: [(Int32, Int32, Double)] = []
        edges.reserveCapacity(found.indices.count)
        for (slot, other) in found.indices.enumerated() where other >= 0 {
            edges.append((Int32(slot / found.k), other, Double(found.scores[slot])))
        }
        constraints.apply(to: &edges)
        return WeightedGraph(nodeCount: stages.rows.count, edges: edges)
    }

    /// Leiden communities of the graph, tiny ones absorbed, brought to the wanted number,
    /// the user's constraints enforced, and described.
    func communities(_ noteCount: Int, stages: Stages, graph: WeightedGraph, count: ClusterCount, corrections: ClusterCorrections, constraints: Constraints) -> ClusterResult {
        var leiden = Leiden(resolution: resolution)
        var assignments = leiden.communities(graph)
        assignments = CommunityMerging.absorbingSmall(assignments, graph: graph, minimumSize: minimumClusterSize)
        if case .fixed(let k) = count {
            let wanted = max(1, min(k, noteCount))
            var tries = 0
            while Numbering.renumbered(assignments).count < wanted, tries < 30 {
                leiden.resolution *= 1.5
                tries += 1
                assignments = leiden.communities(graph)
            }
            assignments = CommunityMerging.merged(assignments, graph: graph, into: wanted, resolution: resolution)
        }
        let labeler = ClusterLabeler(terms: stages.terms, idf: stages.idf)
        let describer = ClusterDescriber(labeler: labeler, corrections: corrections, constraints: constraints)
        assignments = constraints.enforce(on: assignments, similarity: { stages.rows.dot($0, $1) }, labels: describer.generatedLabels)
        assignments = Numbering.renumbered(assignments).labels
        let placed = constraints.placed
        let result = describer.describe(assignments) { members in
            Self.centralMember(members, rows: stages.rows)
        } silhouette: { assignments in
            Self.sampledSilhouette(assignments, rows: stages.rows)
        } fits: { assignments, shared in
            NoteFits.fits(rows: stages.rows, assignments: assignments, sharedTerms: shared, placed: placed)
        }
        return result
    }

    /// The member closest to the centre of its cluster (ties: the first).
    static func centralMember(_ members: [Int], rows: SparseRows) -> Int {
        var centre: [Int32: Double] = [:]
        for member in members {
            for e in rows.entries(of: member) { centre[rows.columns[e], default: 0] += Double(rows.values[e]) }
        }
        var best = (member: members.first ?? 0, score: -Double.infinity)
        for member in members {
            var score = 0.0
            for e in rows.entries(of: member) { score += Double(rows.values[e]) * (centre[rows.columns[e]] ?? 0) }
            if score > best.score { best = (member, score) }
        }
        return best.member
    }

    /// The silhouette on an evenly spaced sample of at most `size` notes (all of them when
    /// there are fewer), so it stays cheap for any number of notes.
    static func sampledSilhouette(_ assignments: [Int], rows: SparseRows, size: Int = 1000) -> Double {
        let n = assignments.count
        let sample = n <= size ? Array(0..<n) : (0..<size).map { $0 * n / size }
        let similarities = sample.map { a in sample.map { b in a == b ? 1 : rows.dot(a, b) } }
        return Silhouette.score(similarities, sample.map { assignments[$0] })
    }
}
