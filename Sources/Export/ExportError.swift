/// An error an exporter reports to a user: which file, what went wrong, what to do.
public struct ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String?
    public var problem: String
    public var remedy: String?

    public init(file: String? = nil, problem: String, remedy: String? = nil) {
        self.file = file
        self.problem = problem
        self.remedy = remedy
    }

    public var description: String {
        var sentence = file.map { "\($0): " } ?? ""
        sentence += problem
        if let remedy { sentence += "; " + remedy }
        return sentence
    }
}
