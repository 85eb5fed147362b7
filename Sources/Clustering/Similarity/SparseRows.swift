/// Many sparse vectors in one block of memory (compressed sparse rows): row `i` has the
/// columns `columns[offsets[i]..<offsets[i + 1]]`, ascending, with their values.
///
/// The large-set path keeps a hundred thousand notes this way in a few megabytes.
struct SparseRows: Sendable {
    private(set) var offsets: [Int] = [0]
    private(set) var columns: [Int32] = []
    private(set) var values: [Float] = []
    let columnCount: Int

    init(columnCount: Int) {
        self.columnCount = columnCount
    }

    var count: Int { offsets.count - 1 }

    /// Appends a row from (column, value) pairs, summing repeated columns and scaling the row
    /// to unit length.
    mutating func append(_ entries: [(column: Int32, value: Double)]) {
        let sorted = entries.sorted { $0.column < $1.column }
        var merged: [(Int32, Double)] = []
        for (column, value) in sorted {
            if let last = merged.last, last.0 == column {
                merged[merged.count - 1].1 += value
            } else {
                merged.append((column, value))
            }
        }
        let length = merged.reduce(0.0) { $0 + $1.1 * $1.1 }.squareRoot()
        for (column, value) in merged where value != 0 {
            columns.append(column)
            values.append(Float(length > 0 ? value / length : value))
        }
        offsets.append(columns.count)
    }

    func entries(of row: Int) -> Range<Int> { offsets[row]..<offsets[row + 1] }

    /// The dot product of two rows.
    func dot(_ a: Int, _ b: Int) -> Double {
        var i = offsets[a], j = offsets[b]
        let iEnd = offsets[a + 1], jEnd = offsets[b + 1]
        var sum: Float = 0
        while i < iEnd, j < jEnd {
            let ci = columns[i], cj = columns[j]
            if ci == cj {
                sum += values[i] * values[j]
                i += 1
                j += 1
            } else if ci < cj {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(sum)
    }

    /// The rows listed per column (the transposed matrix), each list in row order.
    func transposed() -> SparseRows {
        var counts = [Int](repeating: 0, count: columnCount + 1)
        for column in columns { counts[Int(column) + 1] += 1 }
        for c in 0..<columnCount { counts[c + 1] += counts[c] }
        var result = SparseRows(columnCount: count)
        var fill = counts
        result.columns = [Int32](repeating: 0, count: columns.count)
        result.values = [Float](repeating: 0, count: values.count)
        for row in 0..<count {
            for e in entries(of: row) {
                let c = Int(columns[e])
                result.columns[fill[c]] = Int32(row)
                result.values[fill[c]] = values[e]
                fill[c] += 1
            }
        }
        result.offsets = counts
        return result
    }
}
