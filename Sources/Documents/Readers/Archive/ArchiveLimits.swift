/// How much a zipped document (Word .docx, LibreOffice .odt) may inflate: a bound on every
/// entry and on all entries together, so that a zip bomb is refused rather than unpacked.
public struct ArchiveLimits: Sendable, Hashable {
    /// The most bytes one entry (such as `word/document.xml` or `content.xml`) may inflate to.
    public var entryBytes: Int
    /// The most bytes all entries read together may inflate to.
    public var totalBytes: Int

    public init(entryBytes: Int = 64 << 20, totalBytes: Int = 128 << 20) {
        self.entryBytes = entryBytes
        self.totalBytes = totalBytes
    }
}
