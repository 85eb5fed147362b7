import Foundation
import Graph
import Store
import TestSupport
import Testing

/// A store implementation the contract suite runs against. A second implementation of
/// ``GraphStoring`` adds itself to ``all`` and runs every test of ``StoreContractTests``.
struct StoreUnderTest: Sendable, CustomTestStringConvertible {
    var name: String
    /// Opens the store kept in `folder`: empty the first time, the same graph when opened again.
    var open: @Sendable (_ folder: URL) throws -> any GraphStoring

    var testDescription: String { name }

    static let all: [StoreUnderTest] = [
        StoreUnderTest(name: "SQLite") { folder in try SQLiteStore(path: folder.appendingPathComponent("graph.sqlite").path) },
        StoreUnderTest(name: "PostgreSQL") { folder in try StoreOpener.open(try TestPostgres.address(for: folder)) },
    ]
}
