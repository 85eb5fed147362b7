/// Turns cluster numbers into described clusters: labels that honour the user's pins, merges
/// and renames, keywords, and a representative note per cluster.
struct ClusterDescriber {
    let labeler: ClusterLabeler
    let corrections: ClusterCorrections
    let constraints: Constraints

    /// - Parameters:
    ///   - representative: the member that best stands for a cluster, given its members.
    ///   - silhouette: the silhouette of the final assignments.
    func describe(_ assignments: [Int], representative: ([Int]) -> Int, silhouette: ([Int]) -> Double) -> ClusterResult {
        var assignments = assignments
        // Names that merges fix, by a note of the merged cluster, latest merge last.
        var mergedNames: [(anchor: Int, name: String)] = []
        func labels(for assignments: [Int]) -> (labels: [String], keywords: [[String]]) {
            let keywords = labeler.keywords(assignments: assignments)
            let labels = keywords.enumerated().map { cluster, words -> String in
                if let pinned = constraints.pinnedName(inCluster: cluster, assignments: assignments) { return pinned }
                if let merged = mergedNames.last(where: { assignments[$0.anchor] == cluster })?.name { return merged }
                let generated = ClusterLabeler.label(words)
                return corrections.rename[generated] ?? generated
            }
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
        let clusters = (0..<k).map { cluster in
            ClusterResult.Cluster(label: names[cluster], keywords: keywords[cluster], members: members[cluster], representative: representative(members[cluster]))
        }
        return ClusterResult(k: k, assignments: assignments, clusters: clusters, silhouette: k > 1 ? silhouette(assignments) : 0)
    }
}
