/// Which flavour of GraphML to write.
public enum GraphMLProfile: String, Sendable, Hashable, CaseIterable {
    /// Portable GraphML that Gephi, Cytoscape, NetworkX and igraph read as it is.
    case plain
    /// Portable GraphML plus yFiles graphics, so yEd shows labels and a colour per kind.
    case yed
}
