/// Names clusters with the words that set them apart, as written (not stems).
struct ClusterLabeler {
    let analyzer: TextAnalyzer
    let background: BackgroundModel

    /// Keywords per cluster: terms weighted by rarity, frequent in the cluster and rarer in
    /// the other clusters; each shown in its most common written form.
    func keywords(texts: [String], assignments: [Int], count: Int = 5) -> [[String]] {
        let k = (assignments.max() ?? -1) + 1
        var weights = [[String: Double]](repeating: [:], count: k)
        var surfaces: [String: [String: Int]] = [:]
        var sizes = [Int](repeating: 0, count: k)
        for (index, text) in texts.enumerated() {
            let cluster = assignments[index]
            sizes[cluster] += 1
            var seen: Set<String> = []
            for term in analyzer.terms(text) where !term.key.hasPrefix("#") && term.weight >= 1 {
                surfaces[term.key, default: [:]][term.surface.lowercased(), default: 0] += 1
                guard seen.insert(term.key).inserted else { continue }
                weights[cluster][term.key, default: 0] += background.idf(term.key)
            }
        }
        return (0..<k).map { cluster in
            let scored = weights[cluster].map { term, weight -> (String, Double) in
                let inside = weight / Double(max(sizes[cluster], 1))
                var outside = 0.0
                for other in 0..<k where other != cluster { outside = max(outside, (weights[other][term] ?? 0) / Double(max(sizes[other], 1))) }
                let support = weight / background.idf(term)
                return (term, support >= 2 || sizes[cluster] == 1 ? inside - 0.5 * outside : (inside - 0.5 * outside) / 2)
            }
            let best = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(count)
            return best.map { term, _ in
                let forms = surfaces[term] ?? [:]
                return forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? term
            }
        }
    }

    /// A label of up to three keywords.
    static func label(_ keywords: [String]) -> String {
        keywords.isEmpty ? "overig" : keywords.prefix(3).joined(separator: ", ")
    }
}
