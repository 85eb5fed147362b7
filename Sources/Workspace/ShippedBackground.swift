public import Documents
public import Foundation

/// The background of Dutch workshop language that ships with the toolkit: the passages of the
/// bundled corpus and its lexicon, so that notes clustered in a folder without a corpus are
/// compared as they are in the bundled one, wherever the command runs.
///
/// The files are package resources (`Sources/Workspace/Resources/`), made from the bundled
/// corpus by `Scripts/make-background.sh` and from nothing else; a test checks they match it.
/// They are embedded in the binary at build time, so an `agenda` copied anywhere (to
/// `/usr/local/bin`, say) clusters as the one in the build folder does.
public enum ShippedBackground {
    /// The passages file: one passage a line, as `ClusteringSetup.passages(of:)` makes them.
    public static let passagesFile = "background.txt"
    /// The lexicon of the corpus the passages come from.
    public static let lexiconFile = "lexicon.yaml"
    /// The passages and lexicon embedded in the binary, or the reason they cannot be read
    /// (only a build from broken resources gives one).
    public static func load() -> Result<(passages: [String], lexicon: Lexicon), WorkspaceError> {
        let passages = String(decoding: PackageResources.background_txt, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        do {
            let lexicon = try Lexicon.load(yaml: String(decoding: PackageResources.lexicon_yaml, as: UTF8.self), file: "Sources/Workspace/Resources/\(lexiconFile)")
            return .success((passages, lexicon))
        } catch {
            return .failure(WorkspaceError(file: error.file, problem: error.problem, remedy: "build the toolkit again"))
        }
    }

    /// Writes the passages and lexicon of the corpus in `corpus` into `folder`: what
    /// `Scripts/make-background.sh` runs to make the resources.
    public static func write(corpus: URL, to folder: URL) throws {
        let passages = try TextAnalysis.passages(ofCorpus: corpus)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data((passages.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent(passagesFile), options: .atomic)
        let lexicon = corpus.appendingPathComponent(Corpus.lexiconFileName)
        let target = folder.appendingPathComponent(lexiconFile)
        if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
        try FileManager.default.copyItem(at: lexicon, to: target)
    }
}
