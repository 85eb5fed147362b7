extension GraphSnapshot {
    /// The notes of one group, with the theme the group put each under (or `nil`).
    public struct GroupNotes: Sendable, Hashable {
        public var group: Node
        public var notes: [Node]
        /// `themes[i]` is the label of the theme of `notes[i]`.
        public var themes: [String?]

        /// Whether the group grouped its notes itself: at least two themes, every note under one.
        public var isSelfGrouped: Bool {
            themes.allSatisfy { $0 != nil } && Set(themes.compactMap { $0 }).count >= 2
        }
    }

    /// Every group with its notes in document order, the notes' themes from `belongs-to` edges.
    ///
    /// Only the notes a group put under a theme count for a self-grouped group; the group's
    /// other notes are left out of `notes` when `themedOnly` is true.
    public func groupNotes(themedOnly: Bool = false) -> [GroupNotes] {
        let byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var themeOf: [String: String] = [:]
        var groupOf: [String: String] = [:]
        for edge in edges {
            guard let source = byID[edge.source], source.kind == .note, let target = byID[edge.target] else { continue }
            if edge.kind == .belongsTo, target.kind == .theme { themeOf[source.id] = target.label }
            if edge.kind == .partOf, target.kind == .group { groupOf[source.id] = target.id }
        }
        var result: [GroupNotes] = []
        var position: [String: Int] = [:]
        for node in nodes where node.kind == .group {
            position[node.id] = result.count
            result.append(GroupNotes(group: node, notes: [], themes: []))
        }
        for node in nodes where node.kind == .note {
            guard let group = groupOf[node.id], let index = position[group] else { continue }
            let theme = themeOf[node.id]
            if themedOnly, theme == nil { continue }
            result[index].notes.append(node)
            result[index].themes.append(theme)
        }
        return result
    }
}
