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
