public import Clustering
import Documents
import Export
public import Foundation
import Yams

/// The corpus's `clusters.yaml`: the corrections every run honours, read and written whole.
///
/// Writing is atomic (a crash mid-write leaves the old file), and every version of the file
/// has a revision, the digest of its bytes, so that a change made against an older version
/// is refused rather than silently overwriting what someone else corrected.
public struct CorrectionsFile: Sendable {
    public var url: URL

    public init(url: URL) {
        self.url = url
    }

    /// The corrections file of a corpus folder.
    public init(corpus folder: URL) {
        url = folder.appendingPathComponent(Corpus.correctionsFileName)
    }

    /// The revision of the file as it is now (that of an empty file when there is none).
    public func revision() -> String {
        ContentDigest.of(FileManager.default.contents(atPath: url.path) ?? Data())
    }

    /// The corrections in the file; none when the file is absent and not `required`.
    public func read(required: Bool = false) throws(WorkspaceError) -> ClusterCorrections {
        do throws(YAMLText.Problem) {
            guard let text = try YAMLText.text(of: url) else {
                if required { throw YAMLText.Problem(problem: "there is no such file", remedy: "check the path given to --corrections") }
                return ClusterCorrections()
            }
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return ClusterCorrections() }
            return try YAMLText.decode(ClusterCorrections.self, from: text)
        } catch {
            throw WorkspaceError(file: url.path, line: error.line, problem: "the corrections are not valid (\(error.problem))", remedy: error.remedy ?? "see docs/clustering.md")
        }
    }

    /// Replaces the file with `corrections`, atomically, keys sorted so that the same
    /// corrections give the same bytes; returns the new revision.
    @discardableResult
    public func write(_ corrections: ClusterCorrections) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.sortKeys = true
        // Plain UTF-8 a person reads and edits ("creëren", not "cre\xEBren"), one line per value.
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        let yaml = "# Corrections to the automatic clusters, honoured by every run (see agenda's docs/clustering.md).\n" + (try encoder.encode(corrections))
        try AtomicFile(url).write { output in output.write(yaml) }
        return revision()
    }
}
