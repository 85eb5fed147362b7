public import Clustering
import Linking
public import Documents
public import Export
public import Foundation
public import Graph

/// The lector's view of a graph, `index.html`: every note on maps (per group, per workshop, for
/// everything) laid out from the similarity the clustering uses, the groups' themes beside the
/// automatic clusters, the agenda with its sources, and the agenda's network.
public struct HTMLReport: Sendable {
    public var data: ReportData
    public var agenda: AgendaDocument
    /// What of the report stays the same when only the clusters change, to hand to the next report.
    public var basis: Basis

    /// What of the report stays the same when only the clusters change: the agenda's draft,
    /// the lines around what the graph cites, and the agenda's network. A live report makes it
    /// once per reading of the documents and hands it to every report after a correction.
    public struct Basis: Sendable {
        var draft: AgendaDraft
        var sources: [ReportData.Source]
        var network: ReportData.Network
        var suggestions: [ReportData.Suggestion]
        /// Every link the linker finds at the suggestions' threshold, what a review filters;
        /// only for a report that offers suggestions (a live one).
        var candidates: [CrossLink]?
        /// The draft's text indexes, which a review does not change; made when this basis
        /// drafts the agenda itself.
        var indexes: AgendaSynthesizer.Indexes?

        /// The basis of the report of `snapshot`; with `suggesting`, the links a reviewer may
        /// confirm beyond the draft's.
        public init(_ snapshot: GraphSnapshot, analysis: TextAnalysis, agenda: AgendaExport? = nil, suggesting: Bool = false, readers: ReaderRegistry = .standard(), reporter: any Reporter) {
            if let agenda {
                draft = agenda.draft
            } else {
                let indexes = AgendaSynthesizer(setup: analysis.setup).indexes(of: snapshot)
                draft = AgendaExport(snapshot, analysis: analysis, reusing: indexes).draft
                self.indexes = indexes
            }
            sources = HTMLReport.sources(snapshot, readers: readers, reporter: reporter)
            network = HTMLReport.network(of: snapshot)
            let candidates = suggesting ? CrossLinker(setup: analysis.setup, threshold: CrossLinker.suggestionThreshold).links(in: snapshot).linksTo : nil
            self.candidates = candidates
            let drafted = draft
            suggestions = candidates.map { HTMLReport.suggestions(snapshot, draft: drafted, candidates: $0) } ?? []
        }

    }

    /// The report `data` and its agenda for `snapshot`, the same documents and clusters under
    /// another review of the agenda: only the agenda's draft and network are made again; the
    /// maps, the groups and the lines around what the graph cites are kept from `basis` and `data`.
    public static func reviewed(_ data: ReportData, basis: Basis, snapshot: GraphSnapshot, analysis: TextAnalysis) -> (data: ReportData, agenda: AgendaDocument, basis: Basis) {
        var basis = basis
        let indexes = basis.indexes ?? AgendaSynthesizer(setup: analysis.setup).indexes(of: snapshot)
        let agenda = AgendaExport(snapshot, analysis: analysis, reusing: indexes)
        basis.indexes = indexes
        basis.draft = agenda.draft
        basis.network = network(of: snapshot)
        basis.suggestions = basis.candidates.map { suggestions(snapshot, draft: agenda.draft, candidates: $0) } ?? []
        var data = data
        data.network = basis.network
        data.suggestions = basis.suggestions
        return (data, agenda.document, basis)
    }

