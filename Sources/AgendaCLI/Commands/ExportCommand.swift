import ArgumentParser
import Foundation

/// `agenda export FORMAT`: write one export of the graph.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one export of the graph.",
        subcommands: [
            GraphExportCommand<GraphMLChoice>.self, GraphExportCommand<GEXFChoice>.self, GraphExportCommand<CytoscapeChoice>.self,
            VOSviewerExportCommand.self, QDPXExportCommand.self,
            DraftExportCommand<MarkdownChoice>.self, DraftExportCommand<WordChoice>.self, DraftExportCommand<ReportChoice>.self,
        ]
    )
}

/// The shape every one-file `agenda export FORMAT` shares: it writes `output` (each command's
/// `-o`, whose default is the format's file in `out/`) from the database in `store`, and says
/// what it wrote in one line.
protocol FileExportCommand: ParsableCommand {
    var output: String { get }
    var store: StoreOptions { get }
    /// Writes the export to `url`; what the line after "wrote FILE" adds (may be empty).
    func write(to url: URL) throws -> String
}

extension FileExportCommand {
    func run() throws {
        let said = try write(to: URL(fileURLWithPath: output))
        Console.out("wrote \(output)\(said)")
    }
}
