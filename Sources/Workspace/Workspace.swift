public import Clustering
public import Documents
public import Export
public import Foundation
public import Graph
public import Linking
import Store

/// The application layer: a corpus folder and a database, and every job the toolkit does on
/// them — ingest, cluster, link, evaluate, draft the agenda, export, build.
///
/// The command line, the benchmarks and the tests call this and nothing else, so there is
/// one way the work is done. Warnings and progress go to the ``Reporter``.
///
/// ```swift
/// let workspace = try Workspace(corpus: URL(fileURLWithPath: "corpus"), database: "agenda.sqlite", reporter: reporter)
/// let summary = try workspace.build(output: URL(fileURLWithPath: "out"))
/// ```
public struct Workspace: Sendable {
    /// The corpus folder: `corpus.yaml`, `lexicon.yaml`, `clusters.yaml` and the documents.
    public let corpusFolder: URL
    /// The graph, held by the store contract: nothing outside the workspace reaches it.
    let store: any GraphStoring
    public let reporter: any Reporter
    /// The formats read, with the limits on how large a file may be and what a Word document may inflate to.
    public let readers: ReaderRegistry

    /// A workspace on `corpus` with the database file at `database`.
    ///
    /// - Throws: ``GraphError`` when the database cannot be opened.
    public init(corpus: URL, database: String, reporter: any Reporter, readers: ReaderRegistry = .standard()) throws {
        self.init(corpus: corpus, store: try StoreOpener.open(database), reporter: reporter, readers: readers)
    }

    /// A workspace on `corpus` with `store` (an in-memory store for tests and benchmarks, or
    /// another implementation of the store contract).
    public init(corpus: URL, store: any GraphStoring, reporter: any Reporter, readers: ReaderRegistry = .standard()) {
        corpusFolder = corpus
        self.store = store
        self.reporter = reporter
        self.readers = readers
    }

    // MARK: Ingesting

    /// Ingests every document the corpus manifest lists; files it does not list are warned about.
    ///
    /// - Throws: ``GraphError`` when the folder has no valid manifest or a document cannot be
    ///   read; nothing is then stored (see ``ingest(paths:kind:)``).
    public func ingestCorpus() throws -> [Ingestor.Report] {
        try ingest(paths: [corpusFolder.path], kind: nil)
    }

