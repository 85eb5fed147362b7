/// A map of notes in two dimensions in which near notes are similar notes: the picture concept
/// mapping draws from a sorting study, here drawn from the similarity the clustering uses.
///
/// Up to ``maximumRefinedNotes`` notes, the layout starts from classical (Torgerson)
/// multidimensional scaling of the distances √(2 − 2·cosine) between the notes' unit vectors and
/// is then drawn from the similarity graph: each note is joined to its ``neighbours`` most
/// similar notes (and, when the map shows clusters, to the other notes of its cluster) and a
/// force-directed layout pulls joined notes together while all notes push apart. Distances between short notes' sparse vectors are nearly all alike, so scaling alone
/// spreads them into an even disc; the graph lets groups of notes that are alike show as
/// regions. Beyond that many notes, the same is done for that many landmark notes
/// spread evenly over the set, and every other note is placed where its distances to the
/// landmarks are best kept (stress majorization with the landmarks fixed): O(n · landmarks)
/// instead of O(n²). Nothing is random, so the same notes give the same map.
public struct NoteMap: Sendable, Hashable {
    /// The notes' positions, scaled into [−1, 1] on the longer axis.
    public var x: [Double]
    public var y: [Double]
    /// How well the map keeps the order of the notes' dissimilarities: Spearman's rank
    /// correlation between the distances on the map and √(2 − 2·cosine), over every pair of
    /// notes or, for many notes, a fixed sample of pairs. 1 keeps the order perfectly.
    public var rankAgreement: Double

    /// The most notes whose every pair stress majorization refines; larger sets are laid out
    /// against this many landmarks.
    public static let maximumRefinedNotes = 1500

    /// Lays out notes given as unit vectors (``NoteVectorizer/vectors(_:)``), whose cosine
    /// similarities may be given where they are already computed.
    ///
    /// With `clusters` (a cluster number per note), the notes of a cluster are joined too, so
    /// that the clusters the map is coloured by show as regions.
    public init(_ vectors: [SparseVector], similarities: [[Double]]? = nil, clusters: [Int]? = nil, refinementIterations: Int = 80, refinedNotes: Int = NoteMap.maximumRefinedNotes) {
        let n = vectors.count
        guard n > 2 else {
            x = (0..<n).map { Double($0) }
            y = [Double](repeating: 0, count: n)
            rankAgreement = 1
            return
        }
        var xs: [Double], ys: [Double]
        if n <= refinedNotes {
            let d = similarities.map { Self.dissimilarities(similarities: $0) } ?? Self.dissimilarities(vectors)
            (xs, ys) = n <= Self.spectralStartNotes ? Self.spectralStart(d, count: n) : Self.classicalScaling(d, count: n)
            (xs, ys) = Self.scaled(xs, ys)
            ForceLayout.relax(&xs, &ys, edges: Self.neighbourEdges(d, count: n) + Self.clusterEdges(clusters, count: n), iterations: Self.layoutIterations(n), temperature: 0.2)
            (x, y) = Self.scaled(xs, ys)
            rankAgreement = Self.rankAgreement(count: n, x: x, y: y) { d[$0 * n + $1] }
        } else {
            (xs, ys) = Self.landmarkLayout(vectors, landmarks: max(3, refinedNotes), iterations: refinementIterations)
            (x, y) = Self.scaled(xs, ys)
            rankAgreement = Self.rankAgreement(count: n, x: x, y: y) { Self.dissimilarity(vectors[$0], vectors[$1]) }
        }
    }

    /// Up to this many notes the layout starts from the spectral embedding of the similarities
    /// (the one the clustering cuts); above it from classical scaling, which costs less.
    static let spectralStartNotes = 400

    /// The second and third eigenvectors of the normalised similarity graph: notes the
    /// clustering would put together start near each other.
    static func spectralStart(_ d: [Double], count n: Int) -> ([Double], [Double]) {
        let similarities = (0..<n).map { i in (0..<n).map { j in i == j ? 1 : 1 - d[i * n + j] * d[i * n + j] / 2 } }
        let vectors = SpectralClustering.eigenvectors(similarities)
        guard vectors.count >= 3 else { return classicalScaling(d, count: n) }
        var xs = vectors[1], ys = vectors[2]
        fixSign(&xs)
        fixSign(&ys)
        return (xs, ys)
    }

    /// How many of its most similar notes each note is joined to in the similarity graph.
    public static let neighbours = 5

    /// The force layout's steps for `n` notes: fewer for larger sets, whose every step costs n².
    static func layoutIterations(_ n: Int) -> Int { max(40, min(300, 20_000_000 / max(n * n, 1))) }

    /// The similarity graph: each note joined to its ``neighbours`` nearest notes by `d` (ties by
    /// position), each pair once.
    static func neighbourEdges(_ d: [Double], count n: Int) -> [(Int, Int, Double)] {
        var pairs = Set<Int>()
        for i in 0..<n {
            let nearest = (0..<n).filter { $0 != i }.sorted { d[i * n + $0] != d[i * n + $1] ? d[i * n + $0] < d[i * n + $1] : $0 < $1 }.prefix(neighbours)
            for j in nearest { pairs.insert(min(i, j) * n + max(i, j)) }
        }
        return pairs.sorted().map { ($0 / n, $0 % n, 1) }
    }

