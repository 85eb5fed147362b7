import ArgumentParser
import Clustering
import Foundation
import Store
import Workspace

/// `agenda-bench clustering`: measure the clustering against the groups' own grouping in the
/// corpus (in sample and leave-one-workshop-out) and against the RCMap sorters.
struct ClusteringBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clustering",
        abstract: "Agreement of the clustering with the groups' own themes and with the RCMap sorters."
    )

    @Option(help: "The corpus folder.")
    var corpus: String = "corpus"

    @Option(help: "The RCMap set (rcmap_ncats.json).")
    var rcmap: String = "../shared/eval/rcmap-ncats/rcmap_ncats.json"

    @Flag(help: "Give the clustering the true number of themes (a diagnostic, not the reported figure).")
    var oracle = false

    @Flag(inversion: .prefixedNo, help: "Use WordNet for the English set.")
    var wordNet = true

    @Option(help: "A fixed number of clusters for the RCMap set (a diagnostic).")
    var rcmapK: Int?

    @Option(help: "The Dutch word list for compound splitting (default: the one the command line uses).")
    var wordList: String?

    @Flag(help: "Only the default parameters, not the grid and the leave-one-workshop-out choice.")
    var defaultsOnly = false

    struct Candidate {
        var name: String
        var weights: NoteVectorizer.Weights
        var minimumMeanClusterSize: Int
        var minimumProfileCount: Int
    }

    static let grid: [Candidate] = [0.0, 0.5, 1.0].flatMap { characters in
        [0.0, 0.5, 1.0].flatMap { cooccurrence in
            [2, 3, 4].flatMap { size in
                [1, 2].map { profile in
                    Candidate(name: "chars \(characters) cooc \(cooccurrence) size \(size) profile \(profile)", weights: NoteVectorizer.Weights(terms: 1, characters: characters, cooccurrence: cooccurrence), minimumMeanClusterSize: size, minimumProfileCount: profile)
                }
            }
        }
    }

    func run() throws {
        // The corpus ingested and its text analysis loaded as `agenda build` does it.
        let workspace = Workspace(corpus: URL(fileURLWithPath: corpus), store: try SQLiteStore(), reporter: BenchReporter())
        _ = try workspace.ingestCorpus()
        let analysis = try workspace.textAnalysis(ClusteringSettings(wordList: wordList))
        let groups = try workspace.graph().groupNotes(themedOnly: true).filter(\.isSelfGrouped)
        print("groups: \(groups.count), notes: \(groups.reduce(0) { $0 + $1.notes.count }), word list: \(analysis.setup.wordListPath ?? "none")")

        var scores: [[Double]] = []  // [candidate][group]
        let defaults = ClusteringSetup()
        let grid = defaultsOnly ? Self.grid.filter { $0.weights == defaults.weights && $0.minimumMeanClusterSize == defaults.minimumMeanClusterSize && $0.minimumProfileCount == defaults.minimumProfileCount } : Self.grid
        for candidate in grid {
            // The command line's setup, with the candidate's parameters in place of the defaults.
            var setup = analysis.setup
            setup.weights = candidate.weights
            setup.minimumMeanClusterSize = candidate.minimumMeanClusterSize
            setup.minimumProfileCount = candidate.minimumProfileCount
            let row = groups.map { group -> Double in
                let texts = group.notes.map { $0.text ?? $0.label }
                let count: ClusterCount = oracle ? .fixed(Set(group.themes.compactMap { $0 }).count) : .automatic
                let result = setup.cluster(texts, count: count, corrections: analysis.corrections)
                return Agreement.adjustedRandIndex(group.themes.map { $0 ?? "" }, result.assignments)
            }
            scores.append(row)
            print(String(format: "%-40@ in-sample mean ARI %.3f   ", candidate.name as NSString, Self.mean(row)) + row.map { String(format: "%.2f", $0) }.joined(separator: " "))
        }
        // Leave one workshop out: choose on two workshops, report on the third.
        let workshops = groups.map { $0.group.properties[.workshop] ?? "" }
        var heldOut = [Double](repeating: 0, count: groups.count)
        for workshop in Array(Set(workshops)).sorted() {
            let train = groups.indices.filter { workshops[$0] != workshop }
            let test = groups.indices.filter { workshops[$0] == workshop }
            let best = grid.indices.max { a, b in
                let ma = Self.mean(train.map { scores[a][$0] }), mb = Self.mean(train.map { scores[b][$0] })
                return ma != mb ? ma < mb : a > b
            } ?? 0
            for index in test { heldOut[index] = scores[best][index] }
            print("held out '\(workshop)': chose \(grid[best].name), held-out mean ARI \(String(format: "%.3f", Self.mean(test.map { scores[best][$0] })))")
        }
        print(String(format: "leave-one-workshop-out mean ARI over %d groups: %.3f", groups.count, Self.mean(heldOut)))
        let defaultIndex = grid.firstIndex { $0.weights == defaults.weights && $0.minimumMeanClusterSize == defaults.minimumMeanClusterSize && $0.minimumProfileCount == defaults.minimumProfileCount } ?? 0
        print(String(format: "default weights (%@): in-sample mean ARI %.3f", grid[defaultIndex].name as NSString, Self.mean(scores[defaultIndex])))
        for (index, group) in groups.enumerated() {
            print("  \(group.group.properties[.workshop] ?? "") / \(group.group.label): \(group.notes.count) notes, \(Set(group.themes.compactMap { $0 }).count) themes, ARI \(String(format: "%.2f", scores[defaultIndex][index])), held out \(String(format: "%.2f", heldOut[index]))")
        }

        // The large-set method on the same groups, to place the automatic switch between methods.
        let graphSetup = analysis.setup
        let graphRow = groups.map { group -> Double in
            let texts = group.notes.map { $0.text ?? $0.label }
            return Agreement.adjustedRandIndex(group.themes.map { $0 ?? "" }, graphSetup.graphClusterer(for: texts).cluster(texts).assignments)
        }
        print(String(format: "graph method (neighbour graph + Leiden) on the same groups: mean ARI %.3f   ", Self.mean(graphRow)) + graphRow.map { String(format: "%.2f", $0) }.joined(separator: " "))

        if let data = FileManager.default.contents(atPath: rcmap) {
            try rcmapAgreement(data, method: .automatic)
            try rcmapAgreement(data, method: .graph)
        } else {
            print("RCMap set not found at \(rcmap)")
        }
    }

    struct RCMapFile: Decodable {
        struct Set: Decodable {
            struct Item: Decodable { var text: String; var cluster: String }
            var sorter: String
            var items: [Item]
        }
        var sets: [Set]
    }

    /// The RCMap statements clustered as `agenda cluster statements.txt --language en --corpus none`
    /// clusters them: written one per line to a file in a fresh folder without a corpus.
    func rcmapAgreement(_ data: Data, method: ClusteringMethod) throws {
        let file = try JSONDecoder().decode(RCMapFile.self, from: data)
        let texts = Array(Set(file.sets.flatMap { $0.items.map(\.text) })).sorted()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let statements = folder.appendingPathComponent("statements.txt")
        try texts.joined(separator: "\n").write(to: statements, atomically: true, encoding: .utf8)
        let count: ClusterCount = rcmapK.map { .fixed($0) } ?? .automatic
        let settings = ClusteringSettings(language: .english, method: method)
        var analysis = try TextAnalysis.load(corpus: folder.appendingPathComponent("none"), settings: settings, reporter: BenchReporter())
        if !wordNet { analysis.setup.thesaurus = nil }
        let (notes, result) = try Workspace.cluster(file: statements.path, count: count, analysis: analysis)
        let index = Dictionary(notes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var agreements: [Double] = []
        for sorter in file.sets {
            let items = sorter.items.filter { index[$0.text] != nil }
            agreements.append(Agreement.adjustedRandIndex(items.map(\.cluster), items.compactMap { index[$0.text].map { result.assignments[$0] } }))
        }
        print(String(format: "RCMap (%@ method): %d statements (%d read back), %d clusters; mean ARI against %d sorters %.3f (sorters among themselves: 0.122)", method.resolved(for: notes.count).rawValue as NSString, texts.count, notes.count, result.k, agreements.count, Self.mean(agreements)))
        // Each sorter's mean agreement with the other sorters, on the statements both sorted: where
        // the toolkit's agreement with the sorters would rank among them.
        let piles = file.sets.map { Dictionary($0.items.map { ($0.text, $0.cluster) }, uniquingKeysWith: { first, _ in first }) }
        let sorterMeans = piles.indices.map { one in
            Self.mean(piles.indices.filter { $0 != one }.map { other in
                let shared = piles[one].keys.filter { piles[other][$0] != nil }.sorted()
                return Agreement.adjustedRandIndex(shared.map { piles[one][$0] ?? "" }, shared.map { piles[other][$0] ?? "" })
            })
        }.sorted()
        let toolkit = Self.mean(agreements)
        let below = sorterMeans.filter { $0 < toolkit }.count
        print(String(format: "  the toolkit (%.3f) is above %d of the %d sorters' mean agreement with the others (median %.3f, best %.3f)", toolkit, below, sorterMeans.count, sorterMeans[sorterMeans.count / 2], sorterMeans.last ?? 0))
    }

    static func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
}
