import Foundation
import Synchronization
import Workspace

/// Writes to the terminal: results to stdout, errors and warnings to stderr.
enum Console {
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ sentence: String) {
        FileHandle.standardError.write(Data(("error: " + sentence + "\n").utf8))
    }

    static func warning(_ sentence: String) {
        FileHandle.standardError.write(Data(("warning: " + sentence + "\n").utf8))
    }

    /// Progress for long work, shown only when stderr is a terminal.
    static func progress(_ line: String) {
        guard isatty(STDERR_FILENO) != 0 else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// The application layer's warnings and progress on stderr; each warning once per run.
final class ConsoleReporter: Reporter {
    private let said = Mutex<Set<String>>([])

    func warning(_ sentence: String) {
        guard said.withLock({ $0.insert(sentence).inserted }) else { return }
        Console.warning(sentence)
    }

    func progress(_ line: String) {
        Console.progress(line)
    }
}
