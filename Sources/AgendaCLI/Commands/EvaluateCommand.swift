import ArgumentParser
import Clustering
import Foundation
import Graph

/// `agenda evaluate`: how well the automatic clusters agree with the groups' own themes.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Agreement (ARI, NMI) between automatic clusters and the groups' own themes.",
        discussion: "For every group that put its notes under two or more themes, its themed notes are clustered as `agenda cluster` does and compared with the group's grouping."
    )

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var options: ClusteringOptions
    @OptionGroup var store: StoreOptions

    struct Output: Encodable {
        struct Group: Encodable {
            var group: String
            var workshop: String
            var notes: Int
            var themes: Int
            var clusters: Int
            var ari: Double
            var nmi: Double
        }
        var groups: [Group]
        var meanARI: Double
        var meanNMI: Double
    }

    func run() throws {
        let count = try options.count()
        let context = try ClusteringContext.load(options)
        let groups = try store.open().snapshot().groupNotes(themedOnly: true).filter(\.isSelfGrouped)
        guard !groups.isEmpty else {
            throw CommandFailure(message: "no group in the database put its notes under two or more themes, so there is nothing to compare with; ingest a workshop report or a board export with groups first")
        }
        var rows: [Output.Group] = []
        for group in groups {
            let texts = group.notes.map { $0.text ?? $0.label }
            let themes = group.themes.map { $0 ?? "" }
            let result = context.setup.cluster(texts, count: count, corrections: context.corrections)
            rows.append(Output.Group(
                group: group.group.label, workshop: group.group.properties["workshop"] ?? "", notes: texts.count,
                themes: Set(themes).count, clusters: result.k,
                ari: Self.rounded(Agreement.adjustedRandIndex(themes, result.assignments)),
                nmi: Self.rounded(Agreement.normalizedMutualInformation(themes, result.assignments))))
        }
        let output = Output(
            groups: rows,
            meanARI: Self.rounded(rows.map(\.ari).reduce(0, +) / Double(rows.count)),
            meanNMI: Self.rounded(rows.map(\.nmi).reduce(0, +) / Double(rows.count)))
        if json {
            try JSONOutput.print(output)
            return
        }
        for row in rows {
            Console.out("\(row.workshop) / \(row.group): \(row.notes) notes, \(row.themes) themes, \(row.clusters) clusters, ARI \(String(format: "%.3f", row.ari)), NMI \(String(format: "%.3f", row.nmi))")
        }
        Console.out("mean over \(rows.count) groups: ARI \(String(format: "%.3f", output.meanARI)), NMI \(String(format: "%.3f", output.meanNMI))")
    }

    /// Four decimals, so the JSON does not depend on the last bits of floating point.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
