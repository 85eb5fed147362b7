import Foundation
import TestSupport
import Testing

/// `agenda cluster` and `agenda evaluate` end to end.
@Suite struct ClusterCommandTests {
    static let notes = """
        Mantelzorg betalen en waarderen
        Mantelzorg naast betaald werk
        Waardering voor mantelzorgers
        Robots op de werkvloer
        Robotisering en nieuwe banen
        Wat betekenen robots voor werk?
        """

    /// A file clustered in a folder without a corpus gets the background that ships with the
    /// toolkit: the same clusters as with `--corpus` at the bundled corpus, for each group of
    /// the bundled corpus that grouped its own notes.
    @Test func clustersAFileInAnEmptyFolderAsWithTheBundledCorpus() throws {
        let groups = try BundledCorpus.ingested().store.snapshot().groupNotes(themedOnly: true).filter(\.isSelfGrouped)
        #expect(groups.count >= 8)
        let agenda = try AgendaRunner.withEmptyFolder()
        for (number, group) in groups.enumerated() {
            let file = "group-\(number).txt"
            try (group.notes.map { ($0.text ?? $0.label).replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n") + "\n")
                .write(to: agenda.file(file), atomically: true, encoding: .utf8)
            let alone = try agenda.run("cluster", file, "--json")
            #expect(alone.status == 0, "\(alone.stderr)")
            #expect(!alone.stderr.contains("ships with the toolkit is missing"))
            let withCorpus = try agenda.run("cluster", file, "--json", "--corpus", BundledCorpus.folder.path)
            #expect(alone.stdout == withCorpus.stdout, "\(group.group.label)")
        }
    }

    @Test func clustersAFileAndPrintsTheDocumentedJSON() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        try Self.notes.write(to: agenda.file("notes.txt"), atomically: true, encoding: .utf8)
        let result = try agenda.run("cluster", "notes.txt", "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["k", "assignments", "clusters"])
        let k = try #require(json["k"] as? Int)
        let assignments = try #require(json["assignments"] as? [Int])
        let clusters = try #require(json["clusters"] as? [[String: Any]])
        #expect(assignments.count == 6)
        #expect(clusters.count == k)
        #expect(clusters.allSatisfy { Set($0.keys) == ["label", "keywords", "members"] })
        for (index, cluster) in clusters.enumerated() {
            let members = try #require(cluster["members"] as? [Int])
            #expect(members.allSatisfy { assignments[$0] == index })
        }
        #expect(assignments == [0, 0, 0, 1, 1, 1])
        // No database was touched.
        #expect(!FileManager.default.fileExists(atPath: agenda.file("agenda.sqlite").path))
        // Byte-identical on a second run.
        #expect(try agenda.run("cluster", "notes.txt", "--json").stdout == result.stdout)
    }

    @Test func takesWordNetFromTheFolderGivenAndNamesAFolderWithoutIt() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        // "Papers" and "publications" meet only in WordNet; "papers about robots" shares a word with the robots.
        try "Papers about robots\nPublications\nRobots\nRobots in the hall\n".write(to: agenda.file("english.txt"), atomically: true, encoding: .utf8)
        let fixture = AgendaRunner.root.appendingPathComponent("Tests/ClusteringTests/Fixtures/wordnet").path
        // A WordNet that knows no words: the files are there, but empty.
        let empty = agenda.file("empty-wordnet")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        for name in ["index.noun", "data.noun", "index.verb", "data.verb", "index.adj", "data.adj"] {
            try Data().write(to: empty.appendingPathComponent(name))
        }
        func assignments(_ wordNet: String) throws -> [Int]? {
            // No corpus: the English notes are their own background.
            let result = try agenda.run("cluster", "english.txt", "--language", "en", "--corpus", "no-corpus", "--wordnet", wordNet, "--k", "2", "--json")
            #expect(result.status == 0, "\(result.stderr)")
            return try (JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["assignments"] as? [Int]
        }
        #expect(try assignments(empty.path) == [0, 1, 0, 0])
        #expect(try assignments(fixture) == [0, 0, 1, 1])

        let missing = try agenda.run("cluster", "english.txt", "--wordnet", agenda.file("no-wordnet").path)
        #expect(missing.status != 0)
        #expect(missing.stderr.hasPrefix("error: \(agenda.file("no-wordnet").path): no WordNet there"))
        #expect(missing.stdout.isEmpty)
    }

    @Test func readsACSVWithATextColumnAndHonoursK() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        let csv = "id,text\n" + Self.notes.split(separator: "\n").enumerated().map { "\($0 + 1),\"\($1)\"" }.joined(separator: "\n")
        try csv.write(to: agenda.file("notes.csv"), atomically: true, encoding: .utf8)
        let result = try agenda.run("cluster", "notes.csv", "--k", "3", "--json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["k"] as? Int == 3)
        let bad = try agenda.run("cluster", "notes.csv", "--k", "veel")
        #expect(bad.status == 64 && bad.stderr.hasPrefix("Error: The value 'veel' is invalid for '--k <k>'") && bad.stderr.contains("auto, or the number of clusters"))
    }

    @Test func clusterAndIngestReadABoardExportAlike() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        let board = """
            Content,Frame,Author
            "<p>Mantelzorg <b>waarderen</b></p>",Zorg,Anna
            "Werk &amp; zorg
            combineren",Zorg,Bram
            "<p>Robots op de werkvloer</p><p>en in de zorg</p>",Techniek,Anna
            Nieuwe banen door robots,Techniek,Carla
            """
        try board.write(to: agenda.file("board.csv"), atomically: true, encoding: .utf8)
        let clustered = try agenda.run("cluster", "board.csv", "--k", "2")
        #expect(clustered.status == 0)
        let members = clustered.stdout.split(separator: "\n").filter { $0.hasPrefix("   - ") }.map { String($0.dropFirst(5)) }
        #expect(try agenda.run("ingest", "board.csv", "--kind", "notes").status == 0)
        let notes = try #require(try agenda.json("list", "note", "--json") as? [[String: Any]])
        let ingested = notes.compactMap { $0["text"] as? String }
        #expect(ingested == ["Mantelzorg waarderen", "Werk & zorg combineren", "Robots op de werkvloer en in de zorg", "Nieuwe banen door robots"])
        #expect(members.sorted() == ingested.sorted())
    }

    @Test func largeFilesTakeTheGraphMethodWithTheSameResultOnAnyNumberOfThreads() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        // Lines of the corpus as notes: more than the automatic switch needs.
        let report = try String(contentsOf: agenda.file("corpus/bpa-werkateliers-2018.txt"), encoding: .utf8)
        let lines = report.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.split(separator: " ").count >= 4 }
        try #require(lines.count >= 300)
        try lines.joined(separator: "\n").write(to: agenda.file("lines.txt"), atomically: true, encoding: .utf8)
        let auto = try agenda.run("cluster", "lines.txt", "--json", "--threads", "1")
        let graph = try agenda.run("cluster", "lines.txt", "--json", "--method", "graph", "--threads", "2")
        #expect(auto.status == 0)
        #expect(auto.stdout == graph.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(auto.stdout.utf8)) as? [String: Any])
        let assignments = try #require(json["assignments"] as? [Int])
        #expect(assignments.count == lines.count)
        #expect((json["k"] as? Int ?? 0) > 1)
        let spectral = try agenda.run("cluster", "notes.txt", "--method", "kmeans")
        #expect(spectral.status == 64 && spectral.stderr.hasPrefix("Error: The value 'kmeans' is invalid for '--method <method>'. Please provide one of 'auto', 'spectral' or 'graph'."))
    }

    @Test func honoursTheCorrectionsFileBesideTheCorpus() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        try Self.notes.write(to: agenda.file("notes.txt"), atomically: true, encoding: .utf8)
        try """
            pin:
              - note: Robots op de werkvloer
                cluster: Zorg en techniek
              - note: Mantelzorg betalen en waarderen
                cluster: Zorg en techniek
            """.write(to: agenda.file("corpus/clusters.yaml"), atomically: true, encoding: .utf8)
        let result = try agenda.run("cluster", "notes.txt", "--json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let assignments = try #require(json["assignments"] as? [Int])
        #expect(assignments[0] == assignments[3])
        let clusters = try #require(json["clusters"] as? [[String: Any]])
        #expect(clusters[assignments[0]]["label"] as? String == "Zorg en techniek")

        try "pin: [kapot".write(to: agenda.file("corpus/clusters.yaml"), atomically: true, encoding: .utf8)
        let broken = try agenda.run("cluster", "notes.txt")
        #expect(broken.status != 0 && broken.stderr.hasPrefix("error: ") && broken.stderr.contains("clusters.yaml"))
    }

    @Test func storesARunPerGroupAndEvaluatesIt() throws {
        let agenda = try AgendaRunner.withBuiltCorpus()
        let clusters = try #require(try agenda.json("list", "cluster", "--json") as? [[String: Any]])
        #expect(!clusters.isEmpty)
        #expect(clusters.allSatisfy { ($0["properties"] as? [String: Any])?["scope"] as? String == "group" })
        // A list-valued property is a JSON array of strings.
        #expect(clusters.allSatisfy { !((($0["properties"] as? [String: Any])?["keywords"] as? [String]) ?? []).isEmpty })
        let shown = try agenda.run("show", try #require(clusters.first?["id"] as? String))
        #expect(shown.stdout.contains("← assigned-to"))

        let perWorkshop = try agenda.run("cluster", "--scope", "workshop", "--json")
        #expect(perWorkshop.status == 0, "\(perWorkshop.stderr)")
        let stats = try #require(try agenda.json("stats", "--json") as? [String: Any])
        #expect(stats["runs"] as? Int == 3)  // clustering per group and per workshop, cross-links
        #expect(stats["documents"] as? Int == 5)

        let evaluation = try #require(try agenda.json("evaluate", "--json") as? [String: Any])
        let groups = try #require(evaluation["groups"] as? [[String: Any]])
        #expect(groups.count == 10)
        let mean = try #require(evaluation["meanARI"] as? Double)
        #expect(mean > 0.05)
        #expect(try agenda.run("evaluate", "--json").stdout == (try agenda.run("evaluate", "--json").stdout))
    }
}
