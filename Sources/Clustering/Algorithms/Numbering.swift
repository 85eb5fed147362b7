/// Cluster or community numbers made canonical: 0, 1, 2, … in order of each one's first
/// member, with no gaps, so equal partitions print equally.
enum Numbering {
    /// `labels` renumbered in order of first appearance, and how many distinct labels there are.
    static func renumbered(_ labels: [Int]) -> (labels: [Int], count: Int) {
        var map = [Int: Int]()
        let numbered = labels.map { label in
            if let known = map[label] { return known }
            let next = map.count
            map[label] = next
            return next
        }
        return (numbered, map.count)
    }
}
