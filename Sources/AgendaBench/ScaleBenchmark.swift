import AgendaArguments
import ArgumentParser
import Clustering
import Foundation
import Workspace

/// `agenda-bench scale`: the large-set clustering path on N notes, stage by stage, with time,
/// peak memory and agreement with the planted topics.
struct ScaleBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract: "Time the clustering of a large note set stage by stage (make_notes.py output)."
    )

    @Option(help: "Notes as CSV with a text column (make_notes.py --out).")
    var notes: String

    @Option(help: "Planted labels as CSV with a label column (make_notes.py --labels).")
    var labels: String?

    @Option(help: "Neighbours per note (graph method).")
    var neighbours: Int?

    @Option(help: "Leiden resolution (graph method).")
    var resolution: Double?

    /// The options `agenda cluster` takes, with the same defaults.
    @OptionGroup var options: ClusteringOptions

    func run() throws {
        var timer = StageTimer()
        let texts = try timer.measure("read") { try NotesFile.read(notes) }
        let planted = try labels.map { try LabelFile.read($0, column: ["label"]) }
        let settings = options.settings
        let method = settings.method
        let analysis = try timer.measure("setup") { try TextAnalysis.load(corpus: URL(fileURLWithPath: options.corpus), settings: settings, reporter: BenchReporter()) }
        let setup = analysis.setup
        let clock = ContinuousClock()
        let start = clock.now
        let result: ClusterResult
        if method.resolved(for: texts.count) == .graph {
            var clusterer = timer.measure("analyser") { setup.graphClusterer(for: texts) }
            if let neighbours { clusterer.neighbours = neighbours }
            if let resolution { clusterer.resolution = resolution }
            timer.startLaps()
            result = clusterer.cluster(texts, count: options.k, corrections: analysis.corrections) { stage in timer.lap(stage.rawValue) }
        } else {
            result = timer.measure("spectral") { analysis.cluster(texts, count: options.k) }
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("notes \(texts.count), method \(method.resolved(for: texts.count).rawValue), threads \(setup.threads)")
        timer.lines.forEach { print($0) }
        print(String(format: "clustering total %.3f s   peak %6.0f MB", seconds, StageTimer.peakMegabytes()))
        print("clusters \(result.k), silhouette (sampled) \(String(format: "%.3f", result.silhouette))")
        print("largest: " + result.clusters.sorted { $0.members.count > $1.members.count }.prefix(5).map { "\($0.label) (\($0.members.count))" }.joined(separator: "; "))
        if let planted {
            print(String(format: "ARI %.3f", Agreement.adjustedRandIndex(result.assignments, planted)))
        }
    }
}
