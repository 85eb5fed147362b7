import ArgumentParser
import Documents
import Foundation
import Workspace

/// The `--db` option every command that touches the database shares: an SQLite file, or a
/// PostgreSQL database's address; `AGENDA_DB` gives it when the option is not given.
struct StoreOptions: ParsableArguments {
    /// Names the variable that holds the database when `--db` is not given.
    static let environmentVariable = "AGENDA_DB"

    @Option(name: .long, help: ArgumentHelp(
        "The database: an SQLite file, or postgresql://user@host/database for a shared one (default: $AGENDA_DB, else agenda.sqlite).",
        valueName: "file-or-address"))
    var db: String?

    /// The database named: `--db`, else `AGENDA_DB`, else `agenda.sqlite` (not shown as a
    /// default in the help, where an address's password would stand).
    var location: String {
        db ?? ProcessInfo.processInfo.environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 } ?? "agenda.sqlite"
    }

    /// The workspace on the corpus folder `corpus` and this database.
    func workspace(corpus: String = "corpus", readers: ReaderRegistry = .standard()) throws -> Workspace {
        try Workspace(corpus: URL(fileURLWithPath: corpus), database: location, reporter: ConsoleReporter(), readers: readers)
    }
}

/// The limits on how large a document file may be and what a Word or LibreOffice document may
/// inflate to, which `ingest` and `build` share.
struct ReadLimitOptions: ParsableArguments {
    /// The most megabytes either option takes: 1 TB, far past any machine's memory, so that
    /// the bytes it stands for can never overflow.
    static let largestMegabytes = 1 << 20

    @Option(help: "The most megabytes one Word or LibreOffice document may inflate to.")
    var maxInflate: Int = 128

    @Option(help: "The most megabytes one document file may have; a larger one is refused before it is read.")
    var maxFileSize: Int = ReaderRegistry.defaultMaximumFileBytes >> 20

    func validate() throws {
        for (name, value) in [("--max-inflate", maxInflate), ("--max-file-size", maxFileSize)] where !(1...Self.largestMegabytes).contains(value) {
            throw ValidationError("\(name) takes a whole number of megabytes from 1 to \(Self.largestMegabytes), not \(value)")
        }
    }

    /// The standard readers held to these limits (which `validate()` keeps within range).
    var readers: ReaderRegistry {
        .standard(archiveLimits: ArchiveLimits(entryBytes: max(1, maxInflate / 2) << 20, totalBytes: maxInflate << 20), maximumFileBytes: maxFileSize << 20)
    }
}