    /// The group maps and cards use the stored per-group clusters where `snapshot` has them (as
    /// after `build`), so the page shows what the database holds; the workshop and overall maps,
    /// and groups without stored clusters, are clustered here with `analysis`.
    ///
    /// `agenda`, `basis` and `groupMaps` (by group id) are what the caller has already made
    /// from the same graph, handed on so that nothing is computed twice. With `suggesting` (a
    /// live report) the data carries the links a reviewer may confirm beyond the draft's.
    public init(_ snapshot: GraphSnapshot, analysis: TextAnalysis, agenda: AgendaExport? = nil, basis: Basis? = nil, suggesting: Bool = false, groupMaps: [String: NoteMap] = [:], readers: ReaderRegistry = .standard(), reporter: any Reporter) {
        var builder = Builder(snapshot: snapshot, analysis: analysis, knownMaps: groupMaps)
        builder.addNotes()
        // The agenda's basis, the workshops' and the overall maps, and the groups' cards do not
        // depend on each other: they are made side by side.
        let made = builder
        enum Piece: Sendable {
            case basis(Basis)
            case map(ReportData.NoteMap)
            case groups(maps: [ReportData.NoteMap], cards: [ReportData.Group])
        }
        var work: [@Sendable () -> Piece] = []
        if basis == nil { work.append { .basis(Basis(snapshot, analysis: analysis, agenda: agenda, suggesting: suggesting, readers: readers, reporter: reporter)) } }
        for part in made.overviewParts() { work.append { .map(made.clusteredMap(title: part.title, level: part.level, notes: part.notes)) } }
        work.append {
            let (maps, cards) = made.groupsMade()
            return .groups(maps: maps, cards: cards)
        }
        var madeBasis = basis
        var otherMaps: [ReportData.NoteMap] = []
        var groupCards: [ReportData.Group] = []
        var groupMapsMade: [ReportData.NoteMap] = []
        for piece in concurrently(work) {
            switch piece {
            case .basis(let made): madeBasis = made
            case .map(let map): otherMaps.append(map)
            case .groups(let maps, let cards): (groupMapsMade, groupCards) = (maps, cards)
            }
        }
        let basis = madeBasis ?? Basis(snapshot, analysis: analysis, agenda: agenda, suggesting: suggesting, readers: readers, reporter: reporter)
        self.basis = basis
        let agenda = agenda ?? AgendaExport(snapshot, analysis: analysis, draft: basis.draft)
        self.agenda = agenda.document
        let sources = basis.sources
        let documents = snapshot.documents.sorted { $0.id < $1.id }
        data = ReportData(
            title: "Onderzoeksagenda — verslag van de werkateliers",
            notes: builder.notes, maps: otherMaps + groupMapsMade, groups: groupCards, network: basis.network,
            sources: sources,
            about: ReportData.About(
                version: AgendaVersion.current,
                documents: documents.map { "\($0.id) (\($0.kind.rawValue), \(URL(fileURLWithPath: $0.path).lastPathComponent))" },
                parameters: [
                    "indeling: per groep de opgeslagen clusters van de laatste clustering, anders automatisch gekozen aantal",
                    "kaarten: tot \(NoteMap.maximumRefinedNotes) geeltjes krachtgestuurd getekend uit de gelijkenisgraaf (elk geeltje verbonden met de \(NoteMap.neighbours) meest gelijkende geeltjes en met de geeltjes van zijn cluster), daarboven klassieke multidimensionale schaling tegen ijkpunten",
                    "netwerk: krachtgestuurde schikking (Fruchterman–Reingold), vaste start",
                ]),
            suggestions: basis.suggestions)
    }

    /// The agenda's network with the layout every export with positions shares, so that Gephi
    /// and VOSviewer show this picture.
    static func network(of snapshot: GraphSnapshot) -> ReportData.Network {
        let (nodes, links, layout) = GraphLayout.network(of: snapshot)
        let edges = links.map { ReportData.Network.Edge(source: $0.source, target: $0.target, kind: $0.kind) }
        return ReportData.Network(
            nodes: nodes.enumerated().map { offset, node in
                .init(id: node.id, kind: node.kind, label: node.label, text: node.text, document: node.provenance.document, line: node.provenance.line, x: layout.x[offset], y: layout.y[offset])
            },
            edges: edges)
    }

