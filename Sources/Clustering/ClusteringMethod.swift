/// How notes are clustered.
public enum ClusteringMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Spectral clustering for workshop-sized sets, the neighbour graph above
    /// ``graphThreshold`` notes.
    case automatic = "auto"
    /// ``NoteClusterer``: every pair of notes compared, the number of clusters chosen by
    /// silhouette. Best for the notes of a workshop; its cost grows with the cube of their number.
    case spectral
    /// ``GraphClusterer``: nearest-neighbour graph and Leiden communities, for large sets.
    case graph

    /// The number of notes from which the automatic choice takes the graph method.
    public static let graphThreshold = 300

    /// The method used for `count` notes.
    public func resolved(for count: Int) -> ClusteringMethod {
        switch self {
        case .automatic: count >= Self.graphThreshold ? .graph : .spectral
        default: self
        }
    }
}
