import ArgumentParser
import Foundation
import Workspace

/// `agenda-bench background`: make the background that ships with the toolkit from a corpus.
struct BackgroundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "background",
        abstract: "Write the shipped background (passages and lexicon) from a corpus folder; Scripts/make-background.sh runs it."
    )

    @Option(help: "The corpus folder.")
    var corpus: String = "corpus"

    @Option(help: "Where the resources go.")
    var output: String = "Sources/Workspace/Resources"

    func run() throws {
        try ShippedBackground.write(corpus: URL(fileURLWithPath: corpus), to: URL(fileURLWithPath: output))
        print("wrote \(output)/\(ShippedBackground.passagesFile) and \(output)/\(ShippedBackground.lexiconFile)")
    }
}
