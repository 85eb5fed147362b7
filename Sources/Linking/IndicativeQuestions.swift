import Clustering
import Graph

/// The research questions of a graph merged into indicative questions.
struct IndicativeQuestions {
    /// The indicative questions, most widely raised first.
    var questions: [AgendaDraft.Question]
    /// For each question, the themes its formulations belong to.
    var themes: [Set<String>]
    /// How many research questions (and themes phrased as questions) went in.
    var submissions: Int
}

extension AgendaSynthesizer {
    /// Merges the research questions of all groups, workshops and documents into indicative
    /// questions: two formulations of different groups join when their meaning similarity
    /// reaches ``duplicateThreshold`` and they concern the same actors (the stakeholder groups
    /// they name, when both name some); one question holds at most one formulation per group,
    /// since a group's own questions are distinct by its own choice. Notes of other groups that
    /// ask the same thing add to a question's support: a note sharing a phrase with one of its
    /// formulations and as similar as two merged questions, or one as close as ``noteThreshold``
    /// sharing more than one word or concept.
    /// The texts that may be research questions and the notes that may support them, in the
    /// order of the sources (document, then line), however the store lists them: the questions
    /// a person marked as none included, so that a decision leaves the texts, and their index,
    /// as they were.
    func questionCandidates(_ snapshot: GraphSnapshot, graph: GraphIndex) -> (questions: [Node], notes: [Node]) {
        // Main research questions, and themes phrased as questions that ask none of their own.
        let asking = Set(snapshot.edges.filter { $0.kind == .asks }.map(\.source))
        let sourceOrder = snapshot.nodes.sorted { ($0.provenance.document, $0.provenance.line, $0.id) < ($1.provenance.document, $1.provenance.line, $1.id) }
        let questions = sourceOrder.filter { node in
            switch node.kind {
            case .question: graph.parentQuestion(of: node.id) == nil && !Self.isAside(node, graph: graph)
            case .theme: !asking.contains(node.id) && Self.isPhrasedAsQuestion(node.text ?? node.label)
            default: false
            }
        }
        // Notes that repeat a question word for word are that question, not support for it.
        let questionTexts = Set(snapshot.nodes.filter { $0.kind == .question }.compactMap(\.text))
        return (questions, sourceOrder.filter { $0.kind == .note && !questionTexts.contains($0.text ?? $0.label) })
    }

    /// The texts of the question index: the candidate questions, then their notes.
    func questionIndexTexts(_ snapshot: GraphSnapshot, graph: GraphIndex) -> [String] {
        let (questions, notes) = questionCandidates(snapshot, graph: graph)
        return (questions + notes).map { $0.text ?? $0.label }
    }

