import ArgumentParser
import Clustering
import Foundation
import Workspace

/// `agenda-bench stability`: how many notes change cluster when one note is added to a set.
///
/// For every set (each group of the bundled corpus that grouped its own notes, and the RCMap
/// statements) and every note in it: the set is clustered without the note and with it, as
/// `agenda cluster` clusters a file, and the other notes' clusters are compared after matching
/// the two runs' clusters one to one by their overlap. The share that moved is reported per set
/// and over all.
struct StabilityBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stability",
        abstract: "The share of notes that change cluster when one note is added to a set."
    )

    @OptionGroup var sets: EvaluationSets

    func run() throws {
        let (analysis, groups) = try sets.groups()
        var moved = 0, compared = 0
        for group in groups {
            let (m, c) = Self.moves(group.notes.map { $0.text ?? $0.label }, analysis: analysis)
            moved += m
            compared += c
            print(String(format: "%@ (%@): %d notes, %.1f%% of the others moved on average", group.group.label, group.group.properties[.workshop] ?? "", group.notes.count, 100 * Double(m) / Double(max(c, 1))))
        }
        print(String(format: "BPA groups: %d of %d note placements moved (%.1f%%)", moved, compared, 100 * Double(moved) / Double(max(compared, 1))))

        if let (_, texts, english) = try sets.sorting() {
            let (m, c) = Self.moves(texts, analysis: english)
            print(String(format: "RCMap: %d statements, %d of %d placements moved (%.1f%%)", texts.count, m, c, 100 * Double(m) / Double(max(c, 1))))
            moved += m
            compared += c
        }
        print(String(format: "all sets: %.1f%% of placements moved", 100 * Double(moved) / Double(max(compared, 1))))
    }

    /// Over every note of `texts`: how many of the other notes change cluster between the set
    /// without that note and the whole set, and how many were compared.
    static func moves(_ texts: [String], analysis: TextAnalysis) -> (moved: Int, compared: Int) {
        let full = analysis.cluster(texts, count: .automatic).assignments
        var moved = 0, compared = 0
        for left in texts.indices {
            var rest = texts
            rest.remove(at: left)
            let base = analysis.cluster(rest, count: .automatic).assignments
            let after = full.enumerated().filter { $0.offset != left }.map(\.element)
            moved += changed(base, after)
            compared += rest.count
        }
        return (moved, compared)
    }

    /// The notes whose cluster in `a` does not match their cluster in `b`, the clusters of the
    /// two matched one to one, largest overlap first.
    static func changed(_ a: [Int], _ b: [Int]) -> Int {
        var overlap: [Pair: Int] = [:]
        for (x, y) in zip(a, b) { overlap[Pair(a: x, b: y), default: 0] += 1 }
        var matchedA: Set<Int> = [], matchedB: Set<Int> = []
        var kept = 0
        for (pair, count) in overlap.sorted(by: { ($1.value, $0.key.a, $0.key.b) < ($0.value, $1.key.a, $1.key.b) }) {
            guard !matchedA.contains(pair.a), !matchedB.contains(pair.b) else { continue }
            matchedA.insert(pair.a)
            matchedB.insert(pair.b)
            kept += count
        }
        return a.count - kept
    }

    struct Pair: Hashable {
        var a: Int
        var b: Int
    }
}
