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

extension Chromium {
    /// A headless Chromium driven over the DevTools protocol through a pipe
    /// (`--remote-debugging-pipe`: commands on the child's fd 3, answers on fd 4, each message
    /// ended by a NUL byte), with one page open: how a test clicks, chooses and reads as a person.
    public final class Session: @unchecked Sendable {
        private var pid: pid_t = 0
        private let commands: FileHandle
        private let answers: FileHandle
        private var buffer = Data()
        private var nextID = 0
        private var sessionID = ""
        private let profile: TemporaryFolder

        /// Opens `url` in a new headless Chromium.
        public init(url: String) throws {
            guard let executable = Chromium.executable else { throw Missing() }
            profile = try TemporaryFolder()
            var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
            guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw Failure(message: "no pipes for Chromium") }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, toChild[0], 3)
            posix_spawn_file_actions_adddup2(&actions, fromChild[1], 4)
            let devNull = open("/dev/null", O_WRONLY)
            posix_spawn_file_actions_adddup2(&actions, devNull, 1)
            posix_spawn_file_actions_adddup2(&actions, devNull, 2)
            let arguments = [executable.path, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-pipe", "--user-data-dir=\(profile.url.path)", "about:blank"]
            var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
            defer { for pointer in argv { free(pointer) } }
            guard posix_spawn(&pid, executable.path, &actions, nil, &argv, environ) == 0 else { throw Failure(message: "Chromium did not start") }
            close(toChild[0])
            close(fromChild[1])
            close(devNull)
            commands = FileHandle(fileDescriptor: toChild[1], closeOnDealloc: true)
            answers = FileHandle(fileDescriptor: fromChild[0], closeOnDealloc: true)
            let target = try send("Target.createTarget", ["url": url], session: false)
            guard let targetID = (target["result"] as? [String: Any])?["targetId"] as? String else { throw Failure(message: "no page: \(target)") }
            let attached = try send("Target.attachToTarget", ["targetId": targetID, "flatten": true], session: false)
            guard let id = (attached["result"] as? [String: Any])?["sessionId"] as? String else { throw Failure(message: "no session: \(attached)") }
            sessionID = id
        }

        public struct Failure: Error, CustomStringConvertible {
            public var message: String
            public var description: String { message }
        }

        /// The value of a JavaScript `expression` evaluated in the page.
        public func evaluate(_ expression: String) throws -> Any? {
            let answer = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true])
            let result = (answer["result"] as? [String: Any])?["result"] as? [String: Any]
            return result?["value"]
        }

        /// Waits until `expression` is true in the page, for at most `seconds`.
        public func wait(until expression: String, seconds: Double = 60) throws -> Bool {
            let end = Date().addingTimeInterval(seconds)
            while Date() < end {
                if try evaluate(expression) as? Bool == true { return true }
                Thread.sleep(forTimeInterval: 0.2)
            }
            return false
        }

        private func send(_ method: String, _ parameters: [String: Any], session: Bool = true) throws -> [String: Any] {
            nextID += 1
            var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
            if session { message["sessionId"] = sessionID }
            commands.write(try JSONSerialization.data(withJSONObject: message) + Data([0]))
            while true {
                while let end = buffer.firstIndex(of: 0) {
                    let data = buffer[buffer.startIndex..<end]
                    buffer = Data(buffer[(end + 1)...])
                    if let answer = try JSONSerialization.jsonObject(with: data) as? [String: Any], answer["id"] as? Int == nextID { return answer }
                }
                let chunk = answers.availableData
                guard !chunk.isEmpty else { throw Failure(message: "Chromium closed the DevTools pipe") }
                buffer.append(chunk)
            }
        }

        deinit {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }
}
