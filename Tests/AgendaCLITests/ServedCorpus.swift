import Foundation
import TestSupport

/// `agenda serve --port 0` running on a small corpus in a fresh folder, and requests to it
/// over real HTTP (curl, as any client would send them, `--path-as-is` included).
final class ServedCorpus: @unchecked Sendable {
    let agenda: AgendaRunner
    let process: Process
    let address: String
    var origin: String { String(address.dropLast()) }
    let sessionToken: String
    /// `access=TOKEN` when the server listens beyond loopback.
    private(set) var accessQuery: String?

    struct Answer {
        var status: Int
        var body: String
        var json: [String: Any]? { try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] }
    }

    /// Two tables of a board export, 30 notes each on two topics.
    static func writeCorpus(in agenda: AgendaRunner) throws {
        try FileManager.default.createDirectory(at: agenda.file("corpus"), withIntermediateDirectories: true)
        try "documents:\n  - file: bord.tsv\n".write(to: agenda.file("corpus/corpus.yaml"), atomically: true, encoding: .utf8)
        let topics = [
            ("Tafel 1", "Zorg", ["Mantelzorg naast betaald werk", "Mantelzorgers waarderen", "Zorg en werk in balans"]),
            ("Tafel 1", "Techniek", ["Robots nemen routinewerk over", "Robotisering van de werkvloer", "Nieuwe banen door techniek"]),
            ("Tafel 2", "Leren", ["Scholing van oudere werknemers", "Leren op de werkplek", "Ouderen blijven leren"]),
            ("Tafel 2", "Contracten", ["Flexibele contracten en zekerheid", "Tijdelijke contracten", "Zekerheid voor flexwerkers"]),
        ]
        var rows = ["Text\tTags\tArea"]
        for (table, area, phrases) in topics {
            for number in 1...15 { rows.append("\(phrases[number % 3]) (punt \(number))\t\(table)\t\(area)") }
        }
        try (rows.joined(separator: "\n") + "\n").write(to: agenda.file("corpus/bord.tsv"), atomically: true, encoding: .utf8)
    }

    /// Starts the server; `host` other than loopback makes it ask for its access token. With
    /// `bundled`, it serves a copy of the bundled corpus, as built by `agenda build`, instead
    /// of the small board export. `options` go to `agenda serve` as they are; what it says on
    /// stderr (its request log) is kept for ``log()``.
    ///
    /// `prepare` runs in the folder before the server starts (to copy the database, add
    /// people) and gives further options and, on a team server, the token to open the page with.
    init(host: String? = nil, bundled: Bool = false, options: [String] = [], prepare: (AgendaRunner) throws -> (options: [String], access: String?) = { _ in ([], nil) }) throws {
        if bundled {
            agenda = try AgendaRunner.withBuiltCorpus()
        } else {
            agenda = try AgendaRunner.withEmptyFolder()
            try Self.writeCorpus(in: agenda)
        }
        let prepared = try prepare(agenda)
        process = Process()
        process.executableURL = AgendaRunner.executable
        process.arguments = ["serve", "corpus", "--port", "0"] + (host.map { ["--host", $0] } ?? []) + options + prepared.options
        process.currentDirectoryURL = agenda.workingDirectory
        let output = Pipe()
        process.standardOutput = output
        _ = FileManager.default.createFile(atPath: agenda.file("serve.log").path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: agenda.file("serve.log"))
        try process.run()
        var seen = ""
        var found: String?
        while found == nil {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            seen += String(decoding: chunk, as: UTF8.self)
            found = seen.split(separator: "\n").first { $0.hasPrefix("open ") }.flatMap { $0.split(separator: " ").dropFirst().first }.map(String.init)
        }
        guard let found else { throw Failure(message: "the server did not say where it listens: \(seen)") }
        address = found.split(separator: "?").first.map(String.init) ?? found
        accessQuery = found.contains("?") ? String(found[found.index(after: found.firstIndex(of: "?") ?? found.startIndex)...]) : nil
        if let access = prepared.access { accessQuery = "access=\(access)" }
        let page = try Self.curl(["-s", "-w", "\n%{http_code}", address + (accessQuery.map { "?\($0)" } ?? "")]).body
        guard let range = page.range(of: #""sessionToken":""#) else { throw Failure(message: "the page carries no session token") }
        sessionToken = String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    struct Failure: Error { var message: String }

    /// What the server has said on stderr so far: a line per request, and its warnings.
    func log() throws -> String {
        try String(contentsOf: agenda.file("serve.log"), encoding: .utf8)
    }

    /// The port the server listens on.
    var port: Int { Int(address.split(separator: ":").last?.prefix { $0.isNumber } ?? "") ?? 0 }

    /// Stops the server as Ctrl-C does; its exit status.
    func stop() -> Int32 {
        if process.isRunning { kill(process.processIdentifier, SIGINT) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit { if process.isRunning { process.terminate() } }

    /// A request as the served page sends it: its Origin and session token, a JSON body.
    func post(_ path: String, _ body: String, headers: [String: String]? = nil) throws -> Answer {
        let headers = headers ?? ["Origin": origin, "X-Agenda-Session": sessionToken, "Content-Type": "application/json"]
        return try Self.curl(["-s", "-X", "POST", "--data-binary", "@-", "-w", "\n%{http_code}"] + headers.flatMap { ["-H", "\($0.key): \($0.value)"] } + [address + path], input: body)
    }

    func get(_ path: String, headers: [String: String] = [:]) throws -> Answer {
        try Self.curl(["-s", "--path-as-is", "-w", "\n%{http_code}"] + headers.flatMap { ["-H", "\($0.key): \($0.value)"] } + [address + path])
    }

    /// The report's data as the server has it now.
    func report() throws -> (revision: String, data: [String: Any]) {
        let answer = try get("api/report").json
        guard let revision = answer?["revision"] as? String, let data = answer?["report"] as? [String: Any] else { throw Failure(message: "no report") }
        return (revision, data)
    }

    static func curl(_ arguments: [String], input: String? = nil) throws -> Answer {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = arguments
        let stdout = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let split = text.range(of: "\n", options: .backwards)
        return Answer(status: Int(split.map { text[$0.upperBound...] } ?? "") ?? 0, body: split.map { String(text[..<$0.lowerBound]) } ?? text)
    }
}
