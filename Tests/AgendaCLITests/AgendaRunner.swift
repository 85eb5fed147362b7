import Foundation
import TestSupport

/// Runs the built `agenda` executable, as a user would, and captures what it prints.
struct AgendaRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder the commands run in.
    var workingDirectory: URL
    /// The temporary folder that holds it, removed when the last copy of the runner goes.
    var temporary: TemporaryFolder?

    /// The `agenda` binary, built beside the test bundle.
    static let executable: URL = {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let beside = testBinary.deletingLastPathComponent().appendingPathComponent("agenda")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("agenda")
    }()

    static let root = BundledCorpus.root

    @discardableResult
    func run(_ arguments: String...) throws -> Result {
        try runArray(arguments)
    }

    /// A fresh, empty folder.
    static func withEmptyFolder() throws -> AgendaRunner {
        let folder = try TemporaryFolder()
        return AgendaRunner(workingDirectory: folder.url, temporary: folder)
    }

    /// A fresh folder holding a copy of the bundled corpus in `corpus/`.
    static func withCorpusCopy() throws -> AgendaRunner {
        let folder = try TemporaryFolder()
        try folder.copyBundledCorpus()
        return AgendaRunner(workingDirectory: folder.url, temporary: folder)
    }

    /// A folder built once per test run with `agenda build`, copied for each test that needs
    /// a built database but does not test the build itself.
    private static let builtTemplate: Swift.Result<AgendaRunner, any Error> = Swift.Result {
        let runner = try withCorpusCopy()
        let result = try runner.run("build")
        guard result.status == 0 else { throw BuildFailure(message: result.stderr) }
        return runner
    }

    struct BuildFailure: Error {
        var message: String
    }

    /// A fresh folder with the corpus, its database and its output, as `agenda build` leaves them.
    static func withBuiltCorpus() throws -> AgendaRunner {
        let template = try builtTemplate.get().workingDirectory
        let folder = try TemporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: template.path) {
            try FileManager.default.copyItem(at: template.appendingPathComponent(name), to: folder.file(name))
        }
        return AgendaRunner(workingDirectory: folder.url, temporary: folder)
    }

    func file(_ path: String) -> URL { workingDirectory.appendingPathComponent(path) }

    func json(_ arguments: String...) throws -> Any {
        let result = try runArray(arguments)
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// Runs `executable` (the built `agenda` unless another is given) with `arguments` here.
    func runArray(_ arguments: [String], executable: URL = AgendaRunner.executable) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
