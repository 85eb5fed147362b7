import Foundation

/// Programs from Debian's packages that some tests read the output with (cmark, pandoc, xmllint).
public enum ExternalTool {
    /// Whether `tool` is installed: a test that needs it is `.enabled(if:)` this, so that a
    /// missing program shows as a skipped test, never as a pass.
    public static func isInstalled(_ tool: String) -> Bool {
        path(of: tool) != nil
    }

    private static func path(of tool: String) -> String? {
        ["/usr/bin/\(tool)", "/usr/local/bin/\(tool)"].first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    }

    /// Runs `tool` with `arguments` and `input` on its standard input, if it is installed (CI
    /// installs what the tests use); its standard output, or `nil` when it is not installed or fails.
    public static func run(_ tool: String, _ arguments: [String], input: String) -> String? {
        guard let path = path(of: tool) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        guard (try? process.run()) != nil else { return nil }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// Runs `tool` with `arguments` and says how it ended: its exit status and what it wrote on
    /// standard output and standard error, together; `nil` when it is not installed.
    public static func outcome(_ tool: String, _ arguments: [String]) -> (status: Int32, output: String)? {
        guard let path = path(of: tool) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
