/// An error the clustering reports to a user: which file (and line), what, and what to do.
public struct ClusteringError: Error, Sendable, Hashable, CustomStringConvertible {
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

    public var description: String {
        var sentence = ""
        if let file { sentence = line.map { "\(file):\($0): " } ?? "\(file): " }
        sentence += problem
        if let remedy { sentence += "; " + remedy }
        return sentence
    }
}
