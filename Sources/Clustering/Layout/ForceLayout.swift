import Foundation

/// A deterministic force-directed layout of a network (Fruchterman–Reingold): linked nodes pull
/// together, all nodes push apart, and the steps cool to a standstill. The start is a circle
/// in the order the nodes are given, so the same network gives the same picture.
public struct ForceLayout: Sendable, Hashable {
    public var x: [Double]
    public var y: [Double]

    /// Lays out `nodeCount` nodes joined by `edges` (pairs of node indices).
    ///
    /// - Complexity: O(iterations · n²); meant for the few hundred nodes of an agenda graph.
    public init(nodeCount n: Int, edges: [(Int, Int)], iterations: Int = 300) {
        guard n > 0 else {
            x = []
            y = []
            return
        }
        var xs = (0..<n).map { cos(2 * Double.pi * Double($0) / Double(n)) }
        var ys = (0..<n).map { sin(2 * Double.pi * Double($0) / Double(n)) }
        Self.relax(&xs, &ys, edges: edges.map { ($0.0, $0.1, 1) }, iterations: iterations, temperature: 0.2)
        (x, y) = NoteMap.scaled(xs, ys)
    }

    /// Moves the nodes at `xs`, `ys` (in a frame about 2 × 2) by the forces: `edges` (node
    /// indices and a weight) pull their ends together, all nodes push apart, a weak pull holds
    /// everything near the centre, and each step is at most `temperature`, cooling to zero.
    ///
    /// - Complexity: O(iterations · n²).
    static func relax(_ xs: inout [Double], _ ys: inout [Double], edges: [(Int, Int, Double)], iterations: Int, temperature start: Double) {
        let n = xs.count
        guard n > 0 else { return }
        let k = (4.0 / Double(n)).squareRoot()  // the ideal distance in a 2 × 2 frame
        let gravity = 4 * k
        var temperature = start
        let cooling = temperature / Double(iterations + 1)
        let links = edges.filter { $0.0 != $0.1 && $0.0 < n && $0.1 < n && $0.0 >= 0 && $0.1 >= 0 }
        for _ in 0..<iterations {
            var dx = [Double](repeating: 0, count: n), dy = [Double](repeating: 0, count: n)
            for i in 0..<n {
                for j in (i + 1)..<n {
                    var ddx = xs[i] - xs[j], ddy = ys[i] - ys[j]
                    var distance = (ddx * ddx + ddy * ddy).squareRoot()
                    if distance < 1e-9 {  // two nodes on one spot: part them along a fixed direction
                        ddx = 1e-3 * Double(j - i)
                        ddy = 1e-3
                        distance = (ddx * ddx + ddy * ddy).squareRoot()
                    }
                    let force = k * k / distance
                    dx[i] += ddx / distance * force
                    dy[i] += ddy / distance * force
                    dx[j] -= ddx / distance * force
                    dy[j] -= ddy / distance * force
                }
            }
            for (a, b, weight) in links {
                let ddx = xs[a] - xs[b], ddy = ys[a] - ys[b]
                let distance = max((ddx * ddx + ddy * ddy).squareRoot(), 1e-9)
                let force = distance * distance / k * weight
                dx[a] -= ddx / distance * force
                dy[a] -= ddy / distance * force
                dx[b] += ddx / distance * force
                dy[b] += ddy / distance * force
            }
            for i in 0..<n {
                // A pull to the centre keeps nodes and parts that no edge joins near the rest.
                dx[i] -= xs[i] * gravity
                dy[i] -= ys[i] * gravity
                let length = (dx[i] * dx[i] + dy[i] * dy[i]).squareRoot()
                guard length > 0 else { continue }
                let step = min(length, temperature)
                xs[i] += dx[i] / length * step
                ys[i] += dy[i] / length * step
            }
            temperature -= cooling
        }
    }
}
