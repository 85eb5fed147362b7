/// What a clustering run over the database clusters together.
public enum ClusterScope: String, Sendable, Hashable, CaseIterable {
    /// The notes of each group apart: what the groups' own themes are compared with.
    case group
    /// The notes of each workshop together.
    case workshop
    /// All notes together.
    case all

    /// The id of the run (``Graph/Run``) a clustering of this scope is stored as; its cluster
    /// nodes name it as their source.
    public var runID: String { "cluster-run-\(rawValue)" }
}
