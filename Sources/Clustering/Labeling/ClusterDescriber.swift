/// Turns cluster numbers into described clusters: labels that honour the user's pins, merges
/// and renames, keywords, every note's fit, and a representative note per cluster.
struct ClusterDescriber {
    let labeler: ClusterLabeler
    let corrections: ClusterCorrections
    let constraints: Constraints

    /// The clusters' labels before moved notes name them: generated, or as the person renamed them.
    func generatedLabels(_ assignments: [Int]) -> [String] {
        labeler.keywords(assignments: assignments).map { words in
            let generated = ClusterLabeler.label(words)
            return corrections.rename[generated] ?? generated
        }
    }

    /// - Parameters:
    ///   - representative: the member that best stands for a cluster, given its members.
    ///   - silhouette: the silhouette of the final assignments.
    ///   - fits: every note's fit in the final assignments, given them and the notes' shared words.
    func describe(_ assignments: [Int], representative: ([Int]) -> Int, silhouette: ([Int]) -> Double, fits: ([Int], [[String]]) -> [NoteFit]) -> ClusterResult {
        var assignments = assignments
        // Names that merges fix, by a note of the merged cluster, latest merge last.
        var mergedNames: [(anchor: Int, name: String)] = []
        func labels(for assignments: [Int]) -> (labels: [String], keywords: [[String]]) {
            let keywords = labeler.keywords(assignments: assignments)
            var fixed = [Bool](repeating: true, count: keywords.count)
            var labels = keywords.enumerated().map { cluster, words -> String in
                if let pinned = constraints.pinnedName(inCluster: cluster, assignments: assignments) { return corrections.rename[pinned] ?? pinned }
                if let merged = mergedNames.last(where: { assignments[$0.anchor] == cluster })?.name { return merged }
                let generated = ClusterLabeler.label(words)
                if let renamed = corrections.rename[generated] { return renamed }
                fixed[cluster] = false
                return generated
            }
            Self.distinguish(&labels, keywords: keywords, fixed: fixed)
            return (labels, keywords)
        }
        var (names, keywords) = labels(for: assignments)
        // Merges name clusters by their (renamed) labels; the merged cluster keeps the first label.
        for group in corrections.merge {
            let targets = group.compactMap { label in names.firstIndex(of: label) }
            guard let into = targets.first, Set(targets).count > 1, let anchor = assignments.firstIndex(of: into) else { continue }
            mergedNames.append((anchor, names[into]))
            assignments = Numbering.renumbered(assignments.map { targets.contains($0) ? into : $0 }).labels
            (names, keywords) = labels(for: assignments)
        }
        let k = (assignments.max() ?? -1) + 1
        var members = [[Int]](repeating: [], count: k)
        for (note, cluster) in assignments.enumerated() { members[cluster].append(note) }
        let noteFits = fits(assignments, labeler.sharedTerms(assignments: assignments))
        var result = ClusterResult(k: k, assignments: assignments, clusters: [], silhouette: k > 1 ? silhouette(assignments) : 0, notes: noteFits)
        result.clusters = (0..<k).map { cluster in
            // The typical note is never one of the notes the reader is asked to check first.
            let doubtful = Set(NoteFit.leastCertain(members[cluster], confidence: { noteFits[$0].confidence }, placed: { noteFits[$0].placed }))
            let candidates = members[cluster].filter { !doubtful.contains($0) }
            return ClusterResult.Cluster(label: names[cluster], keywords: keywords[cluster], members: members[cluster], representative: representative(candidates.isEmpty ? members[cluster] : candidates))
        }
        return result
    }

    /// Makes generated labels that two clusters share distinct, with more of each one's
    /// keywords, or else a number; labels a person chose (`fixed`) stay as they are.
    static func distinguish(_ labels: inout [String], keywords: [[String]], fixed: [Bool]) {
        var taken = Set(labels.indices.filter { fixed[$0] }.map { labels[$0] })
        for cluster in labels.indices where !fixed[cluster] {
            var label = labels[cluster]
            if taken.contains(label) {
                let longer = keywords[cluster].prefix(5).joined(separator: ", ")
                label = taken.contains(longer) || longer.isEmpty ? label : longer
                var number = 2
                let base = label
                while taken.contains(label) {
                    label = "\(base) (\(number))"
                    number += 1
                }
            }
            taken.insert(label)
            labels[cluster] = label
        }
    }
}
