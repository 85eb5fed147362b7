import Foundation

/// Agreement between two partitions of the same items, as used to compare the toolkit's
/// clusters with the grouping people made.
public enum Agreement {
    /// The adjusted Rand index (Hubert & Arabie): 1 for identical partitions, about 0 for
    /// chance, negative for less than chance.
    ///
    /// - Complexity: O(n + r·c) for r and c distinct labels.
    public static func adjustedRandIndex<A: Hashable, B: Hashable>(_ a: [A], _ b: [B]) -> Double {
        precondition(a.count == b.count, "partitions of different sizes")
        let n = a.count
        guard n > 1 else { return 1 }
        var table: [Pair<A, B>: Int] = [:]
        var rows: [A: Int] = [:]
        var columns: [B: Int] = [:]
        for (x, y) in zip(a, b) {
            table[Pair(x, y), default: 0] += 1
            rows[x, default: 0] += 1
            columns[y, default: 0] += 1
        }
        func pairs(_ m: Int) -> Double { Double(m) * Double(m - 1) / 2 }
        let index = table.values.reduce(0) { $0 + pairs($1) }
        let rowSum = rows.values.reduce(0) { $0 + pairs($1) }
        let columnSum = columns.values.reduce(0) { $0 + pairs($1) }
        let expected = rowSum * columnSum / pairs(n)
        let maximum = (rowSum + columnSum) / 2
        guard maximum != expected else { return 1 }
        return (index - expected) / (maximum - expected)
    }

    /// Normalised mutual information with the arithmetic mean of the entropies (as
    /// scikit-learn's default): 1 for identical partitions, 0 for independent ones.
    public static func normalizedMutualInformation<A: Hashable, B: Hashable>(_ a: [A], _ b: [B]) -> Double {
        precondition(a.count == b.count, "partitions of different sizes")
        let n = Double(a.count)
        guard n > 0 else { return 1 }
        var table: [Pair<A, B>: Double] = [:]
        var rows: [A: Double] = [:]
        var columns: [B: Double] = [:]
        for (x, y) in zip(a, b) {
            table[Pair(x, y), default: 0] += 1
            rows[x, default: 0] += 1
            columns[y, default: 0] += 1
        }
        func entropy<K>(_ counts: [K: Double]) -> Double {
            counts.values.reduce(0) { $0 - ($1 / n) * log($1 / n) }
        }
        let ha = entropy(rows), hb = entropy(columns)
        if ha == 0, hb == 0 { return 1 }
        var mutual = 0.0
        for (pair, count) in table {
            guard let r = rows[pair.first], let c = columns[pair.second] else { continue }
            mutual += (count / n) * log(count * n / (r * c))
        }
        let mean = (ha + hb) / 2
        return mean > 0 ? max(0, mutual / mean) : 0
    }
}

private struct Pair<A: Hashable, B: Hashable>: Hashable {
    var first: A
    var second: B
    init(_ first: A, _ second: B) {
        self.first = first
        self.second = second
    }
}
