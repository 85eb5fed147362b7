public import Graph
public import Foundation

/// A corpus folder: its manifest, its lexicon, and the documents on disk.
public struct Corpus: Sendable {
    public var folder: URL
    public var manifest: CorpusManifest
    public var lexicon: Lexicon
    /// A digest of `lexicon.yaml` (empty when there is none).
    public var lexiconDigest: String
    /// Files in the folder that the manifest does not list (apart from its own files).
    public var unlisted: [String]

    /// The lexicon's file name inside a corpus folder.
    public static let lexiconFileName = "lexicon.yaml"
    /// The file of clustering corrections inside a corpus folder.
    public static let correctionsFileName = "clusters.yaml"
    /// Files in a corpus folder that are not documents.
    static let ownFiles: Set<String> = [CorpusManifest.fileName, lexiconFileName, correctionsFileName, "README.md"]

    /// Opens the corpus in `folder`.
    ///
    /// - Throws: ``GraphError`` when the folder has no valid `corpus.yaml`, or the lexicon is invalid.
    public static func open(_ folder: URL) throws(GraphError) -> Corpus {
        let manifestURL = folder.appendingPathComponent(CorpusManifest.fileName)
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            throw GraphError(.invalidManifest, file: folder.path, problem: "the folder has no \(CorpusManifest.fileName)", remedy: "create one listing each document's file and kind (see the README)")
        }
        let manifest = try CorpusManifest.load(from: manifestURL)
        let (lexicon, digest) = try loadLexicon(in: folder)
        let listed = Set(manifest.documents.map(\.file))
        let onDisk = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let unlisted = onDisk.filter { name in
            !name.hasPrefix(".") && !listed.contains(name) && !ownFiles.contains(name)
                && !isDirectory(folder.appendingPathComponent(name))
        }.sorted()
        return Corpus(folder: folder, manifest: manifest, lexicon: lexicon, lexiconDigest: digest, unlisted: unlisted)
    }

    /// The lexicon beside a corpus (the standard one when there is no file) and its digest.
    public static func loadLexicon(in folder: URL) throws(GraphError) -> (Lexicon, String) {
        let url = folder.appendingPathComponent(lexiconFileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return (.standard, "") }
        return (try Lexicon.load(from: url), ContentDigest.of(data))
    }

    /// The URL of a manifest entry's file.
    public func url(of entry: CorpusManifest.Entry) -> URL {
        folder.appendingPathComponent(entry.file)
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
