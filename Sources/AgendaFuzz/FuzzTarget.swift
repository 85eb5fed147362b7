import CFuzzerDriver
import Foundation
import Graph

/// libFuzzer entry point: feeds each input to the reader `AGENDA_FUZZ_READER` names (text,
/// markdown, csv, decode, docx), through the interpreters that follow it. Built only by
/// `Scripts/fuzz.sh` (with `-sanitize=fuzzer`); a crash or sanitizer report is a finding.
/// The interpreters, made once: their patterns are compiled when they are made.
let workshops = WorkshopReportInterpreter()
let developmentGroups = DevelopmentGroupInterpreter()
let cases = CaseInterpreter()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let reader = ProcessInfo.processInfo.environment["AGENDA_FUZZ_READER"] ?? "text"
    let document = Document(id: "fuzz", path: "fuzz", kind: .workshopReport, contentHash: "")
    switch reader {
    case "docx":
        if let outline = try? DocxReader(limits: DocxReader.Limits(entryBytes: 1 << 20, totalBytes: 2 << 20)).read(data, file: "fuzz.docx", document: "fuzz") {
            _ = workshops.interpret(outline, document: document)
        }
    case "decode":
        _ = try? TextDecoding.decode(data, file: "fuzz")
    case "csv":
        let text = String(decoding: data, as: UTF8.self)
        _ = try? BoardExportInterpreter().interpret(CSVTable(parsing: text), document: document)
    case "markdown":
        let outline = MarkdownReader().read(String(decoding: data, as: UTF8.self), document: "fuzz")
        _ = workshops.interpret(outline, document: document)
    default:
        let text = String(decoding: data, as: UTF8.self)
        let outline = PlainTextReader().read(text, document: "fuzz")
        _ = workshops.interpret(outline, document: document)
        _ = developmentGroups.interpret(outline, document: document)
        _ = cases.interpret(outline, document: document)
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
