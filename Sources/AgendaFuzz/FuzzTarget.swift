import CFuzzerDriver
import Clustering
import Documents
import Foundation
import Graph

/// The interpreters, made once: their patterns are compiled when they are made.
struct FuzzInterpreters {
    let workshops: WorkshopReportInterpreter
    let developmentGroups: DevelopmentGroupInterpreter
    let cases: CaseInterpreter

    init() throws(GraphError) {
        workshops = try WorkshopReportInterpreter()
        developmentGroups = try DevelopmentGroupInterpreter()
        cases = try CaseInterpreter()
    }
}

/// `nil` only if the standard lexicon's patterns fail to compile, which the tests rule out.
let interpreters = try? FuzzInterpreters()

/// libFuzzer entry point: feeds each input to the target `AGENDA_FUZZ_READER` names.
///
/// The readers alone: `text`, `markdown`, `csv` (with the board-export interpreter), `decode`
/// (encoding detection), `docx` and `odt` (whole zipped files), `qdpx` (a REFI-QDA project's
/// XML), `yaml` (the corpus folder's YAML files, bounded), and `word-styles` and `odt-xml`
/// (a document's XML parts unzipped, separated by the byte 0x1E: body, styles, numbering), which
/// reach style resolution and list counting without the deflate layer in the way. The interpreters after the text reader:
/// `workshop-report`, `development-group` and `case`, whose many patterns make them the
/// slowest. Built only by `Scripts/fuzz.sh` (with `-sanitize=fuzzer`); a crash or sanitizer
/// report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let target = ProcessInfo.processInfo.environment["AGENDA_FUZZ_READER"] ?? "text"
    let document = Document(id: "fuzz", path: "fuzz", kind: .workshopReport, contentHash: "")
    func outline() -> Outline { PlainTextReader().read(String(decoding: data, as: UTF8.self), document: "fuzz") }
    switch target {
    case "docx":
        _ = try? DocxReader(limits: ArchiveLimits(entryBytes: 1 << 20, totalBytes: 2 << 20)).outline(data, file: "fuzz.docx", document: "fuzz")
    case "odt":
        _ = try? OdtReader(limits: ArchiveLimits(entryBytes: 1 << 20, totalBytes: 2 << 20)).outline(data, file: "fuzz.odt", document: "fuzz")
    case "word-styles":
        let parts = data.split(separator: 0x1E, maxSplits: 2, omittingEmptySubsequences: false).map { Data($0) }
        _ = try? DocxReader.outline(documentXML: parts[0], stylesXML: parts.count > 1 ? parts[1] : nil, numberingXML: parts.count > 2 ? parts[2] : nil, file: "fuzz.docx", document: "fuzz")
    case "odt-xml":
        let parts = data.split(separator: 0x1E, maxSplits: 1, omittingEmptySubsequences: false).map { Data($0) }
        _ = try? OdtReader.outline(contentXML: parts[0], stylesXML: parts.count > 1 ? parts[1] : nil, file: "fuzz.odt", document: "fuzz")
    case "qdpx":
        // A bare project XML (what a .qdpx holds as project.qde), its texts inside it.
        _ = try? QDPXReader(limits: ArchiveLimits(entryBytes: 1 << 20, totalBytes: 2 << 20)).read(data, file: "fuzz.qdpx", document: "fuzz")
    case "yaml":
        // The three YAML files of a corpus folder, each through the bounded reader.
        struct Manifest: Decodable { var documents: [CorpusManifest.Entry] }
        let text = String(decoding: data, as: UTF8.self)
        _ = try? YAMLText.decode(Manifest.self, from: text)
        _ = try? YAMLText.decode(ClusterCorrections.self, from: text)
        _ = try? YAMLText.decode([String: [String]].self, from: text)
    case "decode":
        _ = try? TextDecoding.decode(data, file: "fuzz")
    case "csv":
        _ = try? NotesListInterpreter().interpret(TableReader().read(String(decoding: data, as: UTF8.self), document: "fuzz"), document: document)
    case "markdown":
        _ = MarkdownReader().read(String(decoding: data, as: UTF8.self), document: "fuzz")
    case "workshop-report":
        _ = interpreters?.workshops.interpret(outline(), document: document)
    case "development-group":
        _ = interpreters?.developmentGroups.interpret(outline(), document: document)
    case "case":
        _ = interpreters?.cases.interpret(outline(), document: document)
    default:
        _ = outline()
    }
    return 0
}

/// The program's entry point: hands the command line to libFuzzer's driver.
@main
enum AgendaFuzz {
    static func main() {
        var count = CommandLine.argc
        var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&count, &arguments) { start, size in fuzz(start, size) })
    }
}
