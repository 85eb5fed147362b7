public import Reportable
import Graph

/// An error of the application layer that a person reads: a request that cannot be carried
/// out on this corpus or database, with what to do about it.
public struct WorkspaceError: ReportableError, Hashable {
    public var file: String?
    public var line: Int?
    public var problem: String
    public var remedy: String?

    public init(file: String? = nil, line: Int? = nil, problem: String, remedy: String? = nil) {
        self.file = file
        self.line = line
        self.problem = problem
        self.remedy = remedy
    }
}