    /// Ingests files and corpus folders, all or nothing. A file's kind is `kind`, or else what
    /// the `corpus.yaml` beside it says, or else notes for a table; a folder must hold a `corpus.yaml`.
    ///
    /// Every document is read first, side by side; only when all could be read are they stored,
    /// in one transaction. A document that cannot be read is the error thrown (any further ones
    /// are warnings), and the database is then as it was.
    public func ingest(paths: [String], kind: DocumentKind?) throws -> [Ingestor.Report] {
        var jobs: [(file: String, read: @Sendable () throws(GraphError) -> Ingestor.Interpreted)] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw GraphError(.unreadableFile, file: path, problem: "no such file or folder", remedy: "check the path")
            }
            if isDirectory.boolValue {
                let corpus = try Corpus.open(url)
                for file in corpus.unlisted {
                    reporter.warning("\(corpus.folder.appendingPathComponent(file).path) is not listed in \(CorpusManifest.fileName) and was not ingested; add it with its kind to ingest it")
                }
                let ingestor = Ingestor(store: store, lexicon: corpus.lexicon, lexiconDigest: corpus.lexiconDigest, readers: readers)
                for entry in corpus.manifest.documents {
                    jobs.append((entry.file, { () throws(GraphError) in try ingestor.interpreted(corpus.url(of: entry), kind: entry.kind, title: entry.title, date: entry.date) }))
                }
                continue
            }
            let folder = url.deletingLastPathComponent()
            let manifestURL = folder.appendingPathComponent(CorpusManifest.fileName)
            let entry = FileManager.default.fileExists(atPath: manifestURL.path)
                ? try CorpusManifest.load(from: manifestURL).entry(for: url.lastPathComponent) : nil
            let (lexicon, digest) = try Corpus.loadLexicon(in: folder)
            let ingestor = Ingestor(store: store, lexicon: lexicon, lexiconDigest: digest, readers: readers)
            let kind = kind ?? entry?.kind
            jobs.append((path, { () throws(GraphError) in try ingestor.interpreted(url, kind: kind, title: entry?.title, date: entry?.date) }))
        }
        let read = concurrently(jobs.map { job in
            { @Sendable () -> Result<Ingestor.Interpreted, GraphError> in Result { () throws(GraphError) in try job.read() } }
        })
        var interpreted: [Ingestor.Interpreted] = []
        var failures: [GraphError] = []
        for (job, result) in zip(jobs, read) {
            reporter.progress("reading \(job.file)…")
            switch result {
            case .success(let document): interpreted.append(document)
            case .failure(let error): failures.append(error)
            }
        }
        if var first = failures.first {
            for further in failures.dropFirst() { reporter.warning(further.description) }
            if !interpreted.isEmpty {
                let unread = failures.count == 1 ? "this document" : "\(failures.count) documents"
                first.remedy = (first.remedy.map { $0 + "; " } ?? "") + "nothing was stored, since \(unread) of the \(jobs.count) could not be read and an ingest stores all of them or none"
            }
            throw first
        }
        return try Ingestor.store(interpreted, in: store)
    }

    /// The stored graph as it is now.
    public func graph() throws -> GraphSnapshot {
        try store.snapshot()
    }

    /// The stored graph with the corpus's review applied (``AgendaReview``): what every export,
    /// the agenda and the report show. Each decision that matches nothing in the graph is said
    /// in one warning line.
    ///
    /// - Throws: ``WorkspaceError`` when the review file is not valid.
    ///
    /// - Parameter graph: the stored graph, when the caller holds it as it is now; else it is read.
    public func reviewedGraph(of graph: GraphSnapshot? = nil) throws -> GraphSnapshot {
        let review = agendaReview
        let applied = try review.read().applied(to: try graph ?? store.snapshot())
        for decision in applied.unmatched {
            reporter.warning("\(review.location): the decision on \(decision) matches nothing in the documents; correct or remove it")
        }
        return applied.snapshot
    }

    /// Counts of the stored documents and runs, and of nodes and edges by kind.
    public func statistics() throws -> GraphStatistics {
        try store.statistics()
    }

    /// The stored nodes of `kind` (all when `nil`), in document order.
    public func nodes(kind: NodeKind? = nil) throws -> [Node] {
        try store.nodes(kind: kind)
    }

    /// The stored node with `id` and the edges that start or end at it, in document order.
    ///
    /// - Throws: ``WorkspaceError`` naming the database when no node has that id.
    public func node(id: String) throws -> (node: Node, edges: [Edge]) {
        guard let node = try store.node(id: id) else {
            throw WorkspaceError(file: store.location, problem: "no node has the id '\(id)'", remedy: "`agenda list KIND` prints the ids")
        }
        return (node, try store.edges().filter { $0.source == id || $0.target == id })
    }

    /// Stores `delta` as the whole content of `document` (a generated document, for benchmarks
    /// and tests), replacing what it held before unless `fingerprint` is the stored one.
    @discardableResult
    public func store(_ document: Document, fingerprint: String, delta: GraphDelta) throws -> IngestOutcome {
        try store.ingest(document, fingerprint: fingerprint, delta: delta)
    }

    // MARK: Text analysis

    /// The text analysis of this corpus with `settings`: load it once for several jobs.
    public func textAnalysis(_ settings: ClusteringSettings = ClusteringSettings()) throws -> TextAnalysis {
        var analysis = try TextAnalysis.load(corpus: corpusFolder, settings: settings, reporter: reporter)
        // A team's store holds the corrections in force, unless a file is named.
        if store.holdsDecisions, settings.corrections == nil {
            let corrections = self.corrections
            let file = CorrectionsFile(corpus: corpusFolder)
            if FileManager.default.fileExists(atPath: file.url.path), file.revision() != (try corrections.revision()) {
                reporter.warning("\(file.url.path) is not what the team's database holds and is not used; `agenda corrections import` makes it the corrections in force")
            }
            analysis.corrections = try corrections.read()
            analysis.correctionsFile = analysis.corrections.isEmpty ? nil : corrections.location
        }
        return analysis
    }

    // MARK: Clustering

    /// Clusters the stored notes per `scope` and stores the run, replacing the previous run of
    /// that scope; with `maps`, each part's map is made from the same vectors (kept in memory).
    public func cluster(scope: ClusterScope, count: ClusterCount, analysis: TextAnalysis, maps: Bool = false) throws -> ClusterRun {
        var parts = ClusterRun.parts(of: try store.snapshot(), scope: scope)
        analysis.checkCorrections(against: parts.flatMap { $0.notes.map { $0.text ?? $0.label } })
        // The parts do not depend on each other: they are clustered side by side.
        let made = concurrently(parts.map { part in
            { @Sendable () -> (ClusterResult, NoteMap?) in
                let texts = part.notes.map { $0.text ?? $0.label }
                if maps { return analysis.clusterAndMap(texts, count: count) }
                return (analysis.cluster(texts, count: count), nil)
            }
        })
        for (index, (result, map)) in made.enumerated() {
            parts[index].result = result
            parts[index].map = map
        }
        let run = ClusterRun(scope: scope, count: count, parts: parts)
        try run.store(in: store)
        return run
    }

    /// The notes of the file at `path` and their clusters; no database is touched.
    public static func cluster(file path: String, count: ClusterCount, analysis: TextAnalysis) throws -> (notes: [String], result: ClusterResult) {
        let notes = try NotesFile.read(path)
        analysis.checkCorrections(against: notes)
        return (notes, analysis.cluster(notes, count: count))
    }

    /// Clusters the themed notes of every group that grouped its own notes and compares the
    /// clusters with the group's themes.
    ///
    /// - Throws: ``WorkspaceError`` when no group grouped its notes.
    public func evaluate(count: ClusterCount, analysis: TextAnalysis) throws -> Evaluation {
        let groups = try store.snapshot().groupNotes(themedOnly: true).filter(\.isSelfGrouped)
        guard !groups.isEmpty else {
            throw WorkspaceError(file: store.location, problem: "no group in the database put its notes under two or more themes, so there is nothing to compare with", remedy: "ingest a workshop report or a board export with groups first")
        }
        analysis.checkCorrections(against: groups.flatMap { $0.notes.map { $0.text ?? $0.label } })
        let rows = groups.map { group -> Evaluation.Group in
            let texts = group.notes.map { $0.text ?? $0.label }
            let themes = group.themes.map { $0 ?? "" }
            let result = analysis.cluster(texts, count: count)
            return Evaluation.Group(
                group: group.group.label, workshop: group.group.properties[.workshop] ?? "", notes: texts.count,
                themes: Set(themes).count, clusters: result.k,
                ari: Evaluation.rounded(Agreement.adjustedRandIndex(themes, result.assignments)),
                nmi: Evaluation.rounded(Agreement.normalizedMutualInformation(themes, result.assignments)))
        }
        return Evaluation(
            groups: rows,
            meanARI: Evaluation.rounded(rows.map(\.ari).reduce(0, +) / Double(rows.count)),
            meanNMI: Evaluation.rounded(rows.map(\.nmi).reduce(0, +) / Double(rows.count)))
    }

    // MARK: Linking

    /// Computes the cross-links and stores them, replacing the previous ones.
    public func link(threshold: Double = CrossLinker.defaultThreshold, perSource: Int = CrossLinker.defaultPerSource, analysis: TextAnalysis) throws -> LinkRun {
        let snapshot = try store.snapshot()
        analysis.language(of: snapshot.nodes.filter { $0.kind == .question || $0.kind == .theme }.map { $0.text ?? $0.label })
        let linker = CrossLinker(setup: analysis.setup, threshold: threshold, perSource: perSource)
        let (linksTo, addresses) = linker.links(in: snapshot)
        let run = LinkRun(linksTo: linksTo, addresses: addresses, threshold: threshold, perSource: perSource)
        try run.store(in: store)
        return run
    }

    // MARK: Exporting

    /// Drafts the agenda from the stored graph and writes it in `format` (Markdown, Word, or
    /// a format registered in `renderers`) to `url`.
    public func writeAgenda(_ format: AgendaFormat, to url: URL, analysis: TextAnalysis, renderers: AgendaRenderers = .standard()) throws {
        try AgendaExport(try reviewedGraph(), analysis: analysis).write(format, to: url, renderers: renderers)
    }

    /// Writes the lector's report, one self-contained HTML page, to `url`.
    public func writeReport(to url: URL, analysis: TextAnalysis) throws {
        try HTMLReport(try reviewedGraph(), analysis: analysis, readers: readers, reporter: reporter).write(to: url)
    }

    // MARK: The main job

    /// What `build` did.
    public struct BuildSummary: Sendable {
        public var ingested: [Ingestor.Report]
        public var clusters: ClusterRun
        public var links: LinkRun
        public var statistics: GraphStatistics
        public var graphFile: URL
        public var agendaFile: URL
        public var wordFile: URL
        public var reportFile: URL
    }

    /// The main job: ingest the corpus, cluster the notes per group, link, and write
    /// `graph.graphml`, `agenda.md`, `agenda.docx` and the report `index.html` into `output`.
    public func build(output: URL) throws -> BuildSummary {
        let ingested = try ingestCorpus()
        let analysis = try textAnalysis()
        let clusters = try cluster(scope: .group, count: .automatic, analysis: analysis, maps: true)
        let links = try link(analysis: analysis)
        // Every file is written from one reading of the finished graph, with the review applied.
        let graph = try reviewedGraph()
        let graphFile = output.appendingPathComponent("graph.graphml")
        let writer = GraphMLWriter()
        try AtomicFile(graphFile).write { output in writer.write(graph, to: &output) }
        let agendaFile = output.appendingPathComponent("agenda.md")
        let agenda = AgendaExport(graph, analysis: analysis)
        try agenda.write(.markdown, to: agendaFile)
        let wordFile = output.appendingPathComponent("agenda.docx")
        try agenda.write(.word, to: wordFile)
        let reportFile = output.appendingPathComponent("index.html")
        try HTMLReport(graph, analysis: analysis, agenda: agenda, groupMaps: clusters.maps, readers: readers, reporter: reporter).write(to: reportFile)
        return BuildSummary(ingested: ingested, clusters: clusters, links: links, statistics: try store.statistics(), graphFile: graphFile, agendaFile: agendaFile, wordFile: wordFile, reportFile: reportFile)
    }
}
