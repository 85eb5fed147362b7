import Foundation
public import Graph

/// Where a PostgreSQL database is, as a person writes it after `--db`:
/// `postgresql://user[:password]@host[:port]/database[?schema=name&sslmode=disable|prefer|require]`.
///
/// The password may also come from `PGPASSWORD`, as with PostgreSQL's own tools, so that it
/// need not stand on a command line; ``description`` never shows it.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    /// Whether the connection is encrypted, as libpq's `sslmode` says it.
    public enum Encryption: String, Sendable, Hashable {
        /// Never: for a server on loopback or a trusted network.
        case disable
        /// When the server offers it (libpq's default).
        case prefer
        /// Always: the connection fails when the server does not offer it.
        case require
    }

    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    /// The schema the graph's tables live in, so that one database can hold several projects.
    public var schema: String
    public var encryption: Encryption

    /// Whether `text` names a PostgreSQL database rather than an SQLite file.
    public static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Reads an address; the user and password fall back to `PGUSER` and `PGPASSWORD` in
    /// `environment` (the process's own when `nil`).
    ///
    /// - Throws: ``GraphError`` naming what is missing or malformed.
    public init(_ text: String, environment: [String: String]? = nil) throws(GraphError) {
        let environment = environment ?? ProcessInfo.processInfo.environment
        func refuse(_ problem: String) -> GraphError {
            GraphError(.database, file: Self.redacted(text), problem: problem, remedy: "write it as postgresql://user@host:5432/database")
        }
        guard Self.isAddress(text), let components = URLComponents(string: text) else {
            throw refuse("is not a PostgreSQL address")
        }
        guard let host = components.host, !host.isEmpty else { throw refuse("names no host") }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else { throw refuse("names no database after the host") }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        let schema = query["schema"] ?? "public"
        guard schema.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) != nil else {
            throw refuse("names the schema '\(schema)', which is not a lower-case name of letters, digits and _")
        }
        guard let encryption = Encryption(rawValue: query["sslmode"] ?? Encryption.prefer.rawValue) else {
            throw refuse("has sslmode '\(query["sslmode"] ?? "")'; agenda knows disable, prefer and require")
        }
        for name in query.keys where !["schema", "sslmode"].contains(name) {
            throw refuse("has the option '\(name)', which agenda does not know (it knows schema and sslmode)")
        }
        self.user = components.user?.removingPercentEncoding ?? environment["PGUSER"] ?? "postgres"
        self.password = components.password?.removingPercentEncoding ?? environment["PGPASSWORD"]
        self.host = host
        self.port = components.port ?? 5432
        self.database = database.removingPercentEncoding ?? database
        self.schema = schema
        self.encryption = encryption
    }

    /// The address without its password, for messages and logs.
    public var description: String {
        var text = "postgresql://\(user)@\(host):\(port)/\(database)"
        if schema != "public" { text += "?schema=\(schema)" }
        return text
    }

    /// `text` with any password between `:` and `@` blanked, for a message about an address
    /// that could not be read.
    static func redacted(_ text: String) -> String {
        text.replacingOccurrences(of: "(://[^:/@]*):[^@]*@", with: "$1:…@", options: .regularExpression)
    }
}
