import Foundation
import Testing
import TestSupport
@testable import Export

/// The report's front end as files: each script parses, the model says what a saved report
/// means, the saved report still fits the data contract, and no Swift source holds page code.
@Suite struct ReportFrontEndTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized
    static let front = sources.appendingPathComponent("Sources/Export/HTML/Front")
    static let savedReport = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/report-data.json").standardized

    static var scripts: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: front.path)) ?? []
        return names.filter { $0.hasSuffix(".js") }.sorted().map { front.appendingPathComponent($0) }
    }

    @Test(.enabled(if: ExternalTool.isInstalled("node")))
    func everyScriptAndThePagesWholeScriptParse() throws {
        #expect(Self.scripts.map(\.lastPathComponent) == ["errors.js", "live.js", "model.js", "report.js"])
        let folder = try TemporaryFolder()
        let whole = folder.url.appendingPathComponent("page.js")
        try (ReportFrontEnd.errorCatcher + "\n" + ReportFrontEnd.script + "\n" + ReportFrontEnd.liveScript).write(to: whole, atomically: true, encoding: .utf8)
        for script in Self.scripts + [whole] {
            let outcome = try #require(ExternalTool.outcome("node", ["--check", script.path]))
            #expect(outcome.status == 0, "\(script.lastPathComponent): \(outcome.output)")
        }
    }

    @Test(.enabled(if: ExternalTool.isInstalled("node")))
    func theCheckCatchesAScriptError() throws {
        let folder = try TemporaryFolder()
        let broken = folder.url.appendingPathComponent("broken.js")
        let text = try String(contentsOf: Self.front.appendingPathComponent("model.js"), encoding: .utf8)
        try text.replacingOccurrences(of: "function decimal(value) {", with: "function decimal(value {").write(to: broken, atomically: true, encoding: .utf8)
        let outcome = try #require(ExternalTool.outcome("node", ["--check", broken.path]))
        #expect(outcome.status != 0)
        #expect(outcome.output.contains("SyntaxError"))
    }

    @Test(.enabled(if: ExternalTool.isInstalled("node")))
    func theModelSaysWhatTheSavedReportMeans() throws {
        let tests = Self.sources.appendingPathComponent("Tests/ExportTests/Front/model.test.js")
        let outcome = try #require(ExternalTool.outcome("node", ["--test", tests.path]))
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(outcome.output.contains("# pass 7"), "\(outcome.output)")
    }

    @Test func theSavedReportFitsTheDataContract() throws {
        let data = try JSONDecoder().decode(ReportData.self, from: Data(contentsOf: Self.savedReport))
        #expect(data.maps.map(\.level) == [.all, .workshop, .group])
        #expect(data.legend == .standard, "the saved report's legend is the toolkit's; save it again from a build")
        #expect(Set(data.network.nodes.map(\.kind)).isSubset(of: Set(GraphLayout.networkKinds)))
    }

    @Test func oneLegendColoursTheReportAndTheExports() {
        let legend = ReportData.Legend.standard
        #expect(legend.kinds.map(\.kind) == GraphLayout.networkKinds)
        for entry in legend.kinds { #expect(entry.colour == NodeStyle.of(entry.kind).hex) }
        #expect(legend.clusterColours == GraphAppearance.palette.map(\.hex))
        #expect(legend.levels.first { $0.level == .all }?.name == "")
    }

    @Test func thePageHasThePlaceholdersTheWriterFills() throws {
        #expect(ReportFrontEnd.placeholders(in: ReportFrontEnd.page) == ["connect", "title", "style", "errors", "title", "agenda", "data", "live", "script"])
        #expect(ReportFrontEnd.fill("a{{x}}b{{y}}c", with: ["x": "{{y}}", "y": "2"]) == "a{{y}}b2c")
        let page = try HTMLReportWriter().page(ReportData(title: "T", notes: [], maps: [], groups: [], network: .init(nodes: [], edges: []), sources: [], about: .init(version: "0", documents: [], parameters: [])), agenda: AgendaDocument(title: "A", introduction: [], sections: []))
        #expect(!page.contains("{{"))
        #expect(page.hasSuffix("</body>\n</html>\n"))
    }

    @Test func noSwiftSourceHoldsThePagesStyleOrScript() throws {
        let sources = Self.sources.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 50)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for mark in ["addEventListener(", "document.getElementById(", "border-collapse:", "<!DOCTYPE html>"] {
                #expect(!text.contains(mark), "\(file.lastPathComponent) holds page code (\(mark))")
            }
        }
    }
}
