import Foundation
import Synchronization
import Workspace

/// Writes to the terminal: results to stdout, errors and warnings to stderr.
///
/// Note texts and file names come from documents anyone may have written; their control
/// characters are shown as symbols (ESC as ␛), so that no document can move the cursor,
/// recolour or retitle the terminal of the person who lists its notes.
enum Console {
    static func out(_ line: String) {
        // A reader that has had enough (`agenda list | head`) closes the pipe: stop quietly,
        // as a Unix tool does, rather than fail on the next line.
        do {
            try FileHandle.standardOutput.write(contentsOf: Data((printable(line) + "\n").utf8))
        } catch {
            Foundation.exit(0)
        }
    }

    static func error(_ sentence: String) {
        try? FileHandle.standardError.write(contentsOf: Data(("error: " + printable(sentence) + "\n").utf8))
    }

    static func warning(_ sentence: String) {
        try? FileHandle.standardError.write(contentsOf: Data(("warning: " + printable(sentence) + "\n").utf8))
    }

    /// A line of a log (the server's requests) on stderr, after the time of day.
    @Sendable static func log(_ line: String) {
        var now = time(nil)
        var local = tm()
        localtime_r(&now, &local)
        let time = String(format: "%02d:%02d:%02d", local.tm_hour, local.tm_min, local.tm_sec)
        try? FileHandle.standardError.write(contentsOf: Data((time + " " + printable(line) + "\n").utf8))
    }

    /// Progress for long work, shown only when stderr is a terminal.
    static func progress(_ line: String) {
        guard isatty(STDERR_FILENO) != 0 else { return }
        try? FileHandle.standardError.write(contentsOf: Data((printable(line) + "\n").utf8))
    }

    /// `text` with every control character but line break and tab replaced by its symbol:
    /// C0 controls by the Control Pictures block (ESC → ␛), DEL by ␡, C1 controls by �.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: shown.append(scalar)
            case 0x00...0x1F: shown.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F: shown.append("\u{2421}")
            case 0x80...0x9F: shown.append("\u{FFFD}")
            default: shown.append(scalar)
            }
        }
        return String(shown)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar.value != 0x0A && scalar.value != 0x09) || (0x7F...0x9F).contains(scalar.value)
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
