public import Clustering
public import Graph

/// Drafts the research agenda from the graph: per speerpunt, the themes that different groups
/// formulated for the same thing are merged into agenda themes; research questions of different
/// groups, workshops and documents that ask the same thing are merged into indicative questions
/// (the formulation most like the others leads, every other one is kept with its source) and
/// ranked by how many groups raised them; every theme and question carries its links to the
/// systemic questions.
///
/// It writes no text of its own: every title and question is a formulation from the corpus.
public struct AgendaSynthesizer: Sendable {
    public var setup: ClusteringSetup
    /// Themes of different groups merge when their average similarity reaches this.
    public var mergeThreshold: Double
    /// Questions of different groups merge into one indicative question when their meaning
    /// similarity (``MeaningIndex``) reaches this and they concern the same actors.
    public var duplicateThreshold: Double
    /// A note of another group counts as raising a question when its meaning similarity to one
    /// of the question's formulations reaches this.
    public var noteThreshold: Double
    /// How many widely raised questions the agenda's overview shows.
    public var overviewSize: Int
    /// Agenda themes of different speerpunten are cross-cutting when they are this similar.
    public var crossCuttingThreshold: Double

    public init(setup: ClusteringSetup, mergeThreshold: Double = 0.25, duplicateThreshold: Double = 0.12, noteThreshold: Double = 0.2, crossCuttingThreshold: Double = 0.3, overviewSize: Int = 10) {
        self.setup = setup
        self.mergeThreshold = mergeThreshold
        self.duplicateThreshold = duplicateThreshold
        self.noteThreshold = noteThreshold
        self.overviewSize = overviewSize
        self.crossCuttingThreshold = crossCuttingThreshold
    }

    /// The text indexes a draft compares by. They depend on the graph's texts alone, not on a
    /// reviewer's decisions, so a live report makes them once per reading of the documents and
    /// hands them to every draft after a decision (``draft(_:reusing:)``).
    public struct Indexes: Sendable {
        /// Theme texts (with their questions and notes), then notes.
        var themes: TextIndex
        /// The texts that may be research questions, then the notes that may support them.
        var questions: MeaningIndex
    }

    /// The indexes of `snapshot`'s texts.
    public func indexes(of snapshot: GraphSnapshot) -> Indexes {
        let graph = GraphIndex(snapshot)
        return Indexes(themes: TextIndex(texts: themeIndexTexts(snapshot, graph: graph), setup: setup), questions: MeaningIndex(texts: questionIndexTexts(snapshot, graph: graph), setup: setup))
    }

    /// The texts of the theme index: each theme's words with its questions' and notes', then every note.
    func themeIndexTexts(_ snapshot: GraphSnapshot, graph: GraphIndex) -> [String] {
        let themes = snapshot.nodes.filter { $0.kind == .theme }
        let notes = snapshot.nodes.filter { $0.kind == .note }
        return themes.map { theme in
            ([theme.label, theme.text ?? ""] + graph.questions(of: theme.id).compactMap(\.text) + graph.notes(of: theme.id).compactMap(\.text)).joined(separator: " ")
        } + notes.map { $0.text ?? $0.label }
    }

