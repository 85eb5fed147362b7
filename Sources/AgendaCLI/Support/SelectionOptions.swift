import ArgumentParser
import Export
import Graph

/// The part of the graph a map export writes: some node kinds, one workshop, one group.
struct SelectionOptions: ParsableArguments {
    @Option(help: "Only these node kinds, comma-separated (and the edges among them): \(NodeKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kinds: String?

    @Option(help: "Only this workshop, by id, title or date.")
    var workshop: String?

    @Option(help: "Only this group, by id or label.")
    var group: String?

    func validate() throws {
        _ = try Self.kinds(kinds)
    }

    var selection: GraphSelection {
        get throws { GraphSelection(kinds: try Self.kinds(kinds), workshop: workshop, group: group) }
    }

    /// The node kinds of a comma-separated list, or `nil` for all.
    static func kinds(_ list: String?) throws -> Set<NodeKind>? {
        guard let list else { return nil }
        var kinds: Set<NodeKind> = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let kind = NodeKind(rawValue: name) else {
                throw ValidationError("'\(name)' in --kinds is not a node kind; use some of \(NodeKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kinds.insert(kind)
        }
        return kinds
    }
}
