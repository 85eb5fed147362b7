public import Clustering
public import Graph

/// Links research questions and themes to the development group's systemic questions, and
/// initiatives to the themes and questions they address, by text similarity.
public struct CrossLinker: Sendable {
    /// Links scoring below this are not made.
    public var threshold: Double
    /// The most links one question, theme or initiative gets.
    public var perSource: Int
    public var setup: ClusteringSetup
    /// How rare a shared word must be to explain a link (an inverse document frequency over the
    /// corpus passages); a link needs at least one such word.
    public var minimumRarity: Double

    /// The threshold and number of links per source `agenda link` and `agenda build` use unless told otherwise.
    public static let defaultThreshold = 0.09
    public static let defaultPerSource = 3

    public init(setup: ClusteringSetup, threshold: Double = CrossLinker.defaultThreshold, perSource: Int = CrossLinker.defaultPerSource, minimumRarity: Double = 3) {
        self.setup = setup
        self.threshold = threshold
        self.perSource = perSource
        self.minimumRarity = minimumRarity
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
        let index = TextIndex(texts: all.map(Self.text), setup: setup)
        let questionRange = 0..<questions.count
        let systemicRange = questions.count..<(questions.count + systemic.count)
        let initiativeRange = systemicRange.upperBound..<all.count

        func best(from source: Int, among targets: Range<Int>) -> [CrossLink] {
            let scored = targets.map { ($0, index.similarity(source, $0)) }.filter { target, score in
                score >= threshold && !index.sharedTerms(source, target, limit: 1, minimumRarity: minimumRarity).isEmpty
            }
            return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(perSource).map { target, score in
                CrossLink(source: all[source].id, target: all[target].id, score: (score * 1000).rounded() / 1000, sharedTerms: index.sharedTerms(source, target, minimumRarity: minimumRarity))
            }
        }
        let linksTo = questionRange.flatMap { best(from: $0, among: systemicRange) }
        let addresses = initiativeRange.flatMap { best(from: $0, among: questionRange) }
        return (linksTo, addresses)
    }
}
