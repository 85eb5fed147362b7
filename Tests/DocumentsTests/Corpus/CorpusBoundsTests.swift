import Foundation
import Testing
@testable import Documents
import Graph
import TestSupport

/// A corpus folder is mailed from one person to another: its YAML cannot make agenda spin, and
/// its manifest cannot reach a file outside the folder.
@Suite struct CorpusBoundsTests {
    /// Nine levels of anchors used as mapping keys: a 600-byte file that once ran past a minute.
    static func aliasKeyBomb() -> String {
        var lines = ["a0: &a0 [x, y, z, w, v]"]
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) { \(previous) : 1, [\(previous), \(previous)] : 2, [\(previous)] : 3, [\(previous), 1] : 4, [\(previous), 2] : 5 }")
        }
        return lines.joined(separator: "\n") + "\ndocuments: []\n"
    }

    @Test(.timeLimit(HangGuard.limit)) func refusesAliasesThatStandForTooMuch() throws {
        let folder = try TemporaryFolder()
        for name in [CorpusManifest.fileName, Corpus.lexiconFileName] {
            let url = try folder.write(Self.aliasKeyBomb(), to: name)
            let error = #expect(throws: GraphError.self) {
                _ = name == CorpusManifest.fileName ? try CorpusManifest.load(from: url) : nil
                if name == Corpus.lexiconFileName { _ = try Lexicon.load(from: url) }
            }
            #expect(error?.problem.contains("aliases") == true, "\(String(describing: error))")
            #expect(error?.line != nil)
        }
        // Aliases that stand for little are YAML like any other.
        let modest = try folder.write("kind: &k notes\ndocuments:\n  - file: a.txt\n    kind: *k\n", to: "klein.yaml")
        #expect(try CorpusManifest.load(from: modest).documents.first?.kind == .notes)
    }

    @Test func refusesNestingPastItsBound() throws {
        let folder = try TemporaryFolder()
        for depth in [300, 5_000] {
            let url = try folder.write("documents: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n", to: CorpusManifest.fileName)
            let error = #expect(throws: GraphError.self) { try CorpusManifest.load(from: url) }
            #expect(error?.problem.contains("deeper than agenda reads") == true, "\(depth): \(String(describing: error))")
        }
    }

    @Test func saysAUTF16ManifestIsUTF16() throws {
        let folder = try TemporaryFolder()
        var bytes = Data([0xFF, 0xFE])
        for unit in "documents: []\n".utf16 { bytes.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let url = folder.file(CorpusManifest.fileName)
        try bytes.write(to: url)
        let error = #expect(throws: GraphError.self) { try CorpusManifest.load(from: url) }
        #expect(error?.problem.contains("UTF-16") == true)
        #expect(error?.remedy?.contains("UTF-8") == true)
    }

    /// `..`, an absolute path and a symbolic link each lead out of the folder and are refused;
    /// a link that stays inside and a sub-folder are fine.
    @Test func refusesEntriesOutsideTheFolder() throws {
        let outside = try TemporaryFolder()
        let secret = try outside.write("Geheim: niet voor de corpus.", to: "geheim.txt")
        let folder = try TemporaryFolder()
        try folder.write("Een notitie", to: "binnen/notitie.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.txt").path, withDestinationPath: secret.path)
        try FileManager.default.createSymbolicLink(atPath: folder.file("map").path, withDestinationPath: outside.url.path)
        try FileManager.default.createSymbolicLink(atPath: folder.file("eigen.txt").path, withDestinationPath: folder.file("binnen/notitie.txt").path)
        let climbing = String(repeating: "../", count: folder.url.pathComponents.count) + String(secret.path.dropFirst())
        for file in [climbing, secret.path, "link.txt", "map/geheim.txt", "binnen/../../\(outside.url.lastPathComponent)/geheim.txt", "nergens/../../x.txt"] {
            try folder.write("documents:\n  - file: \"\(file)\"\n    kind: notes\n", to: CorpusManifest.fileName)
            let error = #expect(throws: GraphError.self, "\(file)") { try Corpus.open(folder.url) }
            #expect(error?.code == .invalidManifest)
            #expect(error?.problem.contains("outside the corpus folder") == true || error?.problem.contains("climbs out") == true, "\(String(describing: error))")
        }
        try folder.write("documents:\n  - file: binnen/notitie.txt\n    kind: notes\n  - file: eigen.txt\n    kind: notes\n", to: CorpusManifest.fileName)
        #expect(try Corpus.open(folder.url).manifest.documents.count == 2)
    }
}
