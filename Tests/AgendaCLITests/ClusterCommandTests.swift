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
        let groups = try BundledCorpus.ingested().graph().groupNotes(themedOnly: true).filter(\.isSelfGrouped)
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

    /// The `agenda` binary copied alone into an empty folder (as into `/usr/local/bin`) carries
    /// the shipped background inside it: it clusters every self-grouped group of the bundled
    /// corpus as the one in the build folder does, and says nothing of a missing background.
    @Test func aCopiedBinaryClustersAsTheBuiltOne() throws {
        let groups = try BundledCorpus.ingested().graph().groupNotes(themedOnly: true).filter(\.isSelfGrouped)
        let agenda = try AgendaRunner.withEmptyFolder()
        let bin = try TemporaryFolder()
        let copy = bin.file("agenda")
        try FileManager.default.copyItem(at: AgendaRunner.executable, to: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: bin.url.path) == ["agenda"])
        for (number, group) in groups.enumerated() {
            let file = "group-\(number).txt"
            try (group.notes.map { ($0.text ?? $0.label).replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n") + "\n")
                .write(to: agenda.file(file), atomically: true, encoding: .utf8)
            let copied = try agenda.runArray(["cluster", file, "--json"], executable: copy)
            #expect(copied.status == 0, "\(copied.stderr)")
            #expect(copied.stderr.isEmpty, "\(copied.stderr)")
            #expect(copied.stdout == (try agenda.run("cluster", file, "--json")).stdout, "\(group.group.label)")
        }
    }

    @Test func clustersAFileAndPrintsTheDocumentedJSON() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        try Self.notes.write(to: agenda.file("notes.txt"), atomically: true, encoding: .utf8)
        let result = try agenda.run("cluster", "notes.txt", "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["k", "assignments", "clusters", "notes"])
        let k = try #require(json["k"] as? Int)
        let assignments = try #require(json["assignments"] as? [Int])
        let clusters = try #require(json["clusters"] as? [[String: Any]])
        #expect(assignments.count == 6)
        #expect(clusters.count == k)
        #expect(clusters.allSatisfy { Set($0.keys) == ["label", "keywords", "members", "uncertain"] })
        // Every note says how clearly it belongs and what it shares with its cluster.
        let notes = try #require(json["notes"] as? [[String: Any]])
        #expect(notes.count == 6)
        for (index, note) in notes.enumerated() {
            let confidence = try #require(note["confidence"] as? Double)
            #expect((-1...1).contains(confidence))
            #expect(note["next"] as? Int != assignments[index])
            #expect(note["shared"] is [String])
        }
        #expect((notes[0]["shared"] as? [String])?.contains("mantelzorg") == true)
        #expect((notes[3]["shared"] as? [String])?.contains("robots") == true)
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
        // Every note of a part with its confidence and next cluster; each cluster's least
        // certain notes are its own members.
        let run = try #require(try JSONSerialization.jsonObject(with: Data(perWorkshop.stdout.utf8)) as? [String: Any])
        let parts = try #require(run["parts"] as? [[String: Any]])
        for part in parts {
            let partClusters = try #require(part["clusters"] as? [[String: Any]])
            let notes = try #require(part["notes"] as? [[String: Any]])
            #expect(notes.count == partClusters.reduce(0) { $0 + (($1["members"] as? [String])?.count ?? 0) })
            for cluster in partClusters {
                let members = Set(try #require(cluster["members"] as? [String]))
                #expect(Set(try #require(cluster["uncertain"] as? [String])).isSubset(of: members))
            }
            let ids = Set(partClusters.compactMap { $0["id"] as? String })
            #expect(notes.allSatisfy { note in ids.contains(note["cluster"] as? String ?? "") && (note["next"] as? String).map { $0 != note["cluster"] as? String && ids.contains($0) } ?? true })
        }
        // The stored assigned-to edges carry the confidence as weight and the shared words.
        let firstCluster = try #require(clusters.first?["id"] as? String)
        let member = try #require(try agenda.json("show", firstCluster, "--json") as? [String: Any])
        let edges = try #require(member["edges"] as? [[String: Any]])
        #expect(edges.contains { $0["kind"] as? String == "assigned-to" && $0["weight"] is Double })
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

    /// New notes go to the theme whose notes they resemble, or to none; the themes come from a
    /// board export or from the groups' own themes in the database.
    @Test func assignsNewNotesToThemesOrToNone() throws {
        let agenda = try AgendaRunner.withCorpusCopy()
        try """
            Text,Group,Theme
            Mantelzorg betalen en waarderen,Groep geel,Mantelzorg
            Mantelzorg naast betaald werk,Groep geel,Mantelzorg
            Waardering voor mantelzorgers,Groep geel,Mantelzorg
            Robots op de werkvloer,Groep geel,Robotisering
            Robotisering en nieuwe banen,Groep geel,Robotisering
            Wat betekenen robots voor werk?,Groep geel,Robotisering

            """.write(to: agenda.file("board.csv"), atomically: true, encoding: .utf8)
        try "Robots die banen overnemen\nMantelzorgers verdienen waardering\nQuorx zlemph brindavul\n".write(to: agenda.file("new.txt"), atomically: true, encoding: .utf8)
        let result = try agenda.run("assign", "new.txt", "--themes", "board.csv", "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["themes"] as? [String] == ["Mantelzorg", "Robotisering"])
        let notes = try #require(json["notes"] as? [[String: Any]])
        #expect(notes.map { $0["theme"] as? String } == ["Robotisering", "Mantelzorg", nil])
        #expect(notes.allSatisfy { Set($0.keys).isSubset(of: ["text", "theme", "score", "confidence", "next", "shared"]) && $0["score"] is Double })
        #expect((notes[0]["shared"] as? [String])?.contains("robots") == true)
        #expect(try agenda.run("assign", "new.txt", "--themes", "board.csv", "--json").stdout == result.stdout)

        // From the database: the groups' own themes.
        #expect(try agenda.run("build").status == 0)
        let stored = try agenda.run("assign", "new.txt", "--json")
        #expect(stored.status == 0, "\(stored.stderr)")
        let themes = try #require((try JSONSerialization.jsonObject(with: Data(stored.stdout.utf8)) as? [String: Any])?["themes"] as? [String])
        #expect(themes.count > 10 && themes.allSatisfy { $0.contains(" / ") })

        // A file without themes is an error that names it.
        try "Alleen een regel\n".write(to: agenda.file("plain.txt"), atomically: true, encoding: .utf8)
        let none = try agenda.run("assign", "new.txt", "--themes", "plain.txt", "--kind", "notes")
        #expect(none.status == 1 && none.stderr.hasPrefix("error: ") && none.stderr.contains("plain.txt"))
    }
}
