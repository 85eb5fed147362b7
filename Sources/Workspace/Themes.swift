public import Clustering
public import Documents
import Foundation
public import Graph

/// Themes with their notes, for placing new notes in: a group's own themes from a workshop
/// report or board export, the themes in the database, or the clusters of a stored run.
public struct Themes: Sendable, Hashable {
    /// One theme: its name, and the texts of its notes.
    public struct Theme: Sendable, Hashable {
        public var name: String
        public var notes: [String]

        public init(name: String, notes: [String]) {
            self.name = name
            self.notes = notes
        }
    }

    public var themes: [Theme]

    public init(themes: [Theme]) {
        self.themes = themes
    }

    /// The themes of the groups in `snapshot` (only `group`'s, by id or name, when given),
    /// each named "group / theme" when there is more than one group.
    static func groupThemes(of snapshot: GraphSnapshot, group: String?, source: String?, fromDatabase: Bool = false) throws(WorkspaceError) -> Themes {
        let groups = snapshot.groupNotes(themedOnly: true).filter { group == nil || $0.group.id == group || $0.group.label.caseInsensitiveCompare(group ?? "") == .orderedSame }
        var themes: [Theme] = []
        for entry in groups {
            for (note, theme) in zip(entry.notes, entry.themes) {
                guard let theme else { continue }
                let name = groups.count > 1 ? "\(entry.group.label) / \(theme)" : theme
                if let at = themes.firstIndex(where: { $0.name == name }) {
                    themes[at].notes.append(note.text ?? note.label)
                } else {
                    themes.append(Theme(name: name, notes: [note.text ?? note.label]))
                }
            }
        }
        guard !themes.isEmpty else {
            let which = group.map { "no group named '\($0)'" } ?? "no group"
            throw WorkspaceError(file: source, problem: "\(which) has notes under themes here, so there is nothing to place new notes in", remedy: group != nil ? "check the group's name with agenda list group, or leave --group out" : fromDatabase ? "ingest a workshop report or a board export with a theme column first (agenda build does), or give one with --themes" : "give a workshop report or a board export with a theme column")
        }
        return Themes(themes: themes)
    }

    /// The themes in the file at `path`: a board export or spreadsheet with text, group and
    /// theme columns, or a document of `kind` (a workshop report).
    ///
    /// - Throws: ``GraphError`` when the file cannot be read; ``WorkspaceError`` when it has no
    ///   notes under themes.
    public static func read(_ path: String, kind: DocumentKind?, group: String?, lexicon: Lexicon = .standard, readers: ReaderRegistry = .standard()) throws -> Themes {
        let file = try SourceFile(URL(fileURLWithPath: path), readers: readers)
        let kind = kind ?? (file.read.outline.isTable ? .notes : .workshopReport)
        let interpreter = try Interpreters.interpreter(for: kind, lexicon: lexicon)
        let document = Document(id: file.id, path: path, kind: kind, contentHash: "")
        let delta = try interpreter.interpret(file.read.outline, document: document)
        return try groupThemes(of: GraphSnapshot(documents: [document], nodes: delta.nodes, edges: delta.edges), group: group, source: path)
    }

    /// Where each of `notes` fits among the themes, measured as the clustering measures
    /// similarity (the same setup, background and language).
    public func assign(_ notes: [String], analysis: TextAnalysis, minimumScore: Double = ThemeAssigner.defaultMinimumScore) -> [ThemeAssignment] {
        var texts: [String] = []
        var members: [[Int]] = []
        for theme in themes {
            members.append(Array(texts.count..<(texts.count + theme.notes.count)))
            texts += theme.notes
        }
        let first = texts.count
        texts += notes
        let assigner = ThemeAssigner(texts: texts, setup: analysis.setup(for: texts), minimumScore: minimumScore)
        return notes.indices.map { assigner.assign(first + $0, into: members) }
    }
}

extension Workspace {
    /// The themes in the database: the groups' own (only `group`'s when given), or with
    /// `clusters` the clusters of the stored run of that scope.
    ///
    /// - Throws: ``WorkspaceError`` when there are none.
    public func themes(group: String?, clusters scope: ClusterScope?) throws -> Themes {
        let snapshot = try store.snapshot()
        guard let scope else { return try Themes.groupThemes(of: snapshot, group: group, source: store.location, fromDatabase: true) }
        let text = Dictionary(snapshot.nodes.map { ($0.id, $0.text ?? $0.label) }, uniquingKeysWith: { first, _ in first })
        let groupIDs = Set(snapshot.nodes.filter { node in node.kind == .group && (node.id == group || node.label.caseInsensitiveCompare(group ?? "") == .orderedSame) }.map(\.id))
        var themes: [Themes.Theme] = []
        for cluster in ClusterRun.stored(in: snapshot, scope: scope) {
            if group != nil, !groupIDs.contains(cluster.container ?? "") { continue }
            let notes = cluster.members.compactMap { text[$0.source] }
            guard !notes.isEmpty else { continue }
            let part = cluster.node.properties[.part] ?? ""
            themes.append(Themes.Theme(name: part.isEmpty || group != nil ? cluster.node.label : "\(part) / \(cluster.node.label)", notes: notes))
        }
        guard !themes.isEmpty else {
            throw WorkspaceError(file: store.location, problem: "no stored clustering per \(scope.rawValue)\(group.map { " of the group '\($0)'" } ?? "") has clusters to place new notes in", remedy: "run agenda cluster --scope \(scope.rawValue) first")
        }
        return Themes(themes: themes)
    }
}
