/// Where a new note fits among existing themes.
public struct ThemeAssignment: Sendable, Hashable, Codable {
    /// The index of the best-fitting theme, or `nil` when none fits well enough.
    public var theme: Int?
    /// The note's mean similarity to the notes of the best-fitting theme (0 … 1).
    public var score: Double
    /// How clearly the best theme beats the next best, as ``NoteFit/confidence`` measures it
    /// for a cluster (0 … 1; 1 when there is only one theme).
    public var confidence: Double
    /// The theme that fits next best, if there is more than one.
    public var next: Int?
    /// Words of the note that notes of the best theme also use, most shared first.
    public var sharedTerms: [String]

    public init(theme: Int?, score: Double, confidence: Double, next: Int?, sharedTerms: [String]) {
        self.theme = theme
        self.score = score
        self.confidence = confidence
        self.next = next
        self.sharedTerms = sharedTerms
    }
}

/// Places new notes in themes that already hold notes — a group's own themes, or the clusters
/// of a stored run — by their similarity to each theme's notes, measured as the clustering
/// measures it; a note that fits no theme well enough is placed in none.
///
/// Made once for all texts involved (the themes' notes and the new ones), as the clustering is,
/// and then asked note by note.
public struct ThemeAssigner: Sendable {
    /// Below this mean similarity to its best theme a note is placed in none: on the
    /// self-grouped workshop groups, the best theme of the notes below it is right less often
    /// than a theme picked at random (`BENCHMARKS.md`).
    public static let defaultMinimumScore = 0.05

    /// The texts, themed and new, in the order given.
    public let texts: [String]
    public var minimumScore: Double
    private let vectors: [SparseVector]
    private let terms: NoteTerms
    private let idf: [Double]

    /// Prepares `texts` with the clustering's setup: the same analysis and vectors
    /// ``ClusteringSetup/noteVectors(_:)`` gives the clustering.
    public init(texts: [String], setup: ClusteringSetup, minimumScore: Double = ThemeAssigner.defaultMinimumScore) {
        self.texts = texts
        self.minimumScore = minimumScore
        let (vectors, analyzer) = setup.analysedVectors(texts)
        self.vectors = vectors
        terms = NoteTerms(texts, analyzer: analyzer)
        let frequency = terms.documentFrequencies()
        let n = Double(max(texts.count, 1))
        idf = frequency.map { ((n + 1) / (Double($0) + 1)).logarithm + 1 }
    }

    /// Where the `note`-th text fits among `themes`, each given as the indices of its texts
    /// (the note itself, if listed, is left out of its theme).
    public func assign(_ note: Int, into themes: [[Int]]) -> ThemeAssignment {
        let members = themes.map { $0.filter { $0 != note } }
        let means: [Double?] = members.map { theme in
            theme.isEmpty ? nil : theme.reduce(0) { $0 + vectors[note].dot(vectors[$1]) } / Double(theme.count)
        }
        var best: (theme: Int, score: Double)?
        for (theme, mean) in means.enumerated() {
            guard let mean else { continue }
            if best == nil || mean > (best?.score ?? 0) { best = (theme, mean) }
        }
        guard let best else { return ThemeAssignment(theme: nil, score: 0, confidence: 0, next: nil, sharedTerms: []) }
        let silhouette = Silhouette.value(own: best.score, means: means, cluster: best.theme)
        let confidence = silhouette.nearest == nil ? 1 : NoteFit.confidence(silhouette: silhouette.value)
        let placed = best.score >= minimumScore && best.score > 0
        return ThemeAssignment(
            theme: placed ? best.theme : nil, score: best.score, confidence: confidence, next: silhouette.nearest,
            sharedTerms: sharedTerms(note, with: members[best.theme]))
    }

    /// Up to three words of the note that the theme's notes also use, most shared first, then
    /// the rarer.
    func sharedTerms(_ note: Int, with theme: [Int], count: Int = 3) -> [String] {
        var uses: [Int32: Int] = [:]
        for member in theme {
            for key in Set(terms.notes[member].filter { ClusterLabeler.reasonRoles.contains(terms.table[Int($0)].role) }.map { terms.keyOfTerm[Int($0)] }) {
                uses[key, default: 0] += 1
            }
        }
        var seen: Set<Int32> = []
        var shared: [ClusterLabeler.SharedTerm] = []
        for id in terms.notes[note] where ClusterLabeler.reasonRoles.contains(terms.table[Int(id)].role) {
            let key = terms.keyOfTerm[Int(id)]
            guard seen.insert(key).inserted, let used = uses[key] else { continue }
            shared.append(ClusterLabeler.SharedTerm(surface: terms.table[Int(id)].surface.lowercased(), uses: used, idf: idf[Int(key)], key: key))
        }
        return ClusterLabeler.reasons(shared, count: count)
    }
}
