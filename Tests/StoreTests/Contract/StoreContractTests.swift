import Foundation
import Graph
import TestSupport
import Testing

/// What every store of the graph guarantees (``GraphStoring``), tested on each implementation.
@Suite struct StoreContractTests {
    static func sample(_ suffix: String = "") -> GraphDelta {
        GraphDelta(
            nodes: [
                Node(id: "doc:w1", kind: .workshop, label: "Werkatelier" + suffix, provenance: Provenance(document: "doc", line: 1)),
                Node(id: "doc:w1.n1", kind: .note, label: "Notitie", text: "Notitie <met> tekens & zo", provenance: Provenance(document: "doc", line: 2), properties: [.theme: "Thema"]),
            ],
            edges: [Edge(source: "doc:w1.n1", target: "doc:w1", kind: .partOf)])
    }

    /// A document naming a person and her organisation, with her role as it gives it.
    static func naming(_ document: String, role: String?) -> GraphDelta {
        var properties = Properties()
        if let role { properties.setList(.role, [role]) }
        return GraphDelta(
            nodes: [
                Node(id: "\(document):n1", kind: .note, label: "Notitie", provenance: Provenance(document: document, line: 1)),
                Node(id: "person:petra-biemans", kind: .person, label: "Petra Biemans", provenance: Provenance(document: document, line: 2), properties: properties),
                Node(id: "organisation:inholland", kind: .organisation, label: "Inholland", provenance: Provenance(document: document, line: 2)),
            ],
            edges: [Edge(source: "person:petra-biemans", target: "organisation:inholland", kind: .affiliatedWith)])
    }

    static func run(_ id: String, fingerprint: String) -> Run {
        Run(id: id, kind: .clustering, command: "agenda cluster --scope group --k auto", title: "clustering per group", date: nil, fingerprint: fingerprint)
    }

    @Test(arguments: StoreUnderTest.all)
    func storesAndReadsBackNodesAndEdges(_ kind: StoreUnderTest) throws {
        let folder = try TemporaryFolder()
        let store = try kind.open(folder.url)
        #expect(try store.ingest(testDocument("doc"), fingerprint: "f1", delta: Self.sample()) == .added)
        #expect(try store.nodes() == Self.sample().nodes)
        #expect(try store.edges() == Self.sample().edges)
        #expect(try store.nodes(kind: .note).first?.properties == [.theme: "Thema"])
        #expect(try store.node(id: "doc:w1.n1")?.text == "Notitie <met> tekens & zo")
        #expect(try store.node(id: "nergens") == nil)
        #expect(try store.documents().map(\.id) == ["doc"])
        #expect(try store.statistics() == GraphStatistics(documents: 1, nodes: [.note: 1, .workshop: 1], edges: [.partOf: 1]))
        // Opened again, the store holds the same graph.
        #expect(try kind.open(folder.url).snapshot() == store.snapshot())
    }

    @Test(arguments: StoreUnderTest.all)
    func writesNothingForAnUnchangedDocument(_ kind: StoreUnderTest) throws {
        let folder = try TemporaryFolder()
        let store = try kind.open(folder.url)
        try store.ingest(testDocument("doc"), fingerprint: "f1", delta: Self.sample())
        // The same fingerprint with a different delta proves nothing was written.
        #expect(try store.ingest(testDocument("doc"), fingerprint: "f1", delta: Self.sample(" anders")) == .unchanged)
        #expect(try store.nodes().first?.label == "Werkatelier")
    }

    @Test(arguments: StoreUnderTest.all)
    func replacesExactlyTheChangedDocument(_ kind: StoreUnderTest) throws {
        let folder = try TemporaryFolder()
        let store = try kind.open(folder.url)
        try store.ingest(testDocument("doc"), fingerprint: "f1", delta: Self.sample())
        let other = GraphDelta(nodes: [Node(id: "other:n1", kind: .note, label: "Ander", provenance: Provenance(document: "other", line: 1))])
        try store.ingest(testDocument("other"), fingerprint: "o1", delta: other)
        let changed = GraphDelta(nodes: [Node(id: "doc:w1", kind: .workshop, label: "Nieuw", provenance: Provenance(document: "doc", line: 1))])
        #expect(try store.ingest(testDocument("doc"), fingerprint: "f2", delta: changed) == .replaced)
        #expect(try store.nodes().map(\.label) == ["Nieuw", "Ander"])
        #expect(try store.edges().isEmpty)
    }

