import Synchronization
public import Workspace

/// A reporter that keeps what the application layer said, for tests to check.
public final class RecordingReporter: Reporter {
    private let said = Mutex<(warnings: [String], progress: [String])>(([], []))

    public init() {}

    public func warning(_ sentence: String) {
        said.withLock { $0.warnings.append(sentence) }
    }

    public func progress(_ line: String) {
        said.withLock { $0.progress.append(line) }
    }

    /// The warnings so far, in order.
    public var warnings: [String] { said.withLock { $0.warnings } }
}
