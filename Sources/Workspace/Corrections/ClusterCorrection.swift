/// One correction a person makes to the automatic clusters of a group, naming notes by their
/// ids and clusters by their labels, as the report shows them.
public enum ClusterCorrection: Sendable, Hashable, Codable {
    /// Put the note in the cluster of that label (or a new one of that name), in every later run.
    case pin(note: String, cluster: String)
    /// Keep these notes in different clusters.
    case apart(notes: [String])
    /// Make these clusters one, under the first label.
    case merge(clusters: [String])
    /// Give the cluster of that label a name of the person's own.
    case rename(cluster: String, name: String)
}
