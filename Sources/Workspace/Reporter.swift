/// Where the application layer says what a person should know while it works: warnings
/// (something was done with less than it could have, and how to fix that) and progress.
///
/// The command line writes them to stderr; a test records them.
public protocol Reporter: Sendable {
    /// Something the user should know and can fix, as one sentence.
    func warning(_ sentence: String)
    /// What long work is doing now.
    func progress(_ line: String)
}