    /// Drafts the agenda of `snapshot`; `indexes` made from the same texts before are used
    /// instead of being made again (others are ignored).
    public func draft(_ snapshot: GraphSnapshot, reusing indexes: Indexes? = nil) -> AgendaDraft {
        let graph = GraphIndex(snapshot)
        let workshops = snapshot.nodes.filter { $0.kind == .workshop }
        let themes = snapshot.nodes.filter { $0.kind == .theme }
        // One index over everything compared: theme texts (with their questions and notes), questions, notes.
        let notes = snapshot.nodes.filter { $0.kind == .note }
        let texts = themeIndexTexts(snapshot, graph: graph)
        let index = indexes.map(\.themes).flatMap { $0.texts == texts ? $0 : nil } ?? TextIndex(texts: texts, setup: setup)
        let themeIndex = Dictionary(uniqueKeysWithValues: themes.enumerated().map { ($1.id, $0) })
        let noteIndex = Dictionary(uniqueKeysWithValues: notes.enumerated().map { ($1.id, themes.count + $0) })

        var speerpunten: [AgendaDraft.Speerpunt] = []
        var speerpuntOrder: [String] = []
        var byName: [String: [Node]] = [:]
        for workshop in workshops {
            let name = workshop.properties[.speerpunt] ?? workshop.label
            if byName[name] == nil { speerpuntOrder.append(name) }
            byName[name, default: []].append(workshop)
        }
        var speerpuntOfWorkshop: [String: String] = [:]
        for (name, members) in byName { for workshop in members { speerpuntOfWorkshop[workshop.id] = name } }
        let indicative = indicativeQuestions(snapshot, graph: graph, speerpunten: speerpuntOrder, speerpuntOfWorkshop: speerpuntOfWorkshop, reusing: indexes?.questions)
        var agendaThemeMembers: [(speerpunt: String, members: [Int])] = []
        for name in speerpuntOrder {
            let workshopIDs = Set(byName[name, default: []].map(\.id))
            let members = themes.enumerated().filter { workshopIDs.contains(graph.workshop(of: $0.element.id) ?? "") }.map(\.offset)
            let clusters = merge(members, themes: themes, graph: graph, index: index)
            var agendaThemes: [AgendaDraft.Theme] = []
            for cluster in clusters {
                let memberIDs = Set(cluster.map { themes[$0].id })
                let questions = indicative.questions.indices.filter { !indicative.themes[$0].isDisjoint(with: memberIDs) }.map { indicative.questions[$0] }
                agendaThemes.append(theme(cluster.map { themes[$0] }, questions: questions, graph: graph, index: index, themeIndex: themeIndex, noteIndex: noteIndex))
                agendaThemeMembers.append((name, cluster))
            }
            // Themes raised most widely first, then in document order.
            let support = agendaThemes.map(\.support)
            let ranked = agendaThemes.indices.sorted { a, b in
                support[a] != support[b] ? support[a] > support[b] : a < b
            }.map { agendaThemes[$0] }
            speerpunten.append(AgendaDraft.Speerpunt(
                name: name,
                workshops: byName[name, default: []].map { ($0.label, $0.properties[.date] ?? "", $0.provenance.document) },
                questions: indicative.questions.filter { $0.speerpunten.contains(name) },
                themes: ranked))
        }

        return AgendaDraft(
            speerpunten: speerpunten,
            widelyRaised: Array(indicative.questions.filter { $0.support.groups > 1 }.prefix(overviewSize)),
            questionsIn: indicative.submissions,
            crossCutting: crossCutting(agendaThemeMembers, themes: themes, graph: graph, index: index),
            systemic: systemic(snapshot, graph: graph),
            stakeholders: stakeholderIndex(speerpunten, graph: graph),
            cases: caseIndex(snapshot, graph: graph))
    }

    /// Whether a person marked `node` as no research question (``ReviewMark/notAQuestion``).
    static func isMarkedNoQuestion(_ node: Node) -> Bool {
        node.kind == .question && node.properties[.review] == ReviewMark.notAQuestion.rawValue
    }

    /// Words that open a sentence about the questions before it rather than a question of its
    /// own ("En al deze vragen komen eigenlijk voort uit de hoofdvraag: …"), lower case.
    static let framingOpeners = ["al deze vragen", "deze vragen", "bovenstaande vragen", "al die vragen", "al onze vragen", "these questions", "all these questions", "all of these questions"]

    /// Whether `node`, a main question of a group, is no research question by its text alone:
    /// a framing sentence about the questions before it, or — without a question mark — an item
    /// of a list that happens to open with a question word ("Wat zijn de managementprincipes
    /// van goed werk" among "Zingeving", "Gezondheid"), unless the report hangs sub-questions
    /// under it.
    static func isAside(_ node: Node, graph: GraphIndex) -> Bool {
        guard node.kind == .question else { return false }
        let text = (node.text ?? node.label).lowercased().trimmingCharacters(in: .whitespaces)
        let opening = text.split(separator: " ").drop { ["en", "maar", "and", "but"].contains($0) }.joined(separator: " ")
        if framingOpeners.contains(where: { opening.hasPrefix($0 + " ") }) { return true }
        return !text.contains("?") && graph.subQuestions(of: node.id).isEmpty
    }

    /// Whether the agenda leaves `node` out of its research questions: a person said so of it,
    /// or of the main question it belongs to, or that main question's text does
    /// (``isAside(_:graph:)``). A sub-question goes with its main question.
    static func isLeftOut(_ node: Node, graph: GraphIndex) -> Bool {
        var main = node
        var seen: Set<String> = [node.id]
        while let parent = graph.parentQuestion(of: main.id).flatMap(graph.node), seen.insert(parent.id).inserted { main = parent }
        return isMarkedNoQuestion(node) || isMarkedNoQuestion(main) || isAside(main, graph: graph)
    }

    // MARK: Merging themes

