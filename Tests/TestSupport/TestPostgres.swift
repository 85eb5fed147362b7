public import Foundation

/// The PostgreSQL server the tests use: the one `AGENDA_TEST_POSTGRES` names, which
/// `Scripts/test.sh` (and so `.ci/run`) starts on loopback in a temporary folder.
public enum TestPostgres {
    /// Names the variable that holds the test server's address.
    public static let variable = "AGENDA_TEST_POSTGRES"

    public struct Missing: Error, CustomStringConvertible {
        public var description: String {
            "no PostgreSQL server for the tests: run them with Scripts/test.sh, which starts one, or set \(TestPostgres.variable) to a database's address"
        }
    }

    /// The address of a schema of its own for `folder` (each test has a fresh folder, so a
    /// fresh, empty schema; the same folder gives the same schema again).
    public static func address(for folder: URL) throws -> String {
        let name = folder.lastPathComponent.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
        return try address(schema: "t_" + name.suffix(60))
    }

    /// The test server's address with the graph kept in `schema`.
    public static func address(schema: String) throws -> String {
        guard let base = ProcessInfo.processInfo.environment[variable], !base.isEmpty else { throw Missing() }
        guard var components = URLComponents(string: base) else { throw Missing() }
        var items = (components.queryItems ?? []).filter { $0.name != "schema" }
        items.append(URLQueryItem(name: "schema", value: schema))
        components.queryItems = items
        return components.string ?? base
    }
}
