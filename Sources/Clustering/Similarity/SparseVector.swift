/// A sparse vector of named dimensions, kept sorted by dimension for fast dot products.
public struct SparseVector: Sendable, Hashable {
    public private(set) var indices: [Int]
    public private(set) var values: [Double]

    public init() {
        indices = []
        values = []
    }

    /// A vector from (dimension, value) pairs; repeated dimensions are summed.
    public init(_ pairs: [Int: Double]) {
        let sorted = pairs.filter { $0.value != 0 }.sorted { $0.key < $1.key }
        indices = sorted.map(\.key)
        values = sorted.map(\.value)
    }

    /// A vector from entries already in ascending order of dimension, each once; zeros are left out.
    init(ascending pairs: [(index: Int, value: Double)]) {
        indices = []
        values = []
        indices.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for pair in pairs where pair.value != 0 {
            indices.append(pair.index)
            values.append(pair.value)
        }
    }

    public var norm: Double { values.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// The vector scaled to length 1 (unchanged when it is zero).
    public func normalized() -> SparseVector {
        let n = norm
        guard n > 0 else { return self }
        var copy = self
        copy.values = values.map { $0 / n }
        return copy
    }

    public func scaled(_ factor: Double) -> SparseVector {
        var copy = self
        copy.values = values.map { $0 * factor }
        return copy
    }

    /// - Complexity: O(a + b) in the number of non-zero entries.
    public func dot(_ other: SparseVector) -> Double {
        var i = 0, j = 0, sum = 0.0
        while i < indices.count, j < other.indices.count {
            if indices[i] == other.indices[j] {
                sum += values[i] * other.values[j]
                i += 1
                j += 1
            } else if indices[i] < other.indices[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}
