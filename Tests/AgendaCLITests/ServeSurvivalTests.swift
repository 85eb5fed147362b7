import Foundation
import Testing
import TestSupport

/// `agenda serve` survives its documents and its connections: a document that once crashed the
/// process is read, one that cannot be read is a 4xx with one sentence while the report stays
/// as it was, and a flood of idle connections neither stops it nor starves the page.
@Suite(.serialized) struct ServeSurvivalTests {
    /// A Word list that starts at 2^63−1, which crashed every reader of it (and the server with it).
    static func hugeStartDocx() throws -> Data {
        let numbering = #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="9223372036854775807"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9223372036854775807"/></w:lvlOverride></w:num>"#
        let items = ["Thuiswerken vraagt nieuwe afspraken", "Thuiswerken en mantelzorg combineren", "Een thuiswerkplek voor iedereen"]
        return try OfficeFiles.docx(body: items.map { OfficeFiles.wordParagraph($0, numId: "1") }.joined(), numbering: numbering)
    }

    static func notes(_ server: ServedCorpus) throws -> [String] {
        (try server.report().data["notes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }

    @Test(.timeLimit(.minutes(10))) func staysUpThroughARereadOfHostileDocuments() throws {
        let server = try ServedCorpus(options: ["--verbose"])
        let pid = server.process.processIdentifier
        let manifest = server.agenda.file("corpus/corpus.yaml")
        let before = try Self.notes(server)

        // The file that crashed the server is read, and its notes shown.
        try Self.hugeStartDocx().write(to: server.agenda.file("corpus/lijst.docx"))
        try (try String(contentsOf: manifest, encoding: .utf8) + "  - file: lijst.docx\n    kind: notes\n").write(to: manifest, atomically: true, encoding: .utf8)
        let read = try server.post("api/reingest", "{}")
        #expect(read.status == 200, "\(read.body)")
        let withList = try Self.notes(server)
        #expect(withList.count == before.count + 3)
        #expect(withList.contains("Thuiswerken vraagt nieuwe afspraken"))

        // A document that cannot be read: one sentence naming it, the report as it was, nothing stored.
        let stats = try server.agenda.run("stats", "--json").stdout
        try Data("PK\u{3}\u{4}afgebroken".utf8).write(to: server.agenda.file("corpus/kapot.docx"))
        try (try String(contentsOf: manifest, encoding: .utf8) + "  - file: kapot.docx\n    kind: workshop-report\n").write(to: manifest, atomically: true, encoding: .utf8)
        let board = server.agenda.file("corpus/bord.tsv")
        try (try String(contentsOf: board, encoding: .utf8) + "Een geeltje dat pas met de rest wordt opgeslagen\tTafel 1\tZorg\n").write(to: board, atomically: true, encoding: .utf8)
        let refused = try server.post("api/reingest", "{}")
        #expect((400..<600).contains(refused.status))
        let sentence = refused.json?["error"] as? String ?? ""
        #expect(sentence.hasPrefix("kapot.docx: "), "\(refused.body)")
        #expect(!sentence.contains("\n"))
        #expect(server.process.isRunning && server.process.processIdentifier == pid)
        #expect(try server.get("").status == 200)
        #expect(try Self.notes(server) == withList)
        #expect(try server.agenda.run("stats", "--json").stdout == stats, "the board's new note is stored only with the rest")
        let log = try server.log()
        #expect(log.contains("POST /api/reingest 422"), "\(log)")
        #expect(log.contains("POST /api/reingest 200"), "\(log)")
        #expect(server.stop() == 0)
    }

    /// Holds `count` idle connections to `port` open from another process until the returned
    /// process's stdin closes.
    static func idleConnections(_ count: Int, to port: Int) throws -> (process: Process, input: Pipe) {
        let script = """
            import resource, socket, sys
            soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            held = [socket.create_connection(("127.0.0.1", int(sys.argv[1]))) for _ in range(int(sys.argv[2]))]
            sys.stdout.write(f"ready {len(held)}\\n")
            sys.stdout.flush()
            sys.stdin.read()
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, String(port), String(count)]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var line = ""
        while !line.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += String(decoding: chunk, as: UTF8.self)
        }
        guard line.hasPrefix("ready \(count)") else {
            process.terminate()
            throw ServedCorpus.Failure(message: "the idle connections were not all opened: \(line) \(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
        }
        return (process, input)
    }

    static func openDescriptors(of pid: Int32) -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd").count) ?? 0
    }

    /// 10,000 idle connections from another process: the server holds them, keeps its pid and
    /// answers the page at once (how fast is measured by `Scripts/bench_idle.sh`).
    @Test(.timeLimit(.minutes(5))) func answersThePageBesideTenThousandIdleConnections() throws {
        let server = try ServedCorpus(options: ["--idle-timeout", "600"])
        let pid = server.process.processIdentifier
        let idle = try Self.idleConnections(10_000, to: server.port)
        defer {
            try? idle.input.fileHandleForWriting.close()
            idle.process.waitUntilExit()
        }
        // The connections are open on the client's side at once; the server accepts them as fast as it can.
        let deadline = Date().addingTimeInterval(60)
        while Self.openDescriptors(of: pid) < 10_000, Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        #expect(Self.openDescriptors(of: pid) >= 10_000)
        for _ in 0..<3 {
            let page = try ServedCorpus.curl(["-s", "--max-time", "5", "-o", "/dev/null", "-w", "\n%{http_code}", server.address])
            #expect(page.status == 200)
        }
        #expect(server.process.isRunning && server.process.processIdentifier == pid)
        #expect(server.stop() == 0)
    }

    /// A connection that says nothing is closed after the idle timeout, and one past the most
    /// connections waits (it is not refused, nor does the server spin) until there is room.
    /// Quiet by default: a failed request is logged with its sentence, a good one is not.
    @Test(.timeLimit(.minutes(5))) func logsFailuresUnlessVerbose() throws {
        let server = try ServedCorpus()
        #expect(try server.get("").status == 200)
        #expect(try server.post("api/undo", "{}").status == 422)
        #expect(server.stop() == 0)
        let lines = try server.log().split(separator: "\n")
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.contains("POST /api/undo 422") == true && lines.first?.contains("there is no change made here to undo") == true, "\(lines)")
    }

    @Test(.timeLimit(.minutes(5))) func closesIdleConnectionsAndQueuesPastItsLimit() throws {
        let server = try ServedCorpus(options: ["--idle-timeout", "1", "--max-connections", "8"])
        let idle = try Self.idleConnections(8, to: server.port)
        defer {
            try? idle.input.fileHandleForWriting.close()
            idle.process.waitUntilExit()
        }
        let started = Date()
        let page = try ServedCorpus.curl(["-s", "--max-time", "20", "-o", "/dev/null", "-w", "\n%{http_code}", server.address])
        #expect(page.status == 200, "the page is answered once the idle connections are closed")
        #expect(Date().timeIntervalSince(started) >= 0.5, "the page waited for room")
        #expect(Self.openDescriptors(of: server.process.processIdentifier) < 8 + 64)
        #expect(server.stop() == 0)
    }
}
