public import Reportable

/// An error the clustering reports to a user: which file (and line), what, and what to do.
public struct ClusteringError: ReportableError, Hashable {
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
