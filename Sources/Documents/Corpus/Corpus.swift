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
    /// The decisions a person made on the draft agenda, which every run honours.
    public static let reviewFileName = "agenda-review.yaml"
    static let ownFiles: Set<String> = [CorpusManifest.fileName, lexiconFileName, correctionsFileName, reviewFileName, "README.md"]

    /// Opens the corpus in `folder`.
    ///
    /// - Throws: ``GraphError`` when the folder has no valid `corpus.yaml`, or the lexicon is invalid.
    public static func open(_ folder: URL) throws(GraphError) -> Corpus {
        let manifestURL = folder.appendingPathComponent(CorpusManifest.fileName)
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            throw GraphError(.invalidManifest, file: folder.path, problem: "the folder has no \(CorpusManifest.fileName)", remedy: "create one listing each document's file and kind (see docs/corpus.md)")
        }
        let manifest = try CorpusManifest.load(from: manifestURL)
        for entry in manifest.documents { try requireInside(entry.file, folder: folder, manifest: manifestURL) }
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
        guard FileManager.default.fileExists(atPath: url.path) else { return (.standard, "") }
        // Read once: the lexicon and the digest that says whether it changed come from the same bytes.
        let data = try Lexicon.bytes(of: url)
        return (try Lexicon.load(data, file: url.path), ContentDigest.of(data))
    }

    /// The URL of a manifest entry's file.
    public func url(of entry: CorpusManifest.Entry) -> URL {
        folder.appendingPathComponent(entry.file)
    }

    /// Refuses a manifest entry whose file lies outside the corpus folder — by `..`, by an
    /// absolute path or through a symbolic link — so that a folder mailed to someone can never
    /// make agenda read, store and export a file of theirs outside it.
    static func requireInside(_ file: String, folder: URL, manifest: URL) throws(GraphError) {
        let remedy = "copy the document into the corpus folder and list it there by its name"
        guard !file.hasPrefix("/"), !file.hasPrefix("~") else {
            throw GraphError(.invalidManifest, file: manifest.path, problem: "the entry \(file) is an absolute path, outside the corpus folder", remedy: remedy)
        }
        guard let root = realPath(folder.path) else { return }
        let target = folder.appendingPathComponent(file).path
        if let resolved = realPath(target) {
            guard resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
                throw GraphError(.invalidManifest, file: manifest.path, problem: "the entry \(file) leads outside the corpus folder (to \(resolved))", remedy: remedy)
            }
        } else if file.split(separator: "/").contains("..") {
            // A file that does not exist is reported when it is read; a path that climbs out is refused now.
            throw GraphError(.invalidManifest, file: manifest.path, problem: "the entry \(file) climbs out of the corpus folder with ..", remedy: remedy)
        }
    }

    /// The absolute path of `path` with every symbolic link and `..` resolved, or `nil` when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
