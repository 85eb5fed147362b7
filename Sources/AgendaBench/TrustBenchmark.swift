import ArgumentParser
import Clustering
import Foundation
import Graph
import Workspace

/// `agenda-bench trust`: whether a note's confidence means something, and how well new notes
/// are placed in existing themes.
///
/// - Confidence: every group of the bundled corpus that grouped its own notes is clustered as
///   `agenda cluster` clusters it; for each note, the share of its cluster-mates the group put
///   under the same theme, for notes of high and of low confidence, beside what chance gives.
/// - Assign: leave one note out of each group and place it among the group's themes (its own
///   notes left out) as `agenda assign` does; and on RCMap, each statement into each sorter's
///   piles. Accuracy against a theme picked at random and against always the largest.
struct TrustBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust",
        abstract: "Confidence against the groups' own grouping, and leave-one-note-out placing of notes in themes."
    )

    @OptionGroup var sets: EvaluationSets

    func run() throws {
        let (analysis, groups) = try sets.groups()
        confidence(groups, analysis: analysis)
        print("")
        print("Leave one note out, into the group's own themes (agenda assign):")
        var total = Tally()
        for group in groups {
            let texts = group.notes.map { $0.text ?? $0.label }
            let labels = group.themes.map { $0 ?? "" }
            let tally = Self.leaveOneOut(texts: texts, piles: [labels], setup: analysis.setup(for: texts))
            total.add(tally)
            print("  \(group.group.properties[.workshop] ?? "") / \(group.group.label): \(tally.summary)")
        }
        print("  all groups: \(total.summary)")
        for line in total.byScore { print("    \(line)") }
        if let (file, texts, english) = try sets.sorting() {
            let index = Dictionary(texts.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            let piles = file.sets.map { sorter in
                var labels = [String?](repeating: nil, count: texts.count)
                for item in sorter.items { if let at = index[item.text] { labels[at] = item.cluster } }
                return labels
            }
            let tally = Self.leaveOneOut(texts: texts, piles: piles, setup: english.setup(for: texts))
            print("RCMap, each statement into each of the \(piles.count) sorters' piles: \(tally.summary)")
            for line in tally.byScore { print("    \(line)") }
        }
    }

    /// Placings counted: right, placed at all, and what chance and the largest theme would get.
    struct Tally {
        var notes = 0
        var right = 0
        var placed = 0
        var rightWhenPlaced = 0
        var chance = 0.0
        var largest = 0.0
        /// Per placing: its score, whether the best theme was right, and the chance of a random theme.
        var placings: [(score: Double, right: Bool, chance: Double)] = []

        mutating func add(_ other: Tally) {
            notes += other.notes
            right += other.right
            placed += other.placed
            rightWhenPlaced += other.rightWhenPlaced
            chance += other.chance
            largest += other.largest
            placings += other.placings
        }

        /// Accuracy of the best theme by quarter of the score, lowest first.
        var byScore: [String] {
            let sorted = placings.sorted { $0.score < $1.score }
            func line(_ name: String, _ part: ArraySlice<(score: Double, right: Bool, chance: Double)>) -> String {
                let n = Double(max(part.count, 1))
                return String(format: "%@: %d notes, best theme right %.1f%% (random %.1f%%)", name as NSString, part.count, 100 * Double(part.filter(\.right).count) / n, 100 * part.reduce(0) { $0 + $1.chance } / n)
            }
            let quarter = (sorted.count + 3) / 4
            let below = sorted.prefix { $0.score < ThemeAssigner.defaultMinimumScore }
            return [line(String(format: "below the minimum score %.2f (placed in none)", ThemeAssigner.defaultMinimumScore), below)] + stride(from: 0, to: sorted.count, by: max(quarter, 1)).map { start in
                let part = sorted[start..<min(sorted.count, start + quarter)]
                return line(String(format: "score %.3f to %.3f", part.first?.score ?? 0, part.last?.score ?? 0), part)
            }
        }

        var summary: String {
            let n = Double(max(notes, 1))
            return String(format: "%d notes, best theme right %.1f%% (a random theme %.1f%%, always the largest %.1f%%); placed %.1f%%, of which right %.1f%%",
                          notes, 100 * Double(right) / n, 100 * chance / n, 100 * largest / n, 100 * Double(placed) / n, 100 * Double(rightWhenPlaced) / Double(max(placed, 1)))
        }
    }

    /// Each note of `texts` taken out of each labelling in `piles` (`nil`: not sorted there)
    /// and placed among that labelling's themes by ``ThemeAssigner``, made once for all texts
    /// with `setup`, as `agenda assign` makes it.
    static func leaveOneOut(texts: [String], piles: [[String?]], setup: ClusteringSetup) -> Tally {
        // Every note to its best theme; placed is what `agenda assign` places (score at least the minimum).
        let assigner = ThemeAssigner(texts: texts, setup: setup, minimumScore: 0)
        var tally = Tally()
        for labels in piles {
            var names: [String] = []
            var members: [[Int]] = []
            for (note, label) in labels.enumerated() {
                guard let label else { continue }
                if let at = names.firstIndex(of: label) { members[at].append(note) } else {
                    names.append(label)
                    members.append([note])
                }
            }
            for (note, label) in labels.enumerated() {
                guard let label, let truth = names.firstIndex(of: label) else { continue }
                let others = members.map { $0.filter { $0 != note } }
                let available = others.filter { !$0.isEmpty }
                guard !others[truth].isEmpty, available.count >= 2 else { continue }
                let best = assigner.assign(note, into: members)
                tally.notes += 1
                if best.theme == truth { tally.right += 1 }
                if best.score >= ThemeAssigner.defaultMinimumScore {
                    tally.placed += 1
                    if best.theme == truth { tally.rightWhenPlaced += 1 }
                }
                tally.chance += 1 / Double(available.count)
                tally.placings.append((best.score, best.theme == truth, 1 / Double(available.count)))
                let largest = available.map(\.count).max() ?? 0
                tally.largest += others[truth].count == largest ? 1 / Double(available.filter { $0.count == largest }.count) : 0
            }
        }
        return tally
    }

    /// For each self-grouped group clustered as `agenda cluster` does: the share of each note's
    /// cluster-mates that share its theme, by confidence.
    func confidence(_ groups: [GraphSnapshot.GroupNotes], analysis: TextAnalysis) {
        var rows: [(confidence: Double, precision: Double, chance: Double)] = []
        for group in groups {
            let texts = group.notes.map { $0.text ?? $0.label }
            let themes = group.themes.map { $0 ?? "" }
            let result = analysis.cluster(texts, count: .automatic)
            guard result.notes.count == texts.count else { continue }
            for note in texts.indices {
                let mates = result.assignments.indices.filter { $0 != note && result.assignments[$0] == result.assignments[note] }
                guard !mates.isEmpty else { continue }
                let mateThemes: [String] = mates.map { themes[$0] }
                let same = Double(mateThemes.filter { $0 == themes[note] }.count) / Double(mates.count)
                let alike = themes.filter { $0 == themes[note] }.count - 1
                let chance = Double(alike) / Double(texts.count - 1)
                rows.append((result.notes[note].confidence, same, chance))
            }
        }
        func line(_ name: String, _ part: [(confidence: Double, precision: Double, chance: Double)]) -> String {
            let n = Double(max(part.count, 1))
            return String(format: "  %@: %d notes, %.1f%% of their cluster-mates under the same theme (chance %.1f%%)", name as NSString, part.count, 100 * part.reduce(0) { $0 + $1.precision } / n, 100 * part.reduce(0) { $0 + $1.chance } / n)
        }
        print("Confidence against the groups' own themes (\(groups.count) groups; notes alone in a cluster left out):")
        print(line(String(format: "confidence below %.2f (listed as least certain)", NoteFit.uncertain), rows.filter { $0.confidence < NoteFit.uncertain }))
        print(line(String(format: "confidence %.2f or more", NoteFit.uncertain), rows.filter { $0.confidence >= NoteFit.uncertain }))
        let sorted = rows.sorted { $0.confidence < $1.confidence }
        let third = sorted.count / 3
        for (name, part) in [("lowest third", Array(sorted.prefix(third))), ("middle third", Array(sorted[third..<(sorted.count - third)])), ("highest third", Array(sorted.suffix(third)))] {
            let range = part.isEmpty ? "" : String(format: " (%.2f to %.2f)", part.first?.confidence ?? 0, part.last?.confidence ?? 0)
            print(line(name + range, part))
        }
    }
}