    /// Average-linkage merging of the themes of one speerpunt; a merged theme holds at most
    /// one theme per group, since a group's own themes are distinct by its own choice.
    func merge(_ members: [Int], themes: [Node], graph: GraphIndex, index: TextIndex) -> [[Int]] {
        var clusters = members.map { [$0] }
        func groups(_ cluster: [Int]) -> Set<String> { Set(cluster.compactMap { graph.group(of: themes[$0].id) }) }
        while true {
            var best: (a: Int, b: Int, score: Double)?
            for a in clusters.indices {
                for b in clusters.indices where b > a && groups(clusters[a]).isDisjoint(with: groups(clusters[b])) {
                    var total = 0.0
                    for x in clusters[a] { for y in clusters[b] { total += index.similarity(x, y) } }
                    let score = total / Double(clusters[a].count * clusters[b].count)
                    if score >= mergeThreshold, score > (best?.score ?? -1) { best = (a, b, score) }
                }
            }
            guard let best else { break }
            clusters[best.a] = (clusters[best.a] + clusters[best.b]).sorted()
            clusters.remove(at: best.b)
        }
        return clusters.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
    }

    // MARK: One agenda theme

    func theme(_ members: [Node], questions: [AgendaDraft.Question], graph: GraphIndex, index: TextIndex, themeIndex: [String: Int], noteIndex: [String: Int]) -> AgendaDraft.Theme {
        let memberIndices = members.compactMap { themeIndex[$0.id] }
        // The clearest formulation leads: the one most like the others.
        let lead = members.max { a, b in
            let sa = index.similarity(themeIndex[a.id] ?? 0, toGroup: memberIndices)
            let sb = index.similarity(themeIndex[b.id] ?? 0, toGroup: memberIndices)
            return sa != sb ? sa < sb : a.id > b.id
        } ?? members[0]
        let formulations = members.map { AgendaDraft.Formulation(text: $0.text ?? $0.label, origin: graph.origin($0)) }
        let asked = members.flatMap { graph.questions(of: $0.id) }
        // A question left out takes its sub-questions with it; the agenda's appendix shows them.
        let leftOut = asked.filter { graph.parentQuestion(of: $0.id) == nil && Self.isLeftOut($0, graph: graph) }
        let questionNodes = asked.filter { !Self.isLeftOut($0, graph: graph) }

        let notes = members.flatMap { graph.notes(of: $0.id) }
        let centroid = memberIndices
        let representative = notes.sorted { a, b in
            let sa = index.similarity(noteIndex[a.id] ?? 0, toGroup: centroid), sb = index.similarity(noteIndex[b.id] ?? 0, toGroup: centroid)
            return sa != sb ? sa > sb : a.id < b.id
        }.prefix(3).map { AgendaDraft.Formulation(text: $0.text ?? $0.label, origin: graph.origin($0)) }

        let related = members.map(\.id) + questionNodes.map(\.id) + notes.map(\.id)
        let mentioned = graph.mentioned(by: related)
        return AgendaDraft.Theme(
            title: lead.text ?? lead.label,
            formulations: [formulations.first { $0.origin.node == lead.id }].compactMap { $0 } + formulations.filter { $0.origin.node != lead.id },
            questions: questions,
            noteCount: notes.count,
            representativeNotes: Array(representative),
            stakeholders: mentioned.filter { $0.kind == .person || $0.kind == .organisation }.map(\.label),
            stakeholderGroups: mentioned.filter { $0.kind == .stakeholderGroup }.map(\.label),
            cases: graph.cases(addressing: related, groups: members.compactMap { graph.group(of: $0.id) }),
            asides: leftOut.map { node in
                AgendaDraft.Aside(text: node.text ?? node.label, origin: graph.origin(node), subQuestions: graph.subQuestions(of: node.id).map { $0.text ?? $0.label }, decided: Self.isMarkedNoQuestion(node))
            },
            links: graph.systemicLinks(from: members.map(\.id) + questionNodes.map(\.id)))
    }

    // MARK: Across speerpunten

