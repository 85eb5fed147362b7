/// The rule that makes one node of a person, organisation or stakeholder group that several
/// documents name (``NodeKind/isShared``): each document keeps its own version, and the graph
/// shows the merge of them all.
public enum SharedEntity {
    /// The node the graph shows for `versions`, each one document's version of the same entity
    /// (same id), or `nil` when no document names it any more.
    ///
    /// The first version by document id gives the label, kind and provenance; the text is the
    /// first version's that has one; a property the documents give alike stays as it is, one
    /// they give differently becomes the list of their values, each once, in document order;
    /// an entity named by more than one document lists them under ``PropertyKey/documents``.
    public static func merged(_ versions: [Node]) -> Node? {
        let ordered = versions.enumerated().sorted { ($0.element.provenance.document, $0.offset) < ($1.element.provenance.document, $1.offset) }.map(\.element)
        guard let first = ordered.first else { return nil }
        var values: [PropertyKey: [PropertyValue]] = [:]
        for version in ordered {
            for (key, value) in version.properties where !(values[key]?.contains(value) ?? false) {
                values[key, default: []].append(value)
            }
        }
        var merged = Properties()
        for (key, found) in values {
            if found.count == 1, let only = found.first {
                merged[value: key] = only
            } else {
                var items: [String] = []
                for item in found.flatMap(\.items) where !items.contains(item) { items.append(item) }
                merged.setList(key, items)
            }
        }
        if ordered.count > 1 { merged.setList(.documents, ordered.map(\.provenance.document)) }
        return Node(id: first.id, kind: first.kind, label: first.label, text: ordered.compactMap(\.text).first, provenance: first.provenance, properties: merged)
    }
}
