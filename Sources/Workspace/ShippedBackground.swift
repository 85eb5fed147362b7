public import Documents
public import Foundation

/// The background of Dutch workshop language that ships with the toolkit: the passages of the
/// bundled corpus and its lexicon, so that notes clustered in a folder without a corpus are
/// compared as they are in the bundled one, wherever the command runs.
///
/// The files are package resources (`Sources/Workspace/Resources/`), made from the bundled
/// corpus by `Scripts/make-background.sh` and from nothing else; a test checks they match it.
public enum ShippedBackground {
    /// The passages file: one passage a line, as `ClusteringSetup.passages(of:)` makes them.
    public static let passagesFile = "background.txt"
    /// The lexicon of the corpus the passages come from.
    public static let lexiconFile = "lexicon.yaml"
    /// The name SwiftPM gives the folder of the workspace's resources beside the executable.
    static let bundleName = "agenda_Workspace.resources"

    /// The passages and lexicon, or `nil` with the reason when the resources are not where the
    /// executable expects them (an executable copied away from its build folder).
    public static func load() -> Result<(passages: [String], lexicon: Lexicon), WorkspaceError> {
        let candidates = [Bundle.main.executableURL, Bundle.main.bundleURL.appendingPathComponent("x")]
            .compactMap { $0?.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(bundleName) }
        guard let folder = candidates.first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent(passagesFile).path) }) else {
            let expected = candidates.first?.path ?? bundleName
            return .failure(WorkspaceError(file: expected, problem: "the background of workshop language that ships with the toolkit is missing, so notes in a folder without a corpus are compared only with each other and cluster less well", remedy: "keep the folder \(bundleName) beside the agenda executable (swift build puts it there), or pass --corpus"))
        }
        let passagesURL = folder.appendingPathComponent(passagesFile)
        guard let data = FileManager.default.contents(atPath: passagesURL.path) else {
            return .failure(WorkspaceError(file: passagesURL.path, problem: "the shipped background cannot be read", remedy: "build the toolkit again"))
        }
        let passages = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        do {
            let lexicon = try Lexicon.load(from: folder.appendingPathComponent(lexiconFile))
            return .success((passages, lexicon))
        } catch {
            return .failure(WorkspaceError(file: error.file ?? folder.appendingPathComponent(lexiconFile).path, problem: error.problem, remedy: "build the toolkit again"))
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
