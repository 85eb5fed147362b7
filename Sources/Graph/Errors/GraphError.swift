public import Reportable

/// An error the Graph module reports to a user: what went wrong, where, and what to do.
///
/// Its `description` reads as one sentence naming the file (and line, where known).
public struct GraphError: ReportableError, Hashable {
    /// The broad kind of failure, so callers can react to it.
    public enum Code: String, Sendable, Hashable {
        case unreadableFile = "unreadable-file"
        case tooLarge = "too-large"
        case emptyFile = "empty-file"
        case binaryFile = "binary-file"
        case undecodableText = "undecodable-text"
        case unsupportedFormat = "unsupported-format"
        case invalidManifest = "invalid-manifest"
        case invalidLexicon = "invalid-lexicon"
        case unknownKind = "unknown-kind"
        case database
        /// A write made against a version someone else changed in between.
        case conflict
    }

    public var code: Code
    /// The file the problem is in, as the user named it.
    public var file: String?
    /// The 1-based line, where known.
    public var line: Int?
    /// What went wrong, as a clause ("is empty").
    public var problem: String
    /// What the user can do about it, as a clause ("add text or remove it from corpus.yaml").
    public var remedy: String?

    public init(_ code: Code, file: String? = nil, line: Int? = nil, problem: String, remedy: String? = nil) {
        self.code = code
        self.file = file
        self.line = line
        self.problem = problem
        self.remedy = remedy
    }
}
