import AgendaArguments
import ArgumentParser
import Foundation

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

    func run() throws {
        let workspace = try store.workspace(corpus: options.corpus)
        let evaluation = try workspace.evaluate(count: options.k, analysis: try workspace.textAnalysis(options.settings))
        if json {
            try JSONOutput.print(evaluation)
            return
        }
        for row in evaluation.groups {
            Console.out("\(row.workshop) / \(row.group): \(row.notes) notes, \(row.themes) themes, \(row.clusters) clusters, ARI \(String(format: "%.3f", row.ari)), NMI \(String(format: "%.3f", row.nmi))")
        }
        Console.out("mean over \(evaluation.groups.count) groups: ARI \(String(format: "%.3f", evaluation.meanARI)), NMI \(String(format: "%.3f", evaluation.meanNMI))")
    }
}
