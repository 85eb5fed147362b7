public import Foundation
import Store
public import Workspace

/// The package's own files: its root folder and the bundled corpus.
public enum BundledCorpus {
    /// The package's root folder.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled corpus folder.
    public static let folder = root.appendingPathComponent("corpus")

    /// The BPA workshop report.
    public static let report = folder.appendingPathComponent("bpa-werkateliers-2018.txt")

    /// A workspace on the bundled corpus with a fresh in-memory database, the corpus ingested.
    public static func ingested(reporter: RecordingReporter = RecordingReporter()) throws -> Workspace {
        let workspace = Workspace(corpus: folder, store: try SQLiteStore(), reporter: reporter)
        _ = try workspace.ingestCorpus()
        return workspace
    }
}
