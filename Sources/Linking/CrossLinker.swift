public import Clustering
public import Graph

/// Links research questions and themes to the development group's systemic questions, and
/// initiatives to the themes and questions they address, by what they are about.
///
/// Texts are compared by ``MeaningIndex``: the lexicon's concepts, content words and phrases,
/// without question words, function words or the field's stopwords. A link is made only when
/// it rests on something: a shared phrase, or a shared concept or word at least as rare as
/// `minimumRarity`; the link carries that evidence.
public struct CrossLinker: Sendable {
    /// Links scoring below this are not made.
    public var threshold: Double
    /// The most links one question, theme or initiative gets.
    public var perSource: Int
    public var setup: ClusteringSetup
    /// How rare a shared word must be to explain a link (an inverse document frequency over the
    /// corpus passages); a link needs at least one such word, or a shared phrase.
    public var minimumRarity: Double
    /// How a question and a systemic question are scored.
    public var measure: Measure

    /// How a link is scored.
    public enum Measure: String, Sendable, Hashable, CaseIterable {
        /// The cosine of the two texts.
        case cosine
        /// How much of the question's meaning the systemic question holds (``MeaningIndex/coverage(of:by:)``).
        case coverage
    }

    /// The threshold and number of links per source `agenda link` and `agenda build` use unless
    /// told otherwise (chosen on the project's 13-item careful-reader fixture, `crosslinks.json`).
    public static let defaultThreshold = 0.1
    public static let defaultPerSource = 3

    public init(setup: ClusteringSetup, threshold: Double = CrossLinker.defaultThreshold, perSource: Int = CrossLinker.defaultPerSource, minimumRarity: Double = 3, measure: Measure = .coverage) {
        self.measure = measure
        self.setup = setup
        self.threshold = threshold
        self.perSource = perSource
        self.minimumRarity = minimumRarity
    }

    /// Evidence as a link shows it: a phrase in quotes, a concept or word as written.
    static func shown(_ evidence: MeaningIndex.Evidence) -> String {
        evidence.kind == .phrase ? "‘" + evidence.shown + "’" : evidence.shown
    }

    /// The text a node is compared by: its text, or its label.
    static func text(of node: Node) -> String {
        [node.label, node.text ?? ""].joined(separator: ". ")
    }

    /// `links-to` from every question and theme to the systemic questions, and `addresses`
    /// from every initiative to the themes and questions.
    ///
    /// - Complexity: O(s · t) similarity computations for s sources and t targets.
    public func links(in snapshot: GraphSnapshot) -> (linksTo: [CrossLink], addresses: [CrossLink]) {
        // A theme that only restates its question is linked through the question.
        let asked = Set(snapshot.edges.filter { $0.kind == .asks }.map(\.source))
        let questionTexts = Set(snapshot.nodes.filter { $0.kind == .question }.compactMap(\.text))
        let questions = snapshot.nodes.filter { node in
            node.kind == .question || (node.kind == .theme && !(asked.contains(node.id) && questionTexts.contains(node.text ?? "")))
        }
        let systemic = snapshot.nodes.filter { $0.kind == .systemicQuestion }
        let initiatives = snapshot.nodes.filter { $0.kind == .initiative }
        let all = questions + systemic + initiatives
        let index = MeaningIndex(texts: all.map(Self.text), setup: setup)
        let questionRange = 0..<questions.count
        let systemicRange = questions.count..<(questions.count + systemic.count)
        let initiativeRange = systemicRange.upperBound..<all.count

        func best(from source: Int, among targets: Range<Int>) -> [CrossLink] {
            let scored = targets.compactMap { target -> (Int, Double, [MeaningIndex.Evidence])? in
                let score = measure == .cosine ? index.similarity(source, target) : index.coverage(of: source, by: target)
                guard score >= threshold else { return nil }
                let evidence = index.evidence(source, target)
                guard evidence.contains(where: { $0.kind == .phrase || $0.weight >= minimumRarity }) else { return nil }
                return (target, score, evidence)
            }
            return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(perSource).map { target, score, evidence in
                CrossLink(source: all[source].id, target: all[target].id, score: (score * 1000).rounded() / 1000, sharedTerms: evidence.prefix(5).map(Self.shown))
            }
        }
        let linksTo = questionRange.flatMap { best(from: $0, among: systemicRange) }
        let addresses = initiativeRange.flatMap { best(from: $0, among: questionRange) }
        return (linksTo, addresses)
    }
}
