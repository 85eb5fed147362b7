import ArgumentParser
import Documents
import Foundation
import Workspace

/// The `--db` option every command that touches the database shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The database file.")
    var db: String = "agenda.sqlite"

    /// The workspace on the corpus folder `corpus` and this database.
    func workspace(corpus: String = "corpus", archiveLimits: ArchiveLimits = ArchiveLimits()) throws -> Workspace {
        try Workspace(corpus: URL(fileURLWithPath: corpus), database: db, reporter: ConsoleReporter(), archiveLimits: archiveLimits)
    }
}

/// The limit on what a Word document may inflate to, which `ingest` and `build` share.
struct InflateOptions: ParsableArguments {
    @Option(help: "The most megabytes one Word or LibreOffice document may inflate to.")
    var maxInflate: Int = 128

    func validate() throws {
        guard maxInflate >= 1 else { throw ValidationError("--max-inflate takes a whole number of megabytes of at least 1, not \(maxInflate)") }
    }

    var limits: ArchiveLimits {
        ArchiveLimits(entryBytes: max(1, maxInflate / 2) << 20, totalBytes: max(1, maxInflate) << 20)
    }
}