    /// The links to systemic questions a reviewer may confirm beyond the draft's: of the
    /// `candidates` the linker finds at ``CrossLinker/suggestionThreshold``, those from the
    /// formulations `draft` lists (its indicative questions' and its themes'), less the links
    /// the graph has and those a person rejected, best first.
    static func suggestions(_ snapshot: GraphSnapshot, draft: AgendaDraft, candidates: [CrossLink]) -> [ReportData.Suggestion] {
        let linked = Set(snapshot.edges.filter { $0.kind == .linksTo }.map { $0.source + "\u{1}" + $0.target })
        let nodes = Dictionary(snapshot.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // What the page can show a suggestion under.
        let listed = Set(draft.speerpunten.flatMap { speerpunt in
            speerpunt.questions.flatMap { [$0.origin.node] + $0.alsoAskedAs.map(\.origin.node) } + speerpunt.themes.flatMap { $0.formulations.map(\.origin.node) }
        })
        return candidates.compactMap { link -> ReportData.Suggestion? in
            guard listed.contains(link.source), !linked.contains(link.source + "\u{1}" + link.target), let source = nodes[link.source], let target = nodes[link.target],
                !source.properties.list(.reviewRejected).contains(link.target) else { return nil }
            return ReportData.Suggestion(source: source.id, text: source.text ?? source.label, systemic: target.id, label: target.text ?? target.label, score: link.score, sharedTerms: link.sharedTerms)
        }.sorted { $0.score != $1.score ? $0.score > $1.score : ($0.source, $0.systemic) < ($1.source, $1.systemic) }
    }

    /// Writes the page to `url`, atomically.
    public func write(to url: URL) throws {
        let page = try HTMLReportWriter().page(data, agenda: agenda)
        try AtomicFile(url).write { output in output.write(page) }
    }

    /// The lines around every line a node cites, per document, read again from the documents.
    static func sources(_ snapshot: GraphSnapshot, readers: ReaderRegistry, reporter: any Reporter) -> [ReportData.Source] {
        var cited: [String: Set<Int>] = [:]
        for node in snapshot.nodes where node.provenance.line > 0 {
            for line in (node.provenance.line - 2)...(node.provenance.endLine + 2) { cited[node.provenance.document, default: []].insert(line) }
        }
        var result: [ReportData.Source] = []
        for document in snapshot.documents.sorted(by: { $0.id < $1.id }) {
            let url = URL(fileURLWithPath: document.path)
            guard let wanted = cited[document.id], let bytes = try? readers.contents(of: url),
                let read = try? readers.read(bytes, from: url, document: document.id)
            else {
                reporter.warning("\(document.path) cannot be read again, so the report shows no lines around what it cites from \(document.id)")
                result.append(ReportData.Source(document: document.id, path: url.lastPathComponent, lines: [:]))
                continue
            }
            var lines: [Int: String] = [:]
            for block in read.outline.blocks where wanted.contains(block.line) {
                lines[block.line] = block.cells.map { $0.joined(separator: " · ") } ?? block.text
            }
            result.append(ReportData.Source(document: document.id, path: url.lastPathComponent, lines: lines))
        }
        return result
    }
}

/// Gathers the report's data from a snapshot, in the snapshot's order.
private struct Builder {
    let snapshot: GraphSnapshot
    let analysis: TextAnalysis
    /// Maps of groups made with their clusters, by group id.
    let knownMaps: [String: NoteMap]
    var notes: [ReportData.Note] = []
    var index: [String: Int] = [:]  // note id → index in notes

    init(snapshot: GraphSnapshot, analysis: TextAnalysis, knownMaps: [String: NoteMap]) {
        self.snapshot = snapshot
        self.analysis = analysis
        self.knownMaps = knownMaps
    }

    mutating func addNotes() {
        var groupOf: [String: Node] = [:]
        for group in snapshot.groupNotes() { for note in group.notes { groupOf[note.id] = group.group } }
        let themes = themeLabels()
        for node in snapshot.nodes where node.kind == .note {
            let group = groupOf[node.id]
            index[node.id] = notes.count
            notes.append(ReportData.Note(
                id: node.id, text: node.text ?? node.label, group: group?.label, workshop: group?.properties[.workshop],
                theme: themes[node.id], document: node.provenance.document, line: node.provenance.line))
        }
    }

