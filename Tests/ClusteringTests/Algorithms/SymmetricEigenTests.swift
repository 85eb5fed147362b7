import Testing
@testable import Clustering

@Suite struct SymmetricEigenTests {
    @Test func decomposesAKnownMatrix() {
        // Eigenvalues of [[2,1,0],[1,2,1],[0,1,2]] are 2+√2, 2, 2−√2.
        let (values, vectors) = SymmetricEigen.decompose([[2, 1, 0], [1, 2, 1], [0, 1, 2]])
        #expect(abs(values[0] - (2 + 2.0.squareRoot())) < 1e-12)
        #expect(abs(values[1] - 2) < 1e-12)
        #expect(abs(values[2] - (2 - 2.0.squareRoot())) < 1e-12)
        let top = vectors[0]
        #expect(abs(top[0] - 0.5) < 1e-12 && abs(top[1] - 0.5 * 2.0.squareRoot()) < 1e-12 && abs(top[2] - 0.5) < 1e-12)
    }

    @Test func reconstructsARandomSymmetricMatrix() {
        var generator = SplitMix64(seed: 7)
        let n = 40
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in i..<n {
                let value = generator.unit() * 2 - 1
                matrix[i][j] = value
                matrix[j][i] = value
            }
        }
        let (values, vectors) = SymmetricEigen.decompose(matrix)
        #expect(values == values.sorted(by: >))
        for (value, vector) in zip(values, vectors) {
            // A v = λ v, and v has unit length.
            for i in 0..<n {
                let av = (0..<n).reduce(0.0) { $0 + matrix[i][$1] * vector[$1] }
                #expect(abs(av - value * vector[i]) < 1e-9)
            }
            #expect(abs(vector.reduce(0) { $0 + $1 * $1 } - 1) < 1e-9)
        }
    }
}
