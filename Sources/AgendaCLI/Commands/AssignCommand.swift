import AgendaArguments
import ArgumentParser
import Clustering
import Foundation
import Graph
import Workspace

/// `agenda assign`: place new notes in existing themes.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Place new notes in existing themes, with a score, or in none.",
        discussion: """
            FILE holds the new notes (read as `agenda cluster FILE` reads them). The themes come \
            from --themes (a board export or spreadsheet with text, group and theme columns, or \
            a workshop report), or else from the database: the groups' own themes, or with \
            --clusters the clusters of the stored run of that scope. Each note goes to the theme \
            whose notes it is most similar to, measured as the clustering measures similarity; \
            below --min-score it goes to none. Nothing is stored.
            """
    )

    @Argument(help: "A file of new notes.")
    var file: String

    @Option(help: "A file with notes under themes: a board export, a spreadsheet, or a workshop report.")
    var themes: String?

    @Option(help: "The kind of the --themes file (default: notes for a table, workshop-report otherwise).")
    var kind: DocumentKind?

    @Option(help: "Only this group's themes or clusters (its name or id).")
    var group: String?

    @Option(help: "Without --themes: the clusters of the stored run per group, workshop or all, instead of the groups' own themes.")
    var clusters: ClusterScope?

    @Option(help: "The lowest mean similarity to a theme's notes at which a note is placed in it.")
    var minScore: Double = ThemeAssigner.defaultMinimumScore

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var options: ClusteringOptions
    @OptionGroup var store: StoreOptions

    /// The JSON `assign --json` prints; its shape is part of the command-line contract.
    struct Output: Encodable {
        struct Note: Encodable {
            var text: String
            var theme: String?
            var score: Double
            var confidence: Double
            var next: String?
            var shared: [String]
        }
        var themes: [String]
        var notes: [Note]
    }

    func validate() throws {
        guard minScore >= 0, minScore <= 1 else { throw ValidationError("--min-score takes a number from 0 to 1, not \(minScore)") }
        if themes != nil, clusters != nil { throw ValidationError("--clusters takes the themes from the database, so it cannot go with --themes") }
    }

    func run() throws {
        let notes = try NotesFile.read(file)
        let found: Themes
        if let themes {
            found = try Themes.read(themes, kind: kind, group: group)
        } else {
            found = try store.workspace(corpus: options.corpus).themes(group: group, clusters: clusters)
        }
        let analysis = try TextAnalysis.load(corpus: URL(fileURLWithPath: options.corpus), settings: options.settings, reporter: ConsoleReporter())
        let placed = found.assign(notes, analysis: analysis, minimumScore: minScore)
        let names = found.themes.map(\.name)
        if json {
            try JSONOutput.print(Output(themes: names, notes: zip(notes, placed).map { text, assignment in
                Output.Note(text: text, theme: assignment.theme.map { names[$0] }, score: NoteFit.rounded(assignment.score), confidence: NoteFit.rounded(assignment.confidence), next: assignment.next.map { names[$0] }, shared: assignment.sharedTerms)
            }))
            return
        }
        Console.out("\(notes.count) notes into \(names.count) themes")
        for (text, assignment) in zip(notes, placed) {
            let score = String(format: "%.3f", assignment.score)
            let shares = assignment.sharedTerms.isEmpty ? "" : "; shares \(assignment.sharedTerms.joined(separator: ", "))"
            if let theme = assignment.theme {
                Console.out("- \(text)\n    → \(names[theme]) (score \(score), confidence \(String(format: "%.3f", assignment.confidence))\(shares))")
            } else {
                Console.out("- \(text)\n    → none (best score \(score) is below \(String(format: "%.3f", minScore)))")
            }
        }
    }
}
