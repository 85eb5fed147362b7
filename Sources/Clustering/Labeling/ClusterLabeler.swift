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

    /// Per note, up to `count` of its words that other notes of its cluster also use: most shared first, then the rarer, each as the note writes it
    /// (lower case).
    func sharedTerms(assignments: [Int], count: Int = 3) -> [[String]] {
        let k = (assignments.max() ?? -1) + 1
        // In how many notes of each cluster each key occurs.
        var uses = [[Int32: Int]](repeating: [:], count: k)
        var seen = [Int](repeating: -1, count: terms.keys.count)
        for (index, note) in terms.notes.enumerated() {
            for id in note where Self.reasonRoles.contains(terms.table[Int(id)].role) {
                let key = terms.keyOfTerm[Int(id)]
                guard seen[Int(key)] != index else { continue }
                seen[Int(key)] = index
                uses[assignments[index]][key, default: 0] += 1
            }
        }
        for slot in seen.indices { seen[slot] = -1 }
        return terms.notes.enumerated().map { index, note in
            var shared: [SharedTerm] = []
            for id in note where Self.reasonRoles.contains(terms.table[Int(id)].role) {
                let key = terms.keyOfTerm[Int(id)]
                guard seen[Int(key)] != index else { continue }
                seen[Int(key)] = index
                let inCluster = uses[assignments[index]][key] ?? 0
                if inCluster >= 2 { shared.append(SharedTerm(surface: terms.table[Int(id)].surface.lowercased(), uses: inCluster, idf: idf[Int(key)], key: key)) }
            }
            return Self.reasons(shared, count: count)
        }
    }

    /// A word a note shares with other notes: as the note writes it, in how many of them it
    /// occurs, and its rarity.
    struct SharedTerm {
        var surface: String
        var uses: Int
        var idf: Double
        var key: Int32
    }

    /// The first `count` distinct spellings of `shared`, most shared first, then the rarer.
    static func reasons(_ shared: [SharedTerm], count: Int) -> [String] {
        let ranked = shared.sorted { a, b in
            if a.uses != b.uses { return a.uses > b.uses }
            if a.idf != b.idf { return a.idf > b.idf }
            return a.key < b.key
        }
        var surfaces: [String] = []
        for term in ranked where !surfaces.contains(term.surface) {
            surfaces.append(term.surface)
            if surfaces.count == count { break }
        }
        return surfaces
    }

    /// The terms a reader recognises in the note's text: its words (compound parts, concepts
    /// and synonyms also bring notes together, but as reasons they read as fragments or as
    /// words the note does not use).
    static let reasonRoles: Set<TextAnalyzer.Term.Role> = [.stem]

    /// A label of up to three keywords.
    static func label(_ keywords: [String]) -> String {
        keywords.isEmpty ? "overig" : keywords.prefix(3).joined(separator: ", ")
    }
}