    @Test(arguments: StoreUnderTest.all)
    func storesAllDocumentsOrNoneAndKeepsTheStateBefore(_ kind: StoreUnderTest) throws {
        let folder = try TemporaryFolder()
        let store = try kind.open(folder.url)
        try store.ingest(testDocument("doc"), fingerprint: "f1", delta: Self.sample())
        var broken = Self.sample(" kapot")
        broken.nodes.append(broken.nodes[0])  // two nodes with one id fail inside the transaction
        let fine = GraphDelta(nodes: [Node(id: "b:n1", kind: .note, label: "Goed", provenance: Provenance(document: "b", line: 1))])
        #expect(throws: GraphError.self) {
            try store.ingest([Ingestion(document: testDocument("b"), fingerprint: "b1", delta: fine), Ingestion(document: testDocument("doc"), fingerprint: "f2", delta: broken)])
        }
        #expect(try store.nodes() == Self.sample().nodes)
        #expect(try store.edges() == Self.sample().edges)
        #expect(try store.documents().map(\.id) == ["doc"])
        // The old fingerprint still stands: the next ingest of the old content writes nothing.
        #expect(try store.ingest(testDocument("doc"), fingerprint: "f1", delta: Self.sample()) == .unchanged)
    }

    @Test(arguments: StoreUnderTest.all)
    func keepsListsAsListsWhateverTheirItemsHold(_ kind: StoreUnderTest) throws {
        let folder = try TemporaryFolder()
        let store = try kind.open(folder.url)
        var node = Node(id: "doc:n1", kind: .note, label: "Notitie", provenance: Provenance(document: "doc", line: 1))
        node.properties.setList(.keywords, ["werk; inkomen", "leren, ontwikkelen", "zorg"])
        node.properties[.description] = "een tekst; met, scheidingstekens"
        var edge = Edge(source: "doc:n1", target: "doc:n1", kind: .linksTo, weight: 0.5)
        edge.properties.setList(.sharedTerms, ["a, b", "c; d"])
        try store.ingest(testDocument("doc"), fingerprint: "f", delta: GraphDelta(nodes: [node], edges: [edge]))
        let stored = try #require(try store.node(id: "doc:n1"))
        #expect(stored.properties.list(.keywords) == ["werk; inkomen", "leren, ontwikkelen", "zorg"])
        #expect(stored.properties[.description] == "een tekst; met, scheidingstekens")
        #expect(try store.edges().first?.properties.list(.sharedTerms) == ["a, b", "c; d"])
        #expect(try store.edges().first?.weight == 0.5)
    }

    @Test(arguments: StoreUnderTest.all)
    func mergesAnEntityNamedInTwoDocumentsAndKeepsItWhileOneStillNamesIt(_ kind: StoreUnderTest) throws {
        let folder = try TemporaryFolder()
        let store = try kind.open(folder.url)
        try store.ingest(testDocument("a"), fingerprint: "a1", delta: Self.naming("a", role: "lector HRM"))
        try store.ingest(testDocument("b"), fingerprint: "b1", delta: Self.naming("b", role: "lector Persoonlijk Ondernemerschap"))
        let people = try store.nodes(kind: .person)
        #expect(people == [SharedEntity.merged([Self.naming("a", role: "lector HRM").nodes[1], Self.naming("b", role: "lector Persoonlijk Ondernemerschap").nodes[1]])])
        #expect(people.first?.properties.list(.role) == ["lector HRM", "lector Persoonlijk Ondernemerschap"])
        // The same edge stated by both documents is one edge.
        #expect(try store.edges().filter { $0.kind == .affiliatedWith }.count == 1)
        #expect(try store.statistics().edges[.affiliatedWith] == 1)

        // Document a no longer names her: she stays, as b gives her.
        try store.ingest(testDocument("a"), fingerprint: "a2", delta: GraphDelta(nodes: [Node(id: "a:n1", kind: .note, label: "Notitie", provenance: Provenance(document: "a", line: 1))]))
        let remaining = try store.nodes(kind: .person)
        #expect(remaining.first?.properties.list(.role) == ["lector Persoonlijk Ondernemerschap"])
        #expect(remaining.first?.provenance.document == "b")

        // No document names her: she is gone.
        try store.ingest(testDocument("b"), fingerprint: "b2", delta: GraphDelta())
        #expect(try store.nodes(kind: .person).isEmpty)
        #expect(try store.nodes(kind: .organisation).isEmpty)
    }

    @Test(arguments: StoreUnderTest.all)
    func keepsRunsApartFromDocuments(_ kind: StoreUnderTest) throws {
        let folder = try TemporaryFolder()
        let store = try kind.open(folder.url)
        try store.ingest(testDocument("doc"), fingerprint: "f1", delta: Self.sample())
        let cluster = Node(id: "run-1:c1", kind: .cluster, label: "Werk", provenance: Provenance(document: "elders", line: 0))
        let clustering = GraphDelta(nodes: [cluster], edges: [Edge(source: "doc:w1.n1", target: "run-1:c1", kind: .assignedTo, weight: 0.7)])
        #expect(try store.store(Self.run("run-1", fingerprint: "r1"), delta: clustering) == .added)
        #expect(try store.documents().map(\.id) == ["doc"])
        #expect(try store.runs() == [Self.run("run-1", fingerprint: "r1")])
        let statistics = try store.statistics()
        #expect(statistics.documents == 1 && statistics.runs == 1 && statistics.nodes[.cluster] == 1 && statistics.edges[.assignedTo] == 1)
        // A run's nodes name the run as their source.
        #expect(try store.node(id: "run-1:c1")?.provenance.document == "run-1")
        let snapshot = try store.snapshot()
        #expect(snapshot.runs.map(\.id) == ["run-1"] && snapshot.documents.map(\.id) == ["doc"])

        // The same fingerprint writes nothing; another replaces the run's whole result.
        #expect(try store.store(Self.run("run-1", fingerprint: "r1"), delta: GraphDelta()) == .unchanged)
        #expect(try store.store(Self.run("run-1", fingerprint: "r2"), delta: GraphDelta()) == .replaced)
        #expect(try store.nodes(kind: .cluster).isEmpty && store.edges().allSatisfy { $0.kind != .assignedTo })
        // Re-ingesting a document leaves the runs alone.
        try store.store(Self.run("run-1", fingerprint: "r3"), delta: clustering)
        try store.ingest(testDocument("doc"), fingerprint: "f2", delta: Self.sample(" opnieuw"))
        #expect(try store.nodes(kind: .cluster).count == 1)
    }

    @Test(arguments: StoreUnderTest.all)
    func keepsEveryVersionOfTheDecisionsAndRefusesOneMadeOnAStaleVersion(_ kind: StoreUnderTest) throws {
        let folder = try TemporaryFolder()
        let store = try kind.open(folder.url)
        #expect(try store.decisions(.review) == nil)
        let first = try store.appendDecisions(DecisionVersion(set: .review, author: "Petra", time: "2026-12-04T10:00:00Z", change: "{}", content: "links: []\n"), after: 0)
        let second = try store.appendDecisions(DecisionVersion(set: .review, author: "Jan", time: "2026-12-04T10:01:00Z", change: "{\"x\":1}", content: "links: [a]\n"), after: first.sequence)
        #expect(second.sequence > first.sequence)
        // Jan's change was made on the first version too: refused, and nothing written.
        #expect { try store.appendDecisions(DecisionVersion(set: .review, author: "Jan", time: "t", change: "{}", content: "x"), after: first.sequence) } throws: { ($0 as? GraphError)?.code == .conflict }
        // The other set has its own newest version.
        try store.appendDecisions(DecisionVersion(set: .corrections, author: "Petra", time: "t", change: "{}", content: "pin: []\n"), after: 0)
        #expect(try store.decisions(.review) == second)
        #expect(try store.decisionHistory().map(\.author) == ["Petra", "Jan", "Petra"])
        #expect(try kind.open(folder.url).decisions(.review)?.content == "links: [a]\n")
    }

    /// Every store copied into every other gives the same graph, in the same order, and the same history.
    @Test(arguments: StoreUnderTest.all, StoreUnderTest.all)
    func copiesEverythingIntoAnEmptyStore(_ from: StoreUnderTest, _ to: StoreUnderTest) throws {
        let (sourceFolder, targetFolder) = (try TemporaryFolder(), try TemporaryFolder())
        let source = try from.open(sourceFolder.url)
        try source.ingest(testDocument("a"), fingerprint: "a1", encoding: "UTF-8", delta: Self.naming("a", role: "lector HRM"))
        try source.ingest(testDocument("b"), fingerprint: "b1", delta: Self.naming("b", role: "lector Persoonlijk Ondernemerschap"))
        try source.ingest(testDocument("doc"), fingerprint: "f1", delta: Self.sample())
        let cluster = Node(id: "run-1:c1", kind: .cluster, label: "Werk", provenance: Provenance(document: "elders", line: 0))
        try source.store(Self.run("run-1", fingerprint: "r1"), delta: GraphDelta(nodes: [cluster], edges: [Edge(source: "doc:w1.n1", target: "run-1:c1", kind: .assignedTo, weight: 0.7)]))
        try source.appendDecisions(DecisionVersion(set: .corrections, author: "Petra", time: "t1", change: "{}", content: "pin: []\n"), after: 0)
        try source.addPerson(TeamMember(name: "Petra", tokenDigest: "abc", added: "t0"))

        let target = try to.open(targetFolder.url)
        try target.load(try source.contents())
        #expect(try target.snapshot() == source.snapshot())
        #expect(try target.statistics() == source.statistics())
        #expect(try target.decisionHistory() == source.decisionHistory())
        #expect(try target.people() == source.people())
        // Fingerprints came along: the same content writes nothing.
        #expect(try target.ingest(testDocument("a"), fingerprint: "a1", delta: GraphDelta()) == .unchanged)
        // Numbering goes on after the copied history.
        let next = try target.appendDecisions(DecisionVersion(set: .corrections, author: "Jan", time: "t2", change: "{}", content: "pin: [x]\n"), after: 1)
        #expect(next.sequence == 2)
        // A store that holds a graph is not overwritten.
        #expect { try target.load(try source.contents()) } throws: { ($0 as? GraphError)?.problem.contains("already holds") == true }
    }

    @Test(arguments: StoreUnderTest.all)
    func findsAPersonByTheDigestOfTheirTokenAndGivesANewTokenInPlaceOfTheOld(_ kind: StoreUnderTest) throws {
        let folder = try TemporaryFolder()
        let store = try kind.open(folder.url)
        try store.addPerson(TeamMember(name: "Petra Biemans", tokenDigest: "d1", added: "t1"))
        try store.addPerson(TeamMember(name: "Jan", tokenDigest: "d2", added: "t1"))
        #expect(try store.person(tokenDigest: "d1")?.name == "Petra Biemans")
        #expect(try store.person(tokenDigest: "nobody") == nil)
        try store.addPerson(TeamMember(name: "Petra Biemans", tokenDigest: "d3", added: "t2"))
        #expect(try store.person(tokenDigest: "d1") == nil)
        #expect(try store.people().map(\.name) == ["Jan", "Petra Biemans"])
        // Two people cannot share a token.
        #expect(throws: GraphError.self) { try store.addPerson(TeamMember(name: "Kees", tokenDigest: "d2", added: "t3")) }
        #expect(try store.integrityCheck().problems.isEmpty)
    }
}
