/// An error a person reads: the file (and line) it is about, what went wrong, and what to do.
///
/// Every module's user-facing error conforms, so the command line, the web app and the tests
/// render them the same way, as one sentence: `corpus/corpus.yaml:4: the manifest is not
/// valid (…); give every document a file and a kind`.
public protocol ReportableError: Error, Sendable, CustomStringConvertible {
    /// The file the problem is in, as the user named it.
    var file: String? { get }
    /// The 1-based line, where known.
    var line: Int? { get }
    /// What went wrong, as a clause ("is empty").
    var problem: String { get }
    /// What the user can do about it, as a clause ("add text or remove it from corpus.yaml").
    var remedy: String? { get }
}

extension ReportableError {
    /// The error as one sentence naming the file (and line, where known).
    public var description: String { sentence(namingFileAs: file) }

    /// The error as one sentence that names its file as `shown` (a web page names it by its
    /// name alone), with the line where known.
    public func sentence(namingFileAs shown: String?) -> String {
        var sentence = ""
        if let shown { sentence = line.map { "\(shown):\($0): " } ?? "\(shown): " }
        sentence += problem
        if let remedy { sentence += "; " + remedy }
        return sentence
    }
}
