import Foundation
import Testing
@testable import Export

@Suite struct AtomicFileTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    struct Interrupted: Error {}

    @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = try folder()
        let target = folder.appendingPathComponent("graph.graphml")
        try "oud".write(to: target, atomically: true, encoding: .utf8)
        #expect(throws: (any Error).self) {
            try AtomicFile(target).write { output in
                output.write(String(repeating: "x", count: 200_000))
                throw Interrupted()
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "oud")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.graphml"])
    }

    @Test func replacesAnExistingFile() throws {
        let target = try folder().appendingPathComponent("graph.graphml")
        try AtomicFile(target).write { $0.write("eerste versie, langer dan de tweede") }
        try AtomicFile(target).write { $0.write("tweede") }
        #expect(try String(contentsOf: target, encoding: .utf8) == "tweede")
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path) == ["graph.graphml"])
    }

    @Test func writesLargeOutputWholeAndCreatesTheFolder() throws {
        let target = try folder().appendingPathComponent("nieuw/graph.graphml")
        let line = String(repeating: "é", count: 999) + "\n"
        try AtomicFile(target).write { output in
            for _ in 0..<300 { output.write(line) }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == String(repeating: line, count: 300))
    }

    @Test func reportsAnUnwritableTarget() throws {
        let folder = try folder()
        let blocker = folder.appendingPathComponent("bestand")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        #expect {
            try AtomicFile(blocker.appendingPathComponent("graph.graphml")).write { $0.write("x") }
        } throws: { error in
            (error as? ExportError)?.description.contains("graph.graphml") == true
        }
    }
}
