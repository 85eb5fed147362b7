import ArgumentParser
import Linking

/// `agenda link`: compute, store and print the cross-links.
struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Link research questions and themes to the systemic questions, and initiatives to what they address.",
        discussion: "Links scoring below --threshold are not made; each question, theme or initiative gets at most --per-question links. The links are stored as links-to and addresses edges."
    )

    @Option(help: "The lowest similarity (0–1) that makes a link.")
    var threshold: Double = CrossLinker.defaultThreshold

    @Option(help: "The most links per question, theme or initiative.")
    var perQuestion: Int = CrossLinker.defaultPerSource

    @Option(help: "The corpus folder (background text and lexicon).")
    var corpus: String = "corpus"

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var store: StoreOptions

    struct Output: Encodable {
        var linksTo: [CrossLink]
        var addresses: [CrossLink]
    }

    func validate() throws {
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold takes a number from 0 to 1, not \(threshold)") }
        guard perQuestion >= 1 else { throw ValidationError("--per-question takes a whole number of at least 1, not \(perQuestion)") }
    }

    func run() throws {
        let workspace = try store.workspace(corpus: corpus)
        let run = try workspace.link(threshold: threshold, perSource: perQuestion, analysis: try workspace.textAnalysis())
        if json {
            try JSONOutput.print(Output(linksTo: run.linksTo, addresses: run.addresses))
            return
        }
        let labels = Dictionary(try workspace.graph().nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        for link in run.linksTo {
            Console.out("\(labels[link.source] ?? link.source) → \(labels[link.target] ?? link.target) (\(String(format: "%.3f", link.score)); \(link.sharedTerms.joined(separator: ", ")))")
        }
        Console.out("\(run.linksTo.count) links to systemic questions, \(run.addresses.count) initiative links")
    }
}
