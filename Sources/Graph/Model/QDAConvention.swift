/// What the toolkit's REFI-QDA writer and reader agree on.
public enum QDAConvention {
    /// In a code's description, marks a code tree the toolkit made (automatic clusters,
    /// systemic questions) rather than people, so reading a project back leaves it out of the
    /// human grouping.
    public static let automaticMarker = "[agenda:automatic]"
}
