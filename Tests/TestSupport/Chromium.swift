public import Foundation

/// Debian's `chromium`, headless: how the tests see a page as a person's browser shows it, after
/// its scripts have run. CI installs it; a machine without it fails the tests that need it.
public enum Chromium {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "chromium is not installed; install Debian's package chromium to run the report tests" }
    }

    public static var executable: URL? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/local/bin/chromium"].map { URL(fileURLWithPath: $0) }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The DOM of the page at `url` after its scripts ran, serialised (`--dump-dom`).
    public static func dumpDOM(of url: URL) throws -> String {
        try run(["--dump-dom", url.absoluteString])
    }

    /// A picture of the page at `url` (with `fragment` after `#`, such as a view's name) in a
    /// window of `width` × `height`, written to `png`.
    public static func screenshot(of url: URL, fragment: String? = nil, to png: URL, width: Int = 1280, height: Int = 1000) throws {
        let address = fragment.map { url.absoluteString + "#" + $0 } ?? url.absoluteString
        _ = try run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(png.path)", address])
    }

    private static func run(_ arguments: [String]) throws -> String {
        guard let executable else { throw Missing() }
        let profile = try TemporaryFolder()  // one profile per run: parallel tests never share a lock
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.url.path)"] + arguments
        process.currentDirectoryURL = profile.url
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
