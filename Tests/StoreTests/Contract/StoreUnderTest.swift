import Foundation
import Graph
import Store
import Testing

/// A store implementation the contract suite runs against. A second implementation of
/// ``GraphStoring`` adds itself to ``all`` and runs every test of ``StoreContractTests``.
struct StoreUnderTest: Sendable, CustomTestStringConvertible {
    var name: String
    /// Opens the store kept in `folder`: empty the first time, the same graph when opened again.
    var open: @Sendable (_ folder: URL) throws -> any GraphStoring

    var testDescription: String { name }

    static let all: [StoreUnderTest] = [
        StoreUnderTest(name: "SQLite") { folder in try GraphStore(path: folder.appendingPathComponent("graph.sqlite").path) },
    ]
}
