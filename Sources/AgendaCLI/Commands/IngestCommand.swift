import AgendaArguments
import ArgumentParser
import Graph

/// `agenda ingest PATH…`: read documents or corpus folders into the database.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read documents or corpus folders into the database.",
        discussion: "A file's kind comes from --kind, or else from the corpus.yaml in its folder. A folder must hold a corpus.yaml."
    )

    @Argument(help: "Files or corpus folders.")
    var paths: [String]

    @Option(help: "The kind of the documents.")
    var kind: DocumentKind?

    @OptionGroup var store: StoreOptions
    @OptionGroup var limits: ReadLimitOptions

    func run() throws {
        for report in try store.workspace(readers: limits.readers).ingest(paths: paths, kind: kind) {
            Console.out(report.summary)
        }
    }
}