    /// Agenda themes of different speerpunten that are as similar as ``crossCuttingThreshold``
    /// and share a subject: a phrase, or two concepts or words that are not actors, in their
    /// formulations and questions.
    func crossCutting(_ agendaThemes: [(speerpunt: String, members: [Int])], themes: [Node], graph: GraphIndex, index: TextIndex) -> [AgendaDraft.CrossCutting] {
        let subjects = MeaningIndex(texts: agendaThemes.map { agendaTheme in
            agendaTheme.members.flatMap { member in [themes[member].text ?? themes[member].label] + graph.questions(of: themes[member].id).compactMap(\.text) }.joined(separator: " ")
        }, setup: setup)
        var result: [AgendaDraft.CrossCutting] = []
        for a in agendaThemes.indices {
            for b in agendaThemes.indices where b > a && agendaThemes[a].speerpunt != agendaThemes[b].speerpunt {
                var total = 0.0
                for x in agendaThemes[a].members { for y in agendaThemes[b].members { total += index.similarity(x, y) } }
                let score = total / Double(agendaThemes[a].members.count * agendaThemes[b].members.count)
                guard score >= crossCuttingThreshold else { continue }
                let shared = subjects.evidence(a, b).filter { $0.kind != .actor }
                guard shared.contains(where: { $0.kind == .phrase }) || shared.count >= 2 else { continue }
                func title(_ cluster: [Int]) -> String { themes[cluster[0]].text ?? themes[cluster[0]].label }
                result.append(AgendaDraft.CrossCutting(
                    themes: [(agendaThemes[a].speerpunt, title(agendaThemes[a].members)), (agendaThemes[b].speerpunt, title(agendaThemes[b].members))],
                    score: (score * 1000).rounded() / 1000, sharedTerms: shared.map(\.shown)))
            }
        }
        return result.sorted { $0.score != $1.score ? $0.score > $1.score : $0.themes[0].title < $1.themes[0].title }
    }

    func systemic(_ snapshot: GraphSnapshot, graph: GraphIndex) -> [AgendaDraft.Systemic] {
        snapshot.nodes.filter { $0.kind == .systemicQuestion }.map { node in
            let links = snapshot.edges.filter { edge in
                edge.kind == .linksTo && edge.target == node.id && !(graph.node(edge.source).map { Self.isLeftOut($0, graph: graph) } ?? false)
            }
                .sorted { ($0.weight ?? 0) != ($1.weight ?? 0) ? ($0.weight ?? 0) > ($1.weight ?? 0) : $0.source < $1.source }
            return AgendaDraft.Systemic(
                id: node.id, label: node.label, text: node.text ?? node.label, section: node.properties[.section] ?? "",
                questions: links.compactMap { edge in
                    graph.node(edge.source).map { source in
                        (source.text ?? source.label, graph.origin(source), edge.weight ?? 0, edge.properties.list(.sharedTerms), edge.properties[.review] == ReviewMark.confirmed.rawValue)
                    }
                })
        }
    }

    func stakeholderIndex(_ speerpunten: [AgendaDraft.Speerpunt], graph: GraphIndex) -> [AgendaDraft.IndexEntry] {
        var themesOf: [String: [String]] = [:]
        for speerpunt in speerpunten {
            for theme in speerpunt.themes {
                for name in theme.stakeholders + theme.stakeholderGroups where !(themesOf[name]?.contains(theme.title) ?? false) {
                    themesOf[name, default: []].append(theme.title)
                }
            }
        }
        return graph.nodes(of: [.person, .organisation, .stakeholderGroup]).map { node in
            let detail: String
            switch node.kind {
            case .person: detail = [node.properties.display(.role), node.properties.display(.affiliation)].compactMap { $0 }.joined(separator: ", ")
            case .organisation: detail = node.properties[.type].map(OrganisationType.dutchName(of:)) ?? ""
            default: detail = ""
            }
            return AgendaDraft.IndexEntry(name: node.label, kind: node.kind.rawValue, detail: detail, themes: themesOf[node.label] ?? [])
        }.sorted { $0.kind != $1.kind ? $0.kind < $1.kind : $0.name.lowercased() < $1.name.lowercased() }
    }

    func caseIndex(_ snapshot: GraphSnapshot, graph: GraphIndex) -> [AgendaDraft.IndexEntry] {
        snapshot.nodes.filter { $0.kind == .initiative }.map { node in
            let involved = snapshot.edges.filter { $0.kind == .involves && $0.source == node.id }.compactMap { graph.node($0.target)?.label }
            let addressed = snapshot.edges.filter { $0.kind == .addresses && $0.source == node.id }.compactMap { graph.node($0.target).map { $0.text ?? $0.label } }
            // Told briefly, with at most three of the people and organisations involved.
            var detail = node.properties[.summary] ?? node.text ?? ""
            if !involved.isEmpty {
                detail += (detail.isEmpty ? "" : " ") + "(" + involved.prefix(3).joined(separator: ", ") + (involved.count > 3 ? ", …" : "") + ")"
            }
            return AgendaDraft.IndexEntry(name: node.label, kind: node.provenance.document, detail: detail, themes: addressed)
        }
    }
}
