/// Eigenvalues and eigenvectors of a symmetric matrix: Householder reduction to tridiagonal
/// form, then the implicit QL algorithm (as in EISPACK's tred2/tql2).
///
/// Deterministic and exact to rounding; meant for note sets of up to a few hundred.
enum SymmetricEigen {
    /// Eigenpairs of `matrix`, largest eigenvalue first; `vectors[k]` is the k-th eigenvector,
    /// its sign fixed so that its largest component is positive.
    ///
    /// - Complexity: O(n³).
    static func decompose(_ matrix: [[Double]]) -> (values: [Double], vectors: [[Double]]) {
        let n = matrix.count
        guard n > 0 else { return ([], []) }
        var z = [Double](repeating: 0, count: n * n)  // row-major, z[i * n + j]
        for i in 0..<n { for j in 0..<n { z[i * n + j] = matrix[i][j] } }
        var d = [Double](repeating: 0, count: n)
        var e = [Double](repeating: 0, count: n)
        tridiagonalize(&z, &d, &e, n)
        diagonalize(&z, &d, &e, n)
        let order = (0..<n).sorted { (a: Int, b: Int) -> Bool in d[a] != d[b] ? d[a] > d[b] : a < b }
        let vectors = order.map { column -> [Double] in
            var vector = (0..<n).map { z[$0 * n + column] }
            var largest = 0
            for i in 1..<n where abs(vector[i]) > abs(vector[largest]) { largest = i }
            if vector[largest] < 0 { vector = vector.map { -$0 } }
            return vector
        }
        return (order.map { d[$0] }, vectors)
    }

    /// Householder reduction (tred2): `z` becomes the orthogonal transform, `d` the diagonal
    /// and `e` the sub-diagonal (in e[1...]).
    private static func tridiagonalize(_ z: inout [Double], _ d: inout [Double], _ e: inout [Double], _ n: Int) {
        for i in stride(from: n - 1, to: 0, by: -1) {
            let l = i - 1
            var h = 0.0
            if l > 0 {
                var scale = 0.0
                for k in 0...l { scale += abs(z[i * n + k]) }
                if scale == 0 {
                    e[i] = z[i * n + l]
                } else {
                    for k in 0...l {
                        z[i * n + k] /= scale
                        h += z[i * n + k] * z[i * n + k]
                    }
                    var f = z[i * n + l]
                    let g = f >= 0 ? -h.squareRoot() : h.squareRoot()
                    e[i] = scale * g
                    h -= f * g
                    z[i * n + l] = f - g
                    f = 0
                    for j in 0...l {
                        z[j * n + i] = z[i * n + j] / h
                        var g2 = 0.0
                        for k in 0...j { g2 += z[j * n + k] * z[i * n + k] }
                        if j < l { for k in (j + 1)...l { g2 += z[k * n + j] * z[i * n + k] } }
                        e[j] = g2 / h
                        f += e[j] * z[i * n + j]
                    }
                    let hh = f / (h + h)
                    for j in 0...l {
                        let fj = z[i * n + j]
                        let gj = e[j] - hh * fj
                        e[j] = gj
                        for k in 0...j { z[j * n + k] -= fj * e[k] + gj * z[i * n + k] }
                    }
                }
            } else {
                e[i] = z[i * n + l]
            }
            d[i] = h
        }
        d[0] = 0
        e[0] = 0
        for i in 0..<n {
            if d[i] != 0, i > 0 {
                for j in 0..<i {
                    var g = 0.0
                    for k in 0..<i { g += z[i * n + k] * z[k * n + j] }
                    for k in 0..<i { z[k * n + j] -= g * z[k * n + i] }
                }
            }
            d[i] = z[i * n + i]
            z[i * n + i] = 1
            for j in 0..<i {
                z[j * n + i] = 0
                z[i * n + j] = 0
            }
        }
    }

    /// The implicit QL algorithm with shifts (tqli) on the tridiagonal form.
    private static func diagonalize(_ z: inout [Double], _ d: inout [Double], _ e: inout [Double], _ n: Int) {
        guard n > 1 else { return }
        for i in 1..<n { e[i - 1] = e[i] }
        e[n - 1] = 0
        for l in 0..<n {
            var iterations = 0
            while true {
                var m = l
                while m < n - 1 {
                    let dd = abs(d[m]) + abs(d[m + 1])
                    if abs(e[m]) <= Double.ulpOfOne * dd { break }
                    m += 1
                }
                if m == l { break }
                iterations += 1
                if iterations > 60 { break }
                var g = (d[l + 1] - d[l]) / (2 * e[l])
                var r = (g * g + 1).squareRoot()
                g = d[m] - d[l] + e[l] / (g + (g >= 0 ? abs(r) : -abs(r)))
                var s = 1.0, c = 1.0, p = 0.0
                var i = m - 1
                var underflow = false
                while i >= l {
                    var f = s * e[i]
                    let b = c * e[i]
                    r = (f * f + g * g).squareRoot()
                    e[i + 1] = r
                    if r == 0 {
                        d[i + 1] -= p
                        e[m] = 0
                        underflow = true
                        break
                    }
                    s = f / r
                    c = g / r
                    g = d[i + 1] - p
                    r = (d[i] - g) * s + 2 * c * b
                    p = s * r
                    d[i + 1] = g + p
                    g = c * r - b
                    for k in 0..<n {
                        f = z[k * n + i + 1]
                        z[k * n + i + 1] = s * z[k * n + i] + c * f
                        z[k * n + i] = c * z[k * n + i] - s * f
                    }
                    i -= 1
                }
                if underflow, i >= l { continue }
                d[l] -= p
                e[l] = g
                e[m] = 0
            }
        }
    }
}
