public import Graph
import Store

/// Moving a project from one database to another — an SQLite file to a team's PostgreSQL
/// server, or back — with everything it holds: documents as they were read, runs, and the
/// decisions' history.
public enum DatabaseCopy {
    /// What a copy moved: the counts read back from both databases, which agree.
    public struct Outcome: Sendable {
        public var statistics: GraphStatistics
        public var decisions: Int
    }

    /// Copies the database at `source` into the empty one at `target` (an SQLite file or a
    /// PostgreSQL address each), in one transaction, then compares the counts of both.
    ///
    /// - Throws: ``GraphError`` when either cannot be opened or the target holds a graph
    ///   already; ``WorkspaceError`` when the counts read back differ.
    public static func copy(from source: String, to target: String) throws -> Outcome {
        let from = try StoreOpener.open(source)
        let to = try StoreOpener.open(target)
        try to.load(try from.contents())
        let (before, after) = (try from.statistics(), try to.statistics())
        let decisions = (try from.decisionHistory().count, try to.decisionHistory().count)
        guard before == after, decisions.0 == decisions.1 else {
            throw WorkspaceError(
                file: to.location,
                problem: "the copy holds \(after.documents) documents, \(after.nodeTotal) nodes, \(after.edgeTotal) edges and \(decisions.1) decisions where \(from.location ?? source) holds \(before.documents), \(before.nodeTotal), \(before.edgeTotal) and \(decisions.0)",
                remedy: "report this as a bug in agenda; the original is unchanged, and the copy can be removed")
        }
        return Outcome(statistics: after, decisions: decisions.1)
    }
}