    /// Every pair of notes that share a cluster, each note to the others of its cluster with a
    /// weight that keeps a large cluster as tight as a small one.
    static func clusterEdges(_ clusters: [Int]?, count n: Int) -> [(Int, Int, Double)] {
        guard let clusters, clusters.count == n else { return [] }
        var members: [Int: [Int]] = [:]
        for (note, cluster) in clusters.enumerated() { members[cluster, default: []].append(note) }
        var edges: [(Int, Int, Double)] = []
        for cluster in members.keys.sorted() {
            let notes = members[cluster] ?? []
            let weight = 20 / Double(max(notes.count - 1, 1))
            for a in notes.indices { for b in (a + 1)..<max(a + 1, notes.count) { edges.append((notes[a], notes[b], weight)) } }
        }
        return edges
    }

    /// √(2 − 2·cosine): the Euclidean distance between two unit vectors.
    static func dissimilarity(_ a: SparseVector, _ b: SparseVector) -> Double {
        max(0, 2 - 2 * a.dot(b)).squareRoot()
    }

    /// All pairs' dissimilarities, row by row in one array of n × n.
    static func dissimilarities(_ vectors: [SparseVector]) -> [Double] {
        let n = vectors.count
        var d = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let value = dissimilarity(vectors[i], vectors[j])
                d[i * n + j] = value
                d[j * n + i] = value
            }
        }
        return d
    }

    /// √(2 − 2·cosine) of given cosines, row by row in one array of n × n.
    static func dissimilarities(similarities s: [[Double]]) -> [Double] {
        let n = s.count
        var d = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n where j != i { d[i * n + j] = max(0, 2 - 2 * s[i][j]).squareRoot() } }
        return d
    }

    /// Classical (Torgerson) scaling: the two leading eigenvectors of the doubly centred squared
    /// dissimilarities, by power iteration from a fixed start.
    static func classicalScaling(_ d: [Double], count n: Int) -> ([Double], [Double]) {
        var b = [Double](repeating: 0, count: n * n)
        var rowMean = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = 0.0
            for j in 0..<n { sum += d[i * n + j] * d[i * n + j] }
            rowMean[i] = sum / Double(n)
        }
        var grand = 0.0
        for i in 0..<n { grand += rowMean[i] }
        grand /= Double(n)
        for i in 0..<n { for j in 0..<n { b[i * n + j] = -0.5 * (d[i * n + j] * d[i * n + j] - rowMean[i] - rowMean[j] + grand) } }
        var components: [[Double]] = []
        var generator = SplitMix64(seed: 0x4E4F_5445_4D41_5021)
        for _ in 0..<2 {
            var v = (0..<n).map { _ in generator.unit() - 0.5 }
            var eigenvalue = 0.0
            for _ in 0..<100 {
                var next = [Double](repeating: 0, count: n)
                for i in 0..<n {
                    var sum = 0.0
                    for j in 0..<n { sum += b[i * n + j] * v[j] }
                    next[i] = sum
                }
                for earlier in components {
                    var overlap = 0.0
                    for i in 0..<n { overlap += next[i] * earlier[i] }
                    let length = earlier.reduce(0) { $0 + $1 * $1 }
                    if length > 0 { for i in 0..<n { next[i] -= overlap / length * earlier[i] } }
                }
                var norm = 0.0
                for i in 0..<n { norm += next[i] * next[i] }
                norm = norm.squareRoot()
                guard norm > 0 else { break }
                eigenvalue = norm
                for i in 0..<n { v[i] = next[i] / norm }
            }
            Self.fixSign(&v)
            let scale = eigenvalue.squareRoot()
            components.append(v.map { $0 * scale })
        }
        return (components[0], components[1])
    }

    /// The sign of an axis is arbitrary: it is fixed so that the largest coordinate is positive.
    static func fixSign(_ v: inout [Double]) {
        var largest = 0
        for i in v.indices where abs(v[i]) > abs(v[largest]) { largest = i }
        if !v.isEmpty, v[largest] < 0 { for i in v.indices { v[i] = -v[i] } }
    }

    /// Landmarks laid out in full, the other notes placed against them.
    static func landmarkLayout(_ vectors: [SparseVector], landmarks count: Int, iterations: Int) -> ([Double], [Double]) {
        let n = vectors.count, m = min(n, count)
        let landmarks = (0..<m).map { $0 * n / m }
        let landmarkVectors = landmarks.map { vectors[$0] }
        let d = dissimilarities(landmarkVectors)
        var lx: [Double], ly: [Double]
        (lx, ly) = classicalScaling(d, count: m)
        majorize(&lx, &ly, dissimilarities: d, iterations: iterations)
        var xs = [Double](repeating: 0, count: n), ys = [Double](repeating: 0, count: n)
        var isLandmark = [Bool](repeating: false, count: n)
        for (k, note) in landmarks.enumerated() {
            xs[note] = lx[k]
            ys[note] = ly[k]
            isLandmark[note] = true
        }
        var distances = [Double](repeating: 0, count: m)
        for note in 0..<n where !isLandmark[note] {
            var nearest = 0
            for k in 0..<m {
                distances[k] = dissimilarity(vectors[note], landmarkVectors[k])
                if distances[k] < distances[nearest] { nearest = k }
            }
            // Start beside the nearest landmark, then keep the distances to all landmarks.
            var px = lx[nearest] + 1e-3, py = ly[nearest] + 1e-3
            for _ in 0..<20 {
                var sx = 0.0, sy = 0.0
                for k in 0..<m {
                    let dx = px - lx[k], dy = py - ly[k]
                    let distance = (dx * dx + dy * dy).squareRoot()
                    sx += lx[k]
                    sy += ly[k]
                    if distance > 1e-12 {
                        sx += distances[k] * dx / distance
                        sy += distances[k] * dy / distance
                    }
                }
                px = sx / Double(m)
                py = sy / Double(m)
            }
            xs[note] = px
            ys[note] = py
        }
        return (xs, ys)
    }

    /// Stress majorization (the Guttman transform, unit weights) from the given start.
    static func majorize(_ xs: inout [Double], _ ys: inout [Double], dissimilarities d: [Double], iterations: Int) {
        let n = xs.count
        // Start at the scale of the dissimilarities, so the first steps move shapes, not sizes.
        var target = 0.0
        for value in d { target += value }
        var current = 0.0
        for i in 0..<n { for j in 0..<n { current += ((xs[i] - xs[j]) * (xs[i] - xs[j]) + (ys[i] - ys[j]) * (ys[i] - ys[j])).squareRoot() } }
        if current > 0 {
            let factor = target / current
            xs = xs.map { $0 * factor }
            ys = ys.map { $0 * factor }
        }
        for _ in 0..<iterations {
            var nx = [Double](repeating: 0, count: n), ny = [Double](repeating: 0, count: n)
            for i in 0..<n {
                var sx = 0.0, sy = 0.0
                for j in 0..<n where j != i {
                    let dx = xs[i] - xs[j], dy = ys[i] - ys[j]
                    let distance = (dx * dx + dy * dy).squareRoot()
                    guard distance > 1e-12 else { continue }
                    let ratio = d[i * n + j] / distance
                    sx += ratio * dx
                    sy += ratio * dy
                }
                nx[i] = sx / Double(n)
                ny[i] = sy / Double(n)
            }
            xs = nx
            ys = ny
        }
    }

    /// Centres the map and scales its longer axis into [−1, 1], rounded to four decimals.
    static func scaled(_ xs: [Double], _ ys: [Double]) -> ([Double], [Double]) {
        let cx = ((xs.min() ?? 0) + (xs.max() ?? 0)) / 2, cy = ((ys.min() ?? 0) + (ys.max() ?? 0)) / 2
        let half = max((xs.max() ?? 0) - (xs.min() ?? 0), (ys.max() ?? 0) - (ys.min() ?? 0)) / 2
        let scale = half > 0 ? 1 / half : 1
        func rounded(_ v: Double) -> Double { (v * 10_000).rounded() / 10_000 }
        return (xs.map { rounded(($0 - cx) * scale) }, ys.map { rounded(($0 - cy) * scale) })
    }

    /// Spearman's rank correlation between map distances and `dissimilarity`: all pairs up to
    /// 200,000, else that many pairs drawn with a fixed seed.
    static func rankAgreement(count n: Int, x: [Double], y: [Double], dissimilarity: (Int, Int) -> Double) -> Double {
        let allPairs = n * (n - 1) / 2
        var pairs: [(Int, Int)] = []
        if allPairs <= 200_000 {
            pairs.reserveCapacity(allPairs)
            for i in 0..<n { for j in (i + 1)..<n { pairs.append((i, j)) } }
        } else {
            var generator = SplitMix64(seed: 0x5350_4541_524D_414E)
            while pairs.count < 200_000 {
                let i = generator.below(n), j = generator.below(n)
                if i != j { pairs.append((i, j)) }
            }
        }
        let original = pairs.map { dissimilarity($0.0, $0.1) }
        let mapped = pairs.map { ((x[$0.0] - x[$0.1]) * (x[$0.0] - x[$0.1]) + (y[$0.0] - y[$0.1]) * (y[$0.0] - y[$0.1])).squareRoot() }
        return pearson(ranks(original), ranks(mapped))
    }

    /// Ranks from 1, ties sharing their mean rank.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var result = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for k in start...end { result[order[k]] = rank }
            start = end + 1
        }
        return result
    }

    static func pearson(_ a: [Double], _ b: [Double]) -> Double {
        let n = Double(a.count)
        guard n > 1 else { return 1 }
        let ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        var covariance = 0.0, va = 0.0, vb = 0.0
        for (p, q) in zip(a, b) {
            covariance += (p - ma) * (q - mb)
            va += (p - ma) * (p - ma)
            vb += (q - mb) * (q - mb)
        }
        guard va > 0, vb > 0 else { return 0 }
        return covariance / (va * vb).squareRoot()
    }
}
