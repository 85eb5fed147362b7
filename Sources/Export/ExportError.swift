public import Reportable
import Graph

/// An error an exporter reports to a user: which file, what went wrong, what to do.
public struct ExportError: ReportableError, Hashable {
    public var file: String?
    public var problem: String
    public var remedy: String?
    /// Exports are about whole files: no line.
    public var line: Int? { nil }

    public init(file: String? = nil, problem: String, remedy: String? = nil) {
        self.file = file
        self.problem = problem
        self.remedy = remedy
    }
}