    func indicativeQuestions(_ snapshot: GraphSnapshot, graph: GraphIndex, speerpunten: [String], speerpuntOfWorkshop: [String: String], reusing cached: MeaningIndex? = nil) -> IndicativeQuestions {
        // Every tie below goes to the formulation written first in the sources.
        let (candidates, notes) = questionCandidates(snapshot, graph: graph)
        let texts = (candidates + notes).map { $0.text ?? $0.label }
        let meaning = cached.flatMap { $0.texts == texts ? $0 : nil } ?? MeaningIndex(texts: texts, setup: setup)
        // The questions a person marked as none are left out; the index keeps their texts.
        let kept = candidates.indices.filter { !Self.isMarkedNoQuestion(candidates[$0]) }
        let submissions = kept.map { candidates[$0] }
        let index = IndexView(index: meaning, positions: kept + notes.indices.map { candidates.count + $0 })
        let groupOf = (submissions + notes).map { graph.group(of: $0.id) ?? $0.provenance.document }
        let actors = (submissions + notes).map { node in
            Set(graph.mentioned(by: [node.id]).filter { $0.kind == .stakeholderGroup }.map(\.id))
        }
        func sameActors(_ a: Int, _ b: Int) -> Bool {
            actors[a].isEmpty && actors[b].isEmpty || !actors[a].isDisjoint(with: actors[b])
        }

        // A person's decisions first: the questions they merged are one, whatever the text says;
        // one they split out joins no other by the toolkit's pairs.
        let position = Dictionary(submissions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let review = submissions.map { $0.properties[.review].flatMap(ReviewMark.init(rawValue:)) }
        var forced: [(a: Int, b: Int)] = []
        for (a, node) in submissions.enumerated() {
            for other in node.properties.list(.reviewMerge) { if let b = position[other] { forced.append((min(a, b), max(a, b))) } }
        }
        // Then single linkage over the pairs that qualify, best pair first.
        var pairs: [(a: Int, b: Int, score: Double)] = []
        for a in submissions.indices where review[a] != .separate {
            for b in submissions.indices where b > a && review[b] != .separate && groupOf[a] != groupOf[b] && sameActors(a, b) {
                let score = index.similarity(a, b)
                if score >= duplicateThreshold { pairs.append((a, b, score)) }
            }
        }
        pairs.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
        var clusterOf = Array(submissions.indices)
        var members = submissions.indices.map { [$0] }
        func join(_ x: Int, _ y: Int) {
            members[x] += members[y]
            members[x].sort()
            for member in members[y] { clusterOf[member] = x }
            members[y] = []
        }
        for pair in forced where clusterOf[pair.a] != clusterOf[pair.b] { join(clusterOf[pair.a], clusterOf[pair.b]) }
        for pair in pairs {
            let (x, y) = (clusterOf[pair.a], clusterOf[pair.b])
            guard x != y, Set(members[x].map { groupOf[$0] }).isDisjoint(with: members[y].map { groupOf[$0] }) else { continue }
            join(x, y)
        }
        let clusters = members.filter { !$0.isEmpty }

        // Each note raises at most one question: the one with the most similar formulation.
        var raisedBy = [[Int]](repeating: [], count: clusters.count)
        for n in notes.indices {
            let note = submissions.count + n
            var best: (cluster: Int, score: Double)?
            for (c, cluster) in clusters.enumerated() where !cluster.contains(where: { groupOf[$0] == groupOf[note] }) {
                for member in cluster where sameActors(member, note) {
                    let score = index.similarity(note, member)
                    guard score >= duplicateThreshold, score > (best?.score ?? 0) else { continue }
                    // A shared phrase is enough; otherwise the note must be as close as
                    // `noteThreshold` and share more than one word or concept.
                    let evidence = index.evidence(note, member)
                    if evidence.contains(where: { $0.kind == .phrase }) || score >= noteThreshold && evidence.count > 1 { best = (c, score) }
                }
            }
            if let best, !raisedBy[best.cluster].contains(where: { groupOf[$0] == groupOf[note] }) { raisedBy[best.cluster].append(note) }
        }

        var questions: [(question: AgendaDraft.Question, themes: Set<String>, first: Int)] = []
        for (c, cluster) in clusters.enumerated() {
            // The formulation a person chose leads; else the one most like the others; on a
            // tie, the first.
            let lead = cluster.first { review[$0] == .leading } ?? cluster.max { a, b in
                let sa = index.similarity(a, toGroup: cluster), sb = index.similarity(b, toGroup: cluster)
                return sa != sb ? sa < sb : a > b
            } ?? cluster[0]
            let nodes = cluster.map { submissions[$0] }
            let leadNode = submissions[lead]
            let others = cluster.filter { $0 != lead }.map { submissions[$0] }
            let noteNodes = raisedBy[c].map { notes[$0 - submissions.count] }
            let origins = (nodes + noteNodes).map(graph.origin)
            let names = Set(nodes.compactMap { graph.workshop(of: $0.id).flatMap { speerpuntOfWorkshop[$0] } })
            let question = AgendaDraft.Question(
                text: leadNode.text ?? leadNode.label,
                origin: graph.origin(leadNode),
                alsoAskedAs: others.map { AgendaDraft.Formulation(text: $0.text ?? $0.label, origin: graph.origin($0)) },
                raisedOnNotes: noteNodes.map { AgendaDraft.Formulation(text: $0.text ?? $0.label, origin: graph.origin($0)) },
                subQuestions: nodes.flatMap { graph.subQuestions(of: $0.id).map { $0.text ?? $0.label } },
                links: graph.systemicLinks(from: nodes.map(\.id)),
                support: AgendaDraft.Support(origins),
                speerpunten: speerpunten.filter(names.contains),
                confirmed: cluster.contains { [.leading, .separate].contains(review[$0]) || !submissions[$0].properties.list(.reviewMerge).isEmpty })
            let themes = Set(nodes.flatMap { node in node.kind == .theme ? [node.id] : graph.themes(asking: node.id) })
            questions.append((question, themes, cluster[0]))
        }
        questions.sort { a, b in
            a.question.support != b.question.support ? a.question.support > b.question.support : a.first < b.first
        }
        return IndicativeQuestions(questions: questions.map(\.question), themes: questions.map(\.themes), submissions: submissions.count)
    }

    /// A view of an index by other positions: position `i` is the index's text `positions[i]`.
    struct IndexView {
        var index: MeaningIndex
        var positions: [Int]

        func similarity(_ a: Int, _ b: Int) -> Double { index.similarity(positions[a], positions[b]) }
        func similarity(_ a: Int, toGroup group: [Int]) -> Double { index.similarity(positions[a], toGroup: group.map { positions[$0] }) }
        func evidence(_ a: Int, _ b: Int) -> [MeaningIndex.Evidence] { index.evidence(positions[a], positions[b]) }
    }

    /// Whether a theme's text is a question: it ends with a question mark.
    static func isPhrasedAsQuestion(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).hasSuffix("?")
    }
}
