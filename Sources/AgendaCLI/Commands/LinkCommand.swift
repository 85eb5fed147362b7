import ArgumentParser
import Foundation
import Graph
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

    func run() throws {
        guard (0...1).contains(threshold) else { throw CommandFailure(message: "--threshold takes a number from 0 to 1, not \(threshold)") }
        guard perQuestion >= 1 else { throw CommandFailure(message: "--per-question takes a whole number of at least 1") }
        let store = try store.open()
        let run = try Self.compute(store: store, corpus: corpus, threshold: threshold, perSource: perQuestion)
        try run.store(in: store)
        if json {
            try JSONOutput.print(Output(linksTo: run.linksTo, addresses: run.addresses))
            return
        }
        let labels = Dictionary(try store.snapshot().nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        for link in run.linksTo {
            Console.out("\(labels[link.source] ?? link.source) → \(labels[link.target] ?? link.target) (\(String(format: "%.3f", link.score)); \(link.sharedTerms.joined(separator: ", ")))")
        }
        Console.out("\(run.linksTo.count) links to systemic questions, \(run.addresses.count) initiative links")
    }

    static func compute(store: GraphStore, corpus: String, threshold: Double, perSource: Int) throws -> LinkRun {
        try compute(store: store, context: try ClusteringContext.load(corpus: corpus), threshold: threshold, perSource: perSource)
    }

    /// The links, with the text analysis `context` already loaded.
    static func compute(store: GraphStore, context: ClusteringContext, threshold: Double, perSource: Int) throws -> LinkRun {
        let linker = CrossLinker(setup: context.setup, threshold: threshold, perSource: perSource)
        let (linksTo, addresses) = linker.links(in: try store.snapshot())
        return LinkRun(linksTo: linksTo, addresses: addresses, threshold: threshold, perSource: perSource)
    }
}
