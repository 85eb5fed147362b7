public import Graph

/// Opens the store a `--db` value names, so every command takes a file or a server alike.
public enum StoreOpener {
    /// A PostgreSQL store for a `postgresql://` (or `postgres://`) address, else the SQLite file at `location`.
    ///
    /// - Throws: ``GraphError`` when the database cannot be opened or reached.
    public static func open(_ location: String) throws(GraphError) -> any GraphStoring {
        if PostgresAddress.isAddress(location) {
            return try PostgresStore(address: try PostgresAddress(location))
        }
        return try SQLiteStore(path: location)
    }
}
