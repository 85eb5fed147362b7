import ArgumentParser
import Graph

/// The `--db` option every command that touches the database shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The database file.")
    var db: String = "agenda.sqlite"

    func open() throws -> GraphStore {
        try GraphStore(path: db)
    }
}

/// The limit on what a Word document may inflate to, which `ingest` and `build` share.
struct InflateOptions: ParsableArguments {
    @Option(help: "The most megabytes one Word document may inflate to.")
    var maxInflate: Int = 128

    var limits: DocxReader.Limits {
        DocxReader.Limits(entryBytes: max(1, maxInflate / 2) << 20, totalBytes: max(1, maxInflate) << 20)
    }
}
