/// The toolkit's version; part of every document fingerprint, so a new version re-reads documents.
public enum AgendaVersion {
    public static let current = "0.2.0"
}
