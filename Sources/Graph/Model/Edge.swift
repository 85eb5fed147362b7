/// One directed edge of the knowledge graph.
public struct Edge: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    public var kind: EdgeKind
    /// A strength where one is meaningful (a similarity score); `nil` otherwise.
    public var weight: Double?
    /// The edge's own properties (the sentence a mention came from, …).
    public var properties: Properties

    public init(
        source: String, target: String, kind: EdgeKind,
        weight: Double? = nil, properties: Properties = [:]
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.weight = weight
        self.properties = properties
    }
}
