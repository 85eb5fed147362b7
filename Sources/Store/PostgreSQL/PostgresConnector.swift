import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import Synchronization
import Graph

/// One connection to a PostgreSQL server, used by one caller at a time, with the store
/// contract's synchronous calls: each waits for the server's answer on the caller's thread
/// (the connection's own work runs on NIO's threads). A dropped connection is opened again
/// on the next call.
final class PostgresConnector: Sendable {
    let address: PostgresAddress
    private let connection: Mutex<PostgresConnection?>
    private let logger: Logger

    init(_ address: PostgresAddress) throws(GraphError) {
        self.address = address
        // The driver's own log could hold queries and their values; agenda says what failed itself.
        logger = Logger(label: "agenda.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        connection = Mutex(nil)
        try withSession { _ throws(GraphError) in }
    }

    deinit {
        // The connection lives until the server has seen it closed.
        connection.withLock { held in
            guard let open = held else { return }
            open.close().whenComplete { _ in withExtendedLifetime(open) {} }
        }
    }

    /// Runs `body` with the connection held, so that no other caller's statements interleave.
    func withSession<T>(_ body: (Session) throws(GraphError) -> T) throws(GraphError) -> T {
        try connection.withLock { (held: inout PostgresConnection?) throws(GraphError) -> T in
            if held == nil || held?.isClosed == true {
                held = try open()
            }
            guard let open = held else { throw failure("the connection could not be opened") }
            return try body(Session(connection: open, logger: logger, address: address))
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws
    /// (a process killed before the commit leaves the previous state, as the server guarantees).
    func transaction<T>(readOnly: Bool = false, _ body: (Session) throws(GraphError) -> T) throws(GraphError) -> T {
        try withSession { session throws(GraphError) -> T in
            try session.execute(readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN")
            do throws(GraphError) {
                let result = try body(session)
                try session.execute("COMMIT")
                return result
            } catch {
                try? session.execute("ROLLBACK")
                throw error
            }
        }
    }

    private func open() throws(GraphError) -> PostgresConnection {
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch address.encryption {
            case .disable: tls = .disable
            case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
        } catch {
            throw failure("encryption could not be set up (\(error))", remedy: "add ?sslmode=disable for a server on loopback or a trusted network")
        }
        var configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: address.password,
            database: address.database, tls: tls)
        configuration.options.connectTimeout = .seconds(10)
        do {
            let connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: logger
            ).wait()
            let session = Session(connection: connection, logger: logger, address: address)
            try session.execute("SET search_path TO \(address.schema)")
            return connection
        } catch let error as GraphError {
            throw error
        } catch {
            throw Self.mapped(error, address: address)
        }
    }

    private func failure(_ problem: String, remedy: String = "check the address after --db and that the server runs") -> GraphError {
        GraphError(.database, file: address.description, problem: problem, remedy: remedy)
    }

    /// What the server or the connection said, as a clause, without the query's values.
    static func mapped(_ error: any Error, address: PostgresAddress) -> GraphError {
        guard let error = error as? PSQLError else {
            return GraphError(.database, file: address.description, problem: "the server cannot be reached (\(error))", remedy: "check that it runs and that the host and port are right")
        }
        if let message = error.serverInfo?[.message] {
            let state = error.serverInfo?[.sqlState] ?? ""
            let remedy: String = switch state {
            case "28P01", "28000": "check the user name and password (PGPASSWORD), and that pg_hba.conf lets this user in"
            case "3D000": "create the database first (createdb \(address.database)), or name another"
            case "53100": "the server's disk is full; free some space and run the command again (nothing was half-written)"
            case "40001", "40P01": "another agenda wrote at the same moment; run the command again"
            default: "check the address after --db, and that the database is one agenda made"
            }
            return GraphError(.database, file: address.description, problem: "the server refused the operation (\(message))", remedy: remedy)
        }
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            let cause = error.underlying.map { " (\($0))" } ?? ""
            return GraphError(.database, file: address.description, problem: "the connection to the server failed\(cause)", remedy: "check that it runs and that the host and port are right")
        case .sslUnsupported:
            return GraphError(.database, file: address.description, problem: "the server does not offer encryption", remedy: "add ?sslmode=disable for a server on loopback or a trusted network")
        case .authMechanismRequiresPassword:
            return GraphError(.database, file: address.description, problem: "the server asks for a password", remedy: "set PGPASSWORD, or write it in the address")
        default:
            return GraphError(.database, file: address.description, problem: "the database could not be used (\(error.code))", remedy: "check the address after --db and that the server runs")
        }
    }

    /// The held connection, for statements within one session or transaction.
    struct Session {
        let connection: PostgresConnection
        let logger: Logger
        let address: PostgresAddress

        /// Runs `query` and returns its rows.
        @discardableResult
        func rows(_ query: PostgresQuery) throws(GraphError) -> [PostgresRow] {
            do {
                return Array(try connection.query(query, logger: logger).wait().rows)
            } catch {
                throw PostgresConnector.mapped(error, address: address)
            }
        }

        /// Runs a statement that takes no values.
        func execute(_ sql: String) throws(GraphError) {
            try rows(PostgresQuery(unsafeSQL: sql))
        }
    }
}
