public import Clustering
public import Graph

/// Links research questions and themes to the development group's systemic questions, and
/// initiatives to the themes and questions they address, by what they are about.
///
/// Texts are compared by ``MeaningIndex``: the lexicon's concepts, content words and phrases,
/// without question words, function words or the field's stopwords. A link is made only when
/// it rests on a subject: a shared phrase, or a shared concept or word at least as rare as
/// `minimumRarity` that is not a word for an actor ("werkgevers"); the link carries that
/// evidence.
public struct CrossLinker: Sendable {
    /// Links scoring below this are not made.
    public var threshold: Double
    /// The most links one question, theme or initiative gets.
    public var perSource: Int
    public var setup: ClusteringSetup
    /// How rare a shared word must be to explain a link (an inverse document frequency over the
    /// corpus passages); a link needs at least one such word, or a shared phrase.
    public var minimumRarity: Double
    /// Cases address a theme or question when at least this share of its meaning is in the case's text.
    public var caseThreshold: Double

    /// The threshold and number of links per source `agenda link` and `agenda build` use unless
    /// told otherwise (chosen on the project's 13-item careful-reader fixture, `crosslinks.json`).
    public static let defaultThreshold = 0.1
    public static let defaultPerSource = 3
    /// The threshold of the suggestions a reviewer sees beside the draft's links: lower, so
    /// that more of what a careful reader links is offered (on `crosslinks-all.json`, recall
    /// 0.33 at precision 0.44, where the draft's threshold gives 0.20 at 0.80).
    public static let suggestionThreshold = 0.04

    public init(setup: ClusteringSetup, threshold: Double = CrossLinker.defaultThreshold, perSource: Int = CrossLinker.defaultPerSource, minimumRarity: Double = 3, caseThreshold: Double = 0.15) {
        self.caseThreshold = caseThreshold
        self.setup = setup
        self.threshold = threshold
        self.perSource = perSource
        self.minimumRarity = minimumRarity
    }

    /// Evidence as a link shows it: a phrase in quotes, a concept or word as written.
    static func shown(_ evidence: MeaningIndex.Evidence) -> String {
        evidence.kind == .phrase ? "‘" + evidence.shown + "’" : evidence.shown
    }

    /// The text a node is compared by: its label and text, without `names`.
    static func text(of node: Node, without names: [String] = []) -> String {
        var text = [node.label, node.text ?? ""].joined(separator: ". ")
        for name in names.sorted(by: { $0.count > $1.count }) where name != node.label {
            text = text.replacingOccurrences(of: name, with: " ")
            // A person's surname alone, as later sentences call them.
            if let surname = name.split(separator: " ").last, surname.count > 3, name.contains(" ") {
                text = text.replacingOccurrences(of: String(surname), with: " ")
            }
        }
        return text
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
        // Texts without the names of people and of the organisations involved in a case: a
        // surname is no subject ("Baane" is not "baan").
        let people = snapshot.nodes.filter { $0.kind == .person }.map(\.label)
        let graph = GraphIndex(snapshot)
        let involved = Dictionary(grouping: snapshot.edges.filter { $0.kind == .involves }, by: \.source).mapValues { edges in
            edges.compactMap { edge in graph.node(edge.target).flatMap { $0.kind == .organisation ? $0.label : nil } }
        }
        let index = MeaningIndex(texts: all.map { node in Self.text(of: node, without: people + (involved[node.id] ?? [])) }, setup: setup)
        let questionRange = 0..<questions.count
        let systemicRange = questions.count..<(questions.count + systemic.count)
        let initiativeRange = systemicRange.upperBound..<all.count

        // A question links to a systemic question that holds its meaning; a case addresses a
        // theme or question whose meaning its text holds.
        func scored(_ source: Int, _ target: Int, coverageOfTarget: Bool, threshold: Double) -> (Double, [MeaningIndex.Evidence])? {
            let score = coverageOfTarget ? index.coverage(of: target, by: source) : index.coverage(of: source, by: target)
            guard score >= threshold else { return nil }
            let evidence = index.evidence(source, target)
            // A link rests on a subject: a phrase, or a rare enough concept or word that is not an actor.
            guard evidence.contains(where: { $0.kind == .phrase || $0.kind != .actor && $0.weight >= minimumRarity }) else { return nil }
            // A case rests on a shared phrase or on more than one subject.
            if coverageOfTarget, evidence.filter({ $0.kind != .actor }).count < 2, !evidence.contains(where: { $0.kind == .phrase }) { return nil }
            return (score, evidence)
        }

        func best(from source: Int, among targets: Range<Int>, coverageOfTarget: Bool = false, threshold: Double) -> [CrossLink] {
            let scored = targets.compactMap { target -> (Int, Double, [MeaningIndex.Evidence])? in
                scored(source, target, coverageOfTarget: coverageOfTarget, threshold: threshold).map { (target, $0.0, $0.1) }
            }
            return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(perSource).map { target, score, evidence in
                CrossLink(source: all[source].id, target: all[target].id, score: (score * 1000).rounded() / 1000, sharedTerms: evidence.prefix(5).map(Self.shown))
            }
        }
        let linksTo = questionRange.flatMap { best(from: $0, among: systemicRange, threshold: threshold) }
        let addresses = initiativeRange.flatMap { best(from: $0, among: questionRange, coverageOfTarget: true, threshold: caseThreshold) }
        return (linksTo, addresses)
    }
}
