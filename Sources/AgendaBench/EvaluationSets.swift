import ArgumentParser
import Clustering
import Foundation
import Graph
import Store
import Workspace

/// The sets people grouped that the benchmarks measure against, as options: the groups of the
/// bundled corpus that grouped their own notes, and the RCMap sorting study.
struct EvaluationSets: ParsableArguments {
    @Option(help: "The corpus folder.")
    var corpus: String = "corpus"

    @Option(help: "The RCMap set (rcmap_ncats.json).")
    var rcmap: String = "../shared/eval/rcmap-ncats/rcmap_ncats.json"

    /// The corpus ingested and its text analysis loaded as `agenda build` does it, and its
    /// self-grouped groups.
    func groups() throws -> (analysis: TextAnalysis, groups: [GraphSnapshot.GroupNotes]) {
        let workspace = Workspace(corpus: URL(fileURLWithPath: corpus), store: try SQLiteStore(), reporter: BenchReporter())
        _ = try workspace.ingestCorpus()
        let analysis = try workspace.textAnalysis()
        return (analysis, try workspace.graph().groupNotes(themedOnly: true).filter(\.isSelfGrouped))
    }

    /// The RCMap sorters and their distinct statements (sorted), with the text analysis the
    /// command line gives English notes without a corpus; `nil` when the file is not there.
    func sorting() throws -> (file: ClusteringBenchmark.RCMapFile, statements: [String], analysis: TextAnalysis)? {
        guard let data = FileManager.default.contents(atPath: rcmap) else {
            print("RCMap set not found at \(rcmap)")
            return nil
        }
        let file = try JSONDecoder().decode(ClusteringBenchmark.RCMapFile.self, from: data)
        let statements = Array(Set(file.sets.flatMap { $0.items.map(\.text) })).sorted()
        let english = try TextAnalysis.load(corpus: URL(fileURLWithPath: "/nonexistent-corpus"), settings: ClusteringSettings(language: .english), reporter: BenchReporter())
        return (file, statements, english)
    }
}