    /// Each note's theme, from its `belongs-to` edge.
    func themeLabels() -> [String: String] {
        let themes = Dictionary(snapshot.nodes.filter { $0.kind == .theme }.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        var result: [String: String] = [:]
        for edge in snapshot.edges where edge.kind == .belongsTo { if let label = themes[edge.target] { result[edge.source] = label } }
        return result
    }

    /// The stored per-group clusters, by group id.
    func storedClusters() -> [String: [ClusterRun.Stored]] {
        Dictionary(grouping: ClusterRun.stored(in: snapshot, scope: .group).filter { $0.container != nil }) { $0.container ?? "" }
    }

    /// Each group's map and card, in the snapshot's order.
    func groupsMade() -> (maps: [ReportData.NoteMap], cards: [ReportData.Group]) {
        var groupMaps: [ReportData.NoteMap] = []
        var groups: [ReportData.Group] = []
        let stored = storedClusters()
        for group in snapshot.groupNotes() where group.notes.count >= 2 {
            let texts = group.notes.map { $0.text ?? $0.label }
            let indices = group.notes.compactMap { index[$0.id] }
            var labels: [String] = []
            var keywords: [[String]] = []
            var representatives: [Int] = []
            var assignments = [Int](repeating: 0, count: texts.count)
            var fits = [NoteFit?](repeating: nil, count: texts.count)
            if let clusters = stored[group.group.id], !clusters.isEmpty {
                let position = Dictionary(group.notes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
                let number = Dictionary(clusters.enumerated().map { ($1.node.id, $0) }, uniquingKeysWith: { first, _ in first })
                for (cluster, stored) in clusters.enumerated() {
                    labels.append(stored.node.label)
                    keywords.append(stored.node.properties.list(.keywords))
                    representatives.append(stored.node.properties[.representative].flatMap { index[$0] } ?? indices[0])
                    for edge in stored.members {
                        guard let at = position[edge.source] else { continue }
                        assignments[at] = cluster
                        if let confidence = edge.weight {
                            fits[at] = NoteFit(confidence: confidence, nextCluster: edge.properties[.nextCluster].flatMap { number[$0] }, sharedTerms: edge.properties.list(.sharedTerms), placed: edge.properties[.placed] == "true")
                        }
                    }
                }
            }
            let layout: NoteMap
            if labels.isEmpty {
                let (result, map) = analysis.clusterAndMap(texts, count: .automatic)
                labels = result.clusters.map(\.label)
                keywords = result.clusters.map(\.keywords)
                representatives = result.clusters.map { indices[$0.representative] }
                assignments = result.assignments
                if result.notes.count == texts.count { fits = result.notes }
                layout = map
            } else if let known = knownMaps[group.group.id], known.x.count == texts.count {
                layout = known
            } else {
                layout = analysis.noteMap(texts, clusters: assignments)
            }
            let title = group.group.label
            let workshop = group.group.properties[.workshop] ?? ""
            groupMaps.append(map(title: workshop.isEmpty ? title : "\(title) (\(workshop))", level: .group, notes: indices, layout: layout, clusterLabels: labels, assignments: assignments))
            groups.append(card(name: title, workshop: workshop, notes: indices, themes: group.themes, labels: labels, keywords: keywords, representatives: representatives, assignments: assignments, fits: fits))
        }
        return (groupMaps, groups)
    }

    /// The maps above the groups, in the report's order: all notes, then each workshop.
    func overviewParts() -> [(title: String, level: ReportData.NoteMap.Level, notes: [Node])] {
        let all = snapshot.nodes.filter { $0.kind == .note }
        let everything = all.count >= 2 ? [(title: "alle geeltjes", level: ReportData.NoteMap.Level.all, notes: all)] : []
        return everything + ClusterRun.parts(of: snapshot, scope: .workshop).map { (title: $0.title, level: .workshop, notes: $0.notes) }
    }

    func clusteredMap(title: String, level: ReportData.NoteMap.Level, notes nodes: [Node]) -> ReportData.NoteMap {
        let (result, layout) = analysis.clusterAndMap(nodes.map { $0.text ?? $0.label }, count: .automatic)
        return map(title: title, level: level, notes: nodes.compactMap { index[$0.id] }, layout: layout, clusterLabels: result.clusters.map(\.label), assignments: result.assignments)
    }

    func map(title: String, level: ReportData.NoteMap.Level, notes indices: [Int], layout: NoteMap, clusterLabels: [String], assignments: [Int]) -> ReportData.NoteMap {
        var themeLabels: [String] = []
        var themes: [Int] = []
        for note in indices {
            guard let theme = notes[note].theme else {
                themes.append(-1)
                continue
            }
            if let at = themeLabels.firstIndex(of: theme) {
                themes.append(at)
            } else {
                themes.append(themeLabels.count)
                themeLabels.append(theme)
            }
        }
        return ReportData.NoteMap(title: title, level: level, notes: indices, x: layout.x, y: layout.y, clusterLabels: clusterLabels, clusters: assignments, themeLabels: themeLabels, themes: themes, rankAgreement: (layout.rankAgreement * 1000).rounded() / 1000)
    }

    /// A group's card: its themes, its clusters, their agreement, and the notes they place differently.
    func card(name: String, workshop: String, notes indices: [Int], themes: [String?], labels: [String], keywords: [[String]], representatives: [Int], assignments: [Int], fits: [NoteFit?]) -> ReportData.Group {
        var themeCards: [ReportData.Group.Theme] = []
        for (note, theme) in zip(indices, themes) {
            let label = theme ?? "zonder thema"
            if let at = themeCards.firstIndex(where: { $0.label == label }) { themeCards[at].notes.append(note) } else { themeCards.append(.init(label: label, notes: [note])) }
        }
        let clusterCards = labels.indices.map { number in
            let positions = assignments.indices.filter { assignments[$0] == number }
            let known = positions.compactMap { fits[$0] }
            guard known.count == positions.count else {
                return ReportData.Group.Cluster(label: labels[number], keywords: keywords[number], representative: representatives[number], notes: positions.map { indices[$0] })
            }
            let cardFits = known.map { fit in
                ReportData.Group.Cluster.Fit(confidence: NoteFit.rounded(fit.confidence), next: fit.nextCluster.flatMap { labels.indices.contains($0) ? labels[$0] : nil }, shared: fit.sharedTerms, placed: fit.placed)
            }
            let uncertain = NoteFit.leastCertain(positions, confidence: { fits[$0]?.confidence ?? 0 }, placed: { fits[$0]?.placed ?? false }).map { indices[$0] }
            return ReportData.Group.Cluster(label: labels[number], keywords: keywords[number], representative: representatives[number], notes: positions.map { indices[$0] }, fits: cardFits, uncertain: uncertain)
        }
        let themed = themes.indices.filter { themes[$0] != nil }
        let themedLabels = themed.map { themes[$0] ?? "" }
        guard Set(themedLabels).count >= 2 else {
            return ReportData.Group(name: name, workshop: workshop, themes: themeCards, clusters: clusterCards, ari: nil, agreement: "De groep heeft haar geeltjes niet in meerdere thema's ingedeeld, dus er is niets te vergelijken.", differences: [])
        }
        let ari = Agreement.adjustedRandIndex(themedLabels, themed.map { assignments[$0] })
        // The theme most of a cluster's themed notes have (the first in the group's order on a tie).
        var majority: [Int: String] = [:]
        for number in labels.indices {
            let members = themed.filter { assignments[$0] == number }.map { themes[$0] ?? "" }
            let counts = Dictionary(members.map { ($0, 1) }, uniquingKeysWith: +)
            majority[number] = members.first { counts[$0] == counts.values.max() }
        }
        let differences = themed.compactMap { position -> ReportData.Group.Difference? in
            let theme = themes[position] ?? ""
            let cluster = assignments[position]
            guard let main = majority[cluster], main != theme, cluster < labels.count else { return nil }
            return .init(note: indices[position], theme: theme, cluster: labels[cluster], clusterTheme: main)
        }
        return ReportData.Group(name: name, workshop: workshop, themes: themeCards, clusters: clusterCards, ari: (ari * 1000).rounded() / 1000, agreement: Self.agreement(ari), differences: differences)
    }

    /// The agreement in words a lector reads, with the figure behind it.
    static func agreement(_ ari: Double) -> String {
        let words: String
        switch ari {
        case 0.8...: words = "komen vrijwel overeen"
        case 0.5..<0.8: words = "komen grotendeels overeen"
        case 0.2..<0.5: words = "komen deels overeen"
        case 0.05..<0.2: words = "komen weinig overeen"
        default: words = "komen niet meer overeen dan toeval"
        }
        let figure = String(format: "%.2f", ari).replacingOccurrences(of: ".", with: ",")
        return "De indeling van de groep en de automatische indeling \(words) (adjusted Rand index \(figure); 0 is toeval, 1 is gelijk)."
    }
}
