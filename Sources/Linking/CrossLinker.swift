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
    /// How a case and a theme or question are scored.
    public var caseMeasure: Measure
    /// How a question and a systemic question are scored.
    public var measure: Measure
    /// A theme also links to a systemic question that this many of its notes link to (0: a
    /// theme links by its own words only): a theme named in two words ("Decent jobs") says
    /// what it is about through its notes.
    public var themeNotes: Int

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

    public init(setup: ClusteringSetup, threshold: Double = CrossLinker.defaultThreshold, perSource: Int = CrossLinker.defaultPerSource, minimumRarity: Double = 3, measure: Measure = .coverage, caseThreshold: Double = 0.15, caseMeasure: Measure = .coverage, themeNotes: Int = 0) {
        self.measure = measure
        self.themeNotes = themeNotes
        self.caseMeasure = caseMeasure
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
        // The notes of the themes, compared too when themes link through their notes.
        let notesOfTheme = themeNotes > 0 ? questions.map { node in
            node.kind == .theme ? snapshot.edges.filter { $0.kind == .belongsTo && $0.target == node.id }.map(\.source) : []
        } : questions.map { _ in [] }
        let noteNodes = Dictionary(snapshot.nodes.filter { $0.kind == .note }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let notes = notesOfTheme.flatMap { $0.compactMap { noteNodes[$0] } }
        let all = questions + systemic + initiatives + notes
        // Texts without the names of people and of the organisations involved in a case: a
        // surname is no subject ("Baane" is not "baan").
        let people = snapshot.nodes.filter { $0.kind == .person }.map(\.label)
        let involved = Dictionary(grouping: snapshot.edges.filter { $0.kind == .involves }, by: \.source).mapValues { edges in
            edges.compactMap { edge in snapshot.nodes.first { $0.id == edge.target && $0.kind == .organisation }?.label }
        }
        let index = MeaningIndex(texts: all.map { node in Self.text(of: node, without: people + (involved[node.id] ?? [])) }, setup: setup)
        let questionRange = 0..<questions.count
        let systemicRange = questions.count..<(questions.count + systemic.count)
        let initiativeRange = systemicRange.upperBound..<(systemicRange.upperBound + initiatives.count)
        var noteIndices: [[Int]] = []
        var next = initiativeRange.upperBound
        for ids in notesOfTheme {
            let count = ids.compactMap { noteNodes[$0] }.count
            noteIndices.append(Array(next..<(next + count)))
            next += count
        }

        // A question links to a systemic question that holds its meaning; a case addresses a
        // theme or question whose meaning its text holds.
        func scored(_ source: Int, _ target: Int, coverageOfTarget: Bool, threshold: Double) -> (Double, [MeaningIndex.Evidence])? {
            let measure = coverageOfTarget ? caseMeasure : measure
            let score = measure == .cosine ? index.similarity(source, target)
                : coverageOfTarget ? index.coverage(of: target, by: source) : index.coverage(of: source, by: target)
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
                if let (score, evidence) = scored(source, target, coverageOfTarget: coverageOfTarget, threshold: threshold) { return (target, score, evidence) }
                // A theme, through enough of its notes: their mean score, their evidence.
                guard !coverageOfTarget, themeNotes > 0, source < noteIndices.count else { return nil }
                let linked = noteIndices[source].compactMap { scored($0, target, coverageOfTarget: false, threshold: threshold) }
                guard linked.count >= themeNotes else { return nil }
                var seen: Set<String> = []
                let all: [MeaningIndex.Evidence] = linked.flatMap { $0.1 }
                let evidence = all.sorted { $0.weight > $1.weight }.filter { seen.insert($0.shown).inserted }
                let mean = linked.reduce(0.0) { $0 + $1.0 } / Double(linked.count)
                return (target, mean, evidence)
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
