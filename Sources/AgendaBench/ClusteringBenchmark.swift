import ArgumentParser
import Clustering
import Foundation
import Graph
import Linking

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

    @Option(help: "The Dutch word list for compound splitting.")
    var wordList: String = LanguageResources.dutchWordList

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
        let corpusURL = URL(fileURLWithPath: corpus)
        let corpus = try Corpus.open(corpusURL)
        let store = try GraphStore()
        let ingestor = Ingestor(store: store, lexicon: corpus.lexicon, lexiconDigest: corpus.lexiconDigest)
        var documents: [String] = []
        for entry in corpus.manifest.documents {
            try ingestor.ingest(corpus.url(of: entry), kind: entry.kind, title: entry.title, date: entry.date)
            documents.append(try String(contentsOf: corpus.url(of: entry), encoding: .utf8))
        }
        let groups = try store.snapshot().groupNotes(themedOnly: true).filter(\.isSelfGrouped)
        let lexicon = TextLexicon(corpus.lexicon)
        let dictionary = LanguageResources.wordList(at: wordList)  // read once for the whole grid
        let background = ClusteringSetup.passages(of: documents)
        print("groups: \(groups.count), notes: \(groups.reduce(0) { $0 + $1.notes.count }), word list: \(dictionary.count) words")

        var scores: [[Double]] = []  // [candidate][group]
        for candidate in Self.grid {
            let setup = ClusteringSetup(background: background, lexicon: lexicon, language: .dutch, dictionary: dictionary, weights: candidate.weights, minimumMeanClusterSize: candidate.minimumMeanClusterSize, minimumProfileCount: candidate.minimumProfileCount)
            let row = groups.map { group -> Double in
                let texts = group.notes.map { $0.text ?? $0.label }
                let count: ClusterCount = oracle ? .fixed(Set(group.themes.compactMap { $0 }).count) : .automatic
                let result = setup.clusterer(for: texts).cluster(texts, count: count)
                return Agreement.adjustedRandIndex(group.themes.map { $0 ?? "" }, result.assignments)
            }
            scores.append(row)
            print(String(format: "%-40@ in-sample mean ARI %.3f   ", candidate.name as NSString, Self.mean(row)) + row.map { String(format: "%.2f", $0) }.joined(separator: " "))
        }
        // Leave one workshop out: choose on two workshops, report on the third.
        let workshops = groups.map { $0.group.properties["workshop"] ?? "" }
        var heldOut = [Double](repeating: 0, count: groups.count)
        for workshop in Array(Set(workshops)).sorted() {
            let train = groups.indices.filter { workshops[$0] != workshop }
            let test = groups.indices.filter { workshops[$0] == workshop }
            let best = Self.grid.indices.max { a, b in
                let ma = Self.mean(train.map { scores[a][$0] }), mb = Self.mean(train.map { scores[b][$0] })
                return ma != mb ? ma < mb : a > b
            } ?? 0
            for index in test { heldOut[index] = scores[best][index] }
            print("held out '\(workshop)': chose \(Self.grid[best].name), held-out mean ARI \(String(format: "%.3f", Self.mean(test.map { scores[best][$0] })))")
        }
        print(String(format: "leave-one-workshop-out mean ARI over %d groups: %.3f", groups.count, Self.mean(heldOut)))
        let defaults = ClusteringSetup()
        let defaultIndex = Self.grid.firstIndex { $0.weights == defaults.weights && $0.minimumMeanClusterSize == defaults.minimumMeanClusterSize && $0.minimumProfileCount == defaults.minimumProfileCount } ?? 0
        print(String(format: "default weights (%@): in-sample mean ARI %.3f", Self.grid[defaultIndex].name as NSString, Self.mean(scores[defaultIndex])))
        for (index, group) in groups.enumerated() {
            print("  \(group.group.properties["workshop"] ?? "") / \(group.group.label): \(group.notes.count) notes, \(Set(group.themes.compactMap { $0 }).count) themes, ARI \(String(format: "%.2f", scores[defaultIndex][index])), held out \(String(format: "%.2f", heldOut[index]))")
        }

        // The large-set method on the same groups, to place the automatic switch between methods.
        let graphSetup = ClusteringSetup(background: background, lexicon: lexicon, language: .dutch, dictionary: dictionary)
        let graphRow = groups.map { group -> Double in
            let texts = group.notes.map { $0.text ?? $0.label }
            return Agreement.adjustedRandIndex(group.themes.map { $0 ?? "" }, graphSetup.graphClusterer(for: texts).cluster(texts).assignments)
        }
        print(String(format: "graph method (neighbour graph + Leiden) on the same groups: mean ARI %.3f   ", Self.mean(graphRow)) + graphRow.map { String(format: "%.2f", $0) }.joined(separator: " "))

        if let data = FileManager.default.contents(atPath: rcmap) {
            try rcmapAgreement(data, setup: defaults)
            var graph = defaults
            graph.method = .graph
            try rcmapAgreement(data, setup: graph)
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

    func rcmapAgreement(_ data: Data, setup: ClusteringSetup) throws {
        let file = try JSONDecoder().decode(RCMapFile.self, from: data)
        guard let first = file.sets.first else { return }
        let texts = Array(Set(file.sets.flatMap { $0.items.map(\.text) })).sorted()
        var english = setup
        english.language = .english
        english.background = []  // the statements are their own background, as `agenda cluster FILE` counts them
        english.thesaurus = wordNet ? WordNet() : nil
        let result = english.cluster(texts, count: rcmapK.map { .fixed($0) } ?? .automatic)
        let index = Dictionary(uniqueKeysWithValues: texts.enumerated().map { ($1, $0) })
        var agreements: [Double] = []
        for sorter in file.sets {
            let items = sorter.items.filter { index[$0.text] != nil }
            agreements.append(Agreement.adjustedRandIndex(items.map(\.cluster), items.compactMap { index[$0.text].map { result.assignments[$0] } }))
        }
        _ = first
        print(String(format: "RCMap (%@ method): %d statements, %d clusters; mean ARI against %d sorters %.3f (sorters among themselves: 0.122)", english.method.resolved(for: texts.count).rawValue as NSString, texts.count, result.k, agreements.count, Self.mean(agreements)))
    }

    static func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
}
