/// The two sets of decisions people make on the automatic results.
public enum DecisionSet: String, Sendable, Hashable, Codable, CaseIterable {
    /// Corrections to the clusters (what `clusters.yaml` holds).
    case corrections
    /// Decisions on the draft agenda (what `agenda-review.yaml` holds).
    case review
}

/// One version of a decision set in a store's history: the whole set after one change, who
/// made the change, when, and what it was. The newest version of each set is the one in force.
public struct DecisionVersion: Sendable, Hashable, Codable {
    /// The version's place in the store's history, from 1; given by the store.
    public var sequence: Int
    public var set: DecisionSet
    /// Who made the change: a team member's name, or the local user's.
    public var author: String
    /// When (ISO 8601, UTC).
    public var time: String
    /// What was done, as JSON: the correction or decision, an undo or an import.
    public var change: String
    /// The whole set after the change (as JSON, in the toolkit's stores).
    public var content: String

    public init(sequence: Int = 0, set: DecisionSet, author: String, time: String, change: String, content: String) {
        self.sequence = sequence
        self.set = set
        self.author = author
        self.time = time
        self.change = change
        self.content = content
    }
}

/// Everything a store holds, as it was given to it: each document's and run's delta, with its
/// own versions of the shared entities, and the decisions' history. What copying a project from
/// one store to another moves (``GraphStoring/contents()``, ``GraphStoring/load(_:)``).
public struct StoreContents: Sendable {
    public var documents: [Ingestion]
    public var runs: [StoredRun]
    public var decisions: [DecisionVersion]
    public var people: [TeamMember]

    public init(documents: [Ingestion] = [], runs: [StoredRun] = [], decisions: [DecisionVersion] = [], people: [TeamMember] = []) {
        self.documents = documents
        self.runs = runs
        self.decisions = decisions
        self.people = people
    }
}

/// A stored run with its result.
public struct StoredRun: Sendable {
    public var run: Run
    public var delta: GraphDelta

    public init(run: Run, delta: GraphDelta) {
        self.run = run
        self.delta = delta
    }
}

/// A person of a team server, who signs in with an access token of her own.
public struct TeamMember: Sendable, Hashable, Codable {
    public var name: String
    /// The SHA-256 digest of her token (hex); the token is shown to her once and kept nowhere.
    public var tokenDigest: String
    /// When she was added or given her current token (ISO 8601).
    public var added: String

    public init(name: String, tokenDigest: String, added: String) {
        self.name = name
        self.tokenDigest = tokenDigest
        self.added = added
    }
}

/// What a consistency check looked at and what it found.
public struct IntegrityReport: Sendable, Hashable {
    /// What was checked, each as a phrase ("SQLite's integrity check").
    public var checks: [String]
    /// Each problem found, as a clause; none when all is well.
    public var problems: [String]

    public init(checks: [String] = [], problems: [String] = []) {
        self.checks = checks
        self.problems = problems
    }
}
