public import Graph
public import Foundation
import Documents

import Linking

/// The people of a team server and what they decided: access tokens kept only as digests,
/// and the decisions' history with who and when.
extension Workspace {
    /// Adds `name` to the people who may use a team server (or gives her a new token, which
    /// ends her old one) and returns her token: shown this once, stored only as its digest.
    ///
    /// - Throws: ``WorkspaceError`` for an empty or over-long name; ``GraphError`` from the store.
    public func addTeamMember(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 100, !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw WorkspaceError(problem: "a person's name must be 1 to 100 characters without control characters", remedy: "give the name as the team knows her, such as \"Petra Biemans\"")
        }
        let token = Self.newToken()
        try store.addPerson(TeamMember(name: trimmed, tokenDigest: Self.digest(ofToken: token), added: Timestamp.now()))
        return token
    }

    /// The person whose access token is `token`, if any.
    public func teamMember(withToken token: String) throws -> TeamMember? {
        guard !token.isEmpty, token.utf8.count <= 256 else { return nil }
        return try store.person(tokenDigest: Self.digest(ofToken: token))
    }

    /// Everyone who may use a team server.
    public func teamMembers() throws -> [TeamMember] {
        try store.people()
    }

    /// Every version of the decisions, oldest first, with who made each and when (a team's
    /// store; one person's SQLite store keeps its decisions in the corpus folder's files).
    public func decisionHistory() throws -> [DecisionVersion] {
        try store.decisionHistory()
    }

    /// Whether the decisions in force are the store's (a team's), not the corpus folder's files.
    public var sharesDecisions: Bool { store.holdsDecisions }

    /// A token no one can guess: 128 random bits, in hexadecimal.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// The digest a token is kept as. Tokens are 128 random bits, so a plain SHA-256 cannot be
    /// turned back into one by trying.
    static func digest(ofToken token: String) -> String {
        ContentDigest.of(Data(token.utf8))
    }
}

extension Workspace {
    /// What importing or exporting did to one set of decisions.
    public struct DecisionTransfer: Sendable {
        public var set: DecisionSet
        /// The file written or read.
        public var file: URL
        /// Whether anything changed (an import of what is in force already changes nothing).
        public var changed: Bool
    }

    /// Writes the decisions in force — a team store's, or the corpus folder's — as
    /// `clusters.yaml` and `agenda-review.yaml` into `folder`.
    public func exportDecisions(to folder: URL) throws -> [DecisionTransfer] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let corrections = CorrectionsFile(corpus: folder), review = ReviewFile(corpus: folder)
        let before = (corrections.revision(), review.revision())
        try corrections.write(try self.corrections.read())
        try review.write(try agendaReview.read())
        return [
            DecisionTransfer(set: .corrections, file: corrections.url, changed: corrections.revision() != before.0),
            DecisionTransfer(set: .review, file: review.url, changed: review.revision() != before.1),
        ]
    }

    /// Makes the decisions of `clusters.yaml` and `agenda-review.yaml` in `folder` the ones in
    /// force, as `author`: a new version in a team store's history, or the corpus folder's
    /// files. A file that is absent leaves its set as it is.
    ///
    /// - Throws: ``WorkspaceError`` naming a file that is not valid; nothing is then changed.
    public func importDecisions(from folder: URL, by author: String) throws -> [DecisionTransfer] {
        let corrections = CorrectionsFile(corpus: folder), review = ReviewFile(corpus: folder)
        // Both are read, and so checked, before either is changed.
        let read = (
            FileManager.default.fileExists(atPath: corrections.url.path) ? try corrections.read() : nil,
            FileManager.default.fileExists(atPath: review.url.path) ? try review.read() : nil)
        var transfers: [DecisionTransfer] = []
        if let content = read.0 { transfers.append(try Self.make(content, from: corrections.url, in: self.corrections, by: author)) }
        if let content = read.1 { transfers.append(try Self.make(content, from: review.url, in: agendaReview, by: author)) }
        return transfers
    }

    private static func make<Content: DecisionContent>(_ content: Content, from file: URL, in decisions: Decisions<Content>, by author: String) throws -> DecisionTransfer {
        let current = try decisions.current()
        guard try decisions.revision(of: content) != current.revision else { return DecisionTransfer(set: Content.set, file: file, changed: false) }
        try decisions.replace(with: content, over: current, change: .named("import", file.lastPathComponent), author: author)
        return DecisionTransfer(set: Content.set, file: file, changed: true)
    }
}

/// Who made a review decision in force, and when: what a team's page shows beside the item.
public struct Authorship: Sendable, Hashable, Encodable {
    public var decision: ReviewDecision
    public var author: String
    public var time: String
}

extension Workspace {
    /// For each item of the agenda a person decided on, the newest decision with who made it
    /// and when, oldest first (a team's store; none where decisions are the corpus's files).
    public func reviewAuthorship() throws -> [Authorship] {
        guard store.holdsDecisions else { return [] }
        var newest: [ReviewDecision: Int] = [:]
        var made: [Authorship] = []
        let decoder = JSONDecoder()
        for version in try store.decisionHistory() where version.set == .review {
            // Undo and import name no single item.
            guard let decision = try? decoder.decode(ReviewDecision.self, from: Data(version.change.utf8)) else { continue }
            let key = decision.item
            if let index = newest[key] { made[index].author = "" }
            newest[key] = made.count
            made.append(Authorship(decision: decision, author: version.author, time: version.time))
        }
        return made.filter { !$0.author.isEmpty }
    }
}

extension ReviewDecision {
    /// The item decided on, without the verdict: two decisions on one item have the same.
    var item: ReviewDecision {
        switch self {
        case .link(var link):
            link.decision = .accept
            link.note = nil
            return .link(link)
        case .question(var question):
            question.decision = .notAQuestion
            return .question(question)
        case .initiative(var initiative):
            initiative.decision = .summary
            initiative.summary = nil
            return .initiative(initiative)
        }
    }
}
