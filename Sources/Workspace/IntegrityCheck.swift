public import Graph
import Clustering
import Foundation
import Linking

extension Workspace {
    /// The database's own checks, then agenda's: every node comes from a stored document or
    /// run, every version of the decisions can be read and they are numbered in order.
    public func checkIntegrity() throws -> IntegrityReport {
        var report = try store.integrityCheck()
        let snapshot = try store.snapshot()
        let owners = Set(snapshot.documents.map(\.id) + snapshot.runs.map(\.id))
        let strays = snapshot.nodes.filter { !owners.contains($0.provenance.document) }
        if let first = strays.first {
            report.problems.append("\(strays.count) nodes come from no stored document or run, such as \(first.id) from \(first.provenance.document)")
        }
        report.checks.append("every node comes from a stored document or run")
        let history = try store.decisionHistory()
        for (earlier, later) in zip(history, history.dropFirst()) where later.sequence <= earlier.sequence {
            report.problems.append("decision version \(later.sequence) follows version \(earlier.sequence)")
        }
        for version in history {
            do {
                switch version.set {
                case .corrections: _ = try Decisions<ClusterCorrections>.stored(version.content)
                case .review: _ = try Decisions<AgendaReview>.stored(version.content)
                }
            } catch {
                report.problems.append("decision version \(version.sequence) (\(version.set.rawValue), by \(version.author)) cannot be read (\(error))")
            }
        }
        report.checks.append("every version of the decisions (\(history.count)) can be read, in order")
        return report
    }
}
