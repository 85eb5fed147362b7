import ArgumentParser
import Documents
import Foundation
import Graph
import Workspace

/// `agenda-bench`: times the toolkit's stages on large synthetic note sets.
///
/// Not part of the tests; `BENCHMARKS.md` records its figures and the commands that give them.
@main
struct AgendaBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda-bench",
        abstract: "Time the toolkit's stages on large note sets (build with -c release).",
        subcommands: [ExportBenchmark.self, ClusteringBenchmark.self, StabilityBenchmark.self, TrustBenchmark.self, ScaleBenchmark.self, BackgroundCommand.self]
    )
}

/// Peak memory and wall time of the stages of one run.
struct StageTimer {
    private let clock = ContinuousClock()
    private(set) var lines: [String] = []
    private var lapStart: ContinuousClock.Instant?

    @discardableResult
    mutating func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = clock.now
        let result = try body()
        record(stage, since: start)
        return result
    }

    /// Starts timing stages that a callback reports the end of.
    mutating func startLaps() { lapStart = clock.now }

    /// Records the stage that just ended, timed from the previous lap.
    mutating func lap(_ stage: String) {
        let start = lapStart ?? clock.now
        record(stage, since: start)
        lapStart = clock.now
    }

    private mutating func record(_ stage: String, since start: ContinuousClock.Instant) {
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let name = stage.padding(toLength: 12, withPad: " ", startingAt: 0)
        lines.append(name + String(format: "%8.3f s   peak %6.0f MB", seconds, Self.peakMegabytes()))
    }

    /// The process's peak resident memory so far (VmHWM), in MB.
    static func peakMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        let kilobytes = Double(line.split(whereSeparator: { $0 == " " || $0 == "\t" })[1]) ?? 0
        return kilobytes / 1024
    }
}

/// The application layer's warnings on stderr; progress is not shown.
struct BenchReporter: Reporter {
    func warning(_ sentence: String) {
        FileHandle.standardError.write(Data(("warning: " + sentence + "\n").utf8))
    }

    func progress(_ line: String) {}
}

/// Reads the planted labels that `make_notes.py` writes (the notes themselves are read as
/// `agenda cluster FILE` reads them, by ``NotesFile``).
enum LabelFile {
    static func read(_ path: String, column: [String]) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let (text, _) = try TextDecoding.decode(data, file: path)
        let table = CSVTable(parsing: text)
        guard let index = table.column(named: column) else {
            throw ValidationError("\(path) has no column \(column.joined(separator: " or "))")
        }
        return table.rows.map { index < $0.fields.count ? $0.fields[index] : "" }
    }
}
