public import Clustering
import Documents
public import Graph
import Export
public import Foundation
public import Linking
import Yams

/// What a decision file of the corpus holds: the cluster corrections (`clusters.yaml`) or the
/// review of the agenda (`agenda-review.yaml`).
public protocol DecisionContent: Codable, Sendable {
    /// No decisions: what an absent or empty file holds.
    init()
    /// The file's name in the corpus folder.
    static var fileName: String { get }
    /// The comment the file starts with.
    static var header: String { get }
    /// The docs page that explains the file.
    static var docsPage: String { get }
    /// Which set of decisions it is, in a store that keeps them.
    static var set: DecisionSet { get }
}

extension ClusterCorrections: DecisionContent {
    public init() { self.init(pin: []) }
    public static var fileName: String { Corpus.correctionsFileName }
    public static var header: String { "# Corrections to the automatic clusters, honoured by every run (see agenda's docs/clustering.md)." }
    public static var docsPage: String { "docs/clustering.md" }
    public static var set: DecisionSet { .corrections }
}

extension AgendaReview: DecisionContent {
    public init() { self.init(links: []) }
    public static var fileName: String { Corpus.reviewFileName }
    public static var header: String { "# Decisions on the draft agenda, honoured by every run (see agenda's docs/agenda.md)." }
    public static var docsPage: String { "docs/agenda.md" }
    public static var set: DecisionSet { .review }
}

/// A decision file of the corpus, read and written whole.
///
/// Writing is atomic (a crash mid-write leaves the old file), and every version of the file
/// has a revision, the digest of its bytes, so that a change made against an older version
/// is refused rather than silently overwriting what someone else decided.
public struct DecisionFile<Content: DecisionContent>: Sendable {
    public var url: URL

    public init(url: URL) {
        self.url = url
    }

    /// The decision file of a corpus folder.
    public init(corpus folder: URL) {
        url = folder.appendingPathComponent(Content.fileName)
    }

    /// The revision of the file as it is now (that of an empty file when there is none).
    public func revision() -> String {
        ContentDigest.of(FileManager.default.contents(atPath: url.path) ?? Data())
    }

    /// Checks that the file is still at `revision`, the one a person saw (`nil` checks nothing).
    ///
    /// - Throws: ``DecisionConflict`` with the current revision when someone changed it since.
    public func require(revision: String?) throws(DecisionConflict) {
        let current = self.revision()
        if let revision, revision != current { throw DecisionConflict(file: url.path, current: current) }
    }

    /// The decisions in the file; none when the file is absent and not `required`.
    public func read(required: Bool = false) throws(WorkspaceError) -> Content {
        do throws(YAMLText.Problem) {
            guard let text = try YAMLText.text(of: url) else {
                if required { throw YAMLText.Problem(problem: "there is no such file", remedy: "check the path given to --corrections") }
                return Content()
            }
            return try Self.decoded(text)
        } catch {
            throw WorkspaceError(file: url.path, line: error.line, problem: "the decisions are not valid (\(error.problem))", remedy: error.remedy ?? "see \(Content.docsPage)")
        }
    }

    /// Replaces the file with `content`, atomically, keys sorted so that the same decisions
    /// give the same bytes; returns the new revision.
    @discardableResult
    public func write(_ content: Content) throws -> String {
        let yaml = try Self.encoded(content)
        try AtomicFile(url).write { output in output.write(yaml) }
        return revision()
    }

    /// The file's text for `content`: the header, then the YAML with keys sorted, in plain
    /// UTF-8 a person reads and edits ("creëren", not "cre\xEBren"), one line per value.
    static func encoded(_ content: Content) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.sortKeys = true
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        return Content.header + "\n" + (try encoder.encode(content))
    }

    /// The decisions in a file's text.
    static func decoded(_ text: String) throws(YAMLText.Problem) -> Content {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return Content() }
        return try YAMLText.decode(Content.self, from: text)
    }
}

/// The corpus's `clusters.yaml`: the corrections every clustering honours.
public typealias CorrectionsFile = DecisionFile<ClusterCorrections>

/// The corpus's `agenda-review.yaml`: the decisions every agenda honours.
public typealias ReviewFile = DecisionFile<AgendaReview>
