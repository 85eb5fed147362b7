/// Names clusters with the words that set them apart, as written (not stems).
struct ClusterLabeler {
    let terms: NoteTerms
    /// The rarity weight of each of `terms.keys`.
    let idf: [Double]

    /// Keywords per cluster: terms weighted by rarity, frequent in the cluster and rarer in
    /// the other clusters; each shown in its most common written form.
    func keywords(assignments: [Int], count: Int = 5) -> [[String]] {
        let k = (assignments.max() ?? -1) + 1
        var weights = [[Int32: Double]](repeating: [:], count: k)
        var surfaces: [Int32: [String: Int]] = [:]
        var sizes = [Int](repeating: 0, count: k)
        var seen = [Int](repeating: -1, count: terms.keys.count)
        for (index, note) in terms.notes.enumerated() {
            let cluster = assignments[index]
            sizes[cluster] += 1
            for id in note {
                let term = terms.table[Int(id)]
                guard term.role == .stem else { continue }
                let key = terms.keyOfTerm[Int(id)]
                surfaces[key, default: [:]][term.surface.lowercased(), default: 0] += 1
                guard seen[Int(key)] != index else { continue }
                seen[Int(key)] = index
                weights[cluster][key, default: 0] += idf[Int(key)]
            }
        }
        // The two densest clusters of each key, so "rarer in the other clusters" costs no
        // pass over all clusters.
        var densest = [(cluster: Int, density: Double)](repeating: (-1, 0), count: terms.keys.count)
        var second = [Double](repeating: 0, count: terms.keys.count)
        for cluster in 0..<k {
            for (key, weight) in weights[cluster] {
                let density = weight / Double(max(sizes[cluster], 1))
                let slot = Int(key)
                if density > densest[slot].density {
                    second[slot] = densest[slot].density
                    densest[slot] = (cluster, density)
                } else if density > second[slot] {
                    second[slot] = density
                }
            }
        }
        return (0..<k).map { cluster in
            let scored = weights[cluster].map { key, weight -> (String, Double, Int32) in
                let inside = weight / Double(max(sizes[cluster], 1))
                let top = densest[Int(key)]
                let outside = top.cluster == cluster ? second[Int(key)] : top.density
                let support = weight / idf[Int(key)]
                let score = support >= 2 || sizes[cluster] == 1 ? inside - 0.5 * outside : (inside - 0.5 * outside) / 2
                return (terms.keys[Int(key)], score, key)
            }
            let best = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(count)
            return best.map { term, _, key in
                let forms = surfaces[key] ?? [:]
                return forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? term
            }
        }
    }

    /// A label of up to three keywords.
    static func label(_ keywords: [String]) -> String {
        keywords.isEmpty ? "overig" : keywords.prefix(3).joined(separator: ", ")
    }
}
