import Documents
public import Foundation
public import Graph

/// One set of decisions (the cluster corrections or the agenda review) where a workspace keeps
/// it: the corpus folder's file for one person's SQLite store, rows with their history for a
/// team's store (``GraphStoring/holdsDecisions``), each version as JSON with sorted keys
/// (quick to read and write however many decisions a team makes). `agenda corrections
/// export|import` moves them between the two.
public struct Decisions<Content: DecisionContent>: Sendable {
    enum Place: Sendable {
        case file(DecisionFile<Content>)
        case store(any GraphStoring)
    }

    let place: Place

    /// The decisions as they are now, and what a change to them is made against.
    public struct Current: Sendable {
        public var content: Content
        /// The digest of the decisions' text: what a page shows and sends back with a change.
        public var revision: String
        /// The store's newest version, which a change must still follow (0 for none, or a file).
        var sequence: Int
    }

    /// Where they are, for messages: the file's path, or the database.
    public var location: String {
        switch place {
        case .file(let file): file.url.path
        case .store(let store): "the \(Content.set.rawValue) in \(store.location ?? "the database")"
        }
    }

    /// The revision of the decisions as they are now (that of none when there are none).
    public func revision() throws -> String {
        switch place {
        case .file(let file): file.revision()
        case .store(let store): Self.revision(of: try store.decisions(Content.set)?.content ?? "")
        }
    }

    /// The revision `content` would have here.
    public func revision(of content: Content) throws -> String {
        Self.revision(of: try text(of: content))
    }

    /// The text this place keeps for `content`: the file's YAML, or a store's JSON.
    func text(of content: Content) throws -> String {
        switch place {
        case .file: return try DecisionFile<Content>.encoded(content)
        case .store:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(content), as: UTF8.self)
        }
    }

    /// The decisions in the text of a store's version (none in an empty one).
    static func stored(_ text: String) throws -> Content {
        text.isEmpty ? Content() : try JSONDecoder().decode(Content.self, from: Data(text.utf8))
        }

    /// The decisions as they are now, checked to be at `revision` when one is given.
    ///
    /// - Throws: ``DecisionConflict`` when they changed since `revision`; ``WorkspaceError``
    ///   when they are not valid.
    public func current(at revision: String? = nil) throws -> Current {
        let current: Current
        switch place {
        case .file(let file):
            try file.require(revision: revision)
            current = Current(content: try file.read(), revision: file.revision(), sequence: 0)
        case .store(let store):
            let newest = try store.decisions(Content.set)
            let text = newest?.content ?? ""
            let content: Content
            do {
                content = try Self.stored(text)
            } catch {
                throw WorkspaceError(file: location, problem: "the decisions' newest version cannot be read (\(error))", remedy: "import a valid file with `agenda corrections import`")
            }
            current = Current(content: content, revision: Self.revision(of: text), sequence: newest?.sequence ?? 0)
        }
        if let revision, revision != current.revision { throw DecisionConflict(file: location, current: current.revision) }
        return current
    }

    /// The decisions as they are now; none when there are none.
    public func read() throws -> Content {
        try current().content
    }

    /// Replaces the decisions with `content`, made against `current`, by `author` doing
    /// `change`; returns the new revision. A store keeps the version with who, when and what.
    ///
    /// - Throws: ``DecisionConflict`` when another change came in after `current`.
    @discardableResult
    public func replace(with content: Content, over current: Current, change: DecisionChange, author: String) throws -> String {
        let text = try text(of: content)
        switch place {
        case .file(let file):
            return try file.write(content)
        case .store(let store):
            let version = DecisionVersion(set: Content.set, author: author, time: Timestamp.now(), change: change.json, content: text)
            do {
                try store.appendDecisions(version, after: current.sequence)
            } catch let error where error.code == .conflict {
                throw DecisionConflict(file: location, current: try revision())
            }
            return Self.revision(of: text)
        }
    }

    static func revision(of text: String) -> String {
        ContentDigest.of(Data(text.utf8))
    }

}

/// When a person did something, as the store keeps it.
enum Timestamp {
    /// Now, in ISO 8601 (UTC, to the second).
    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}

/// What a person did to a set of decisions, as a store's history keeps it (JSON).
public struct DecisionChange: Sendable {
    /// The change as JSON, with sorted keys.
    public var json: String

    /// A correction or review decision, as the page sent it.
    public init(_ made: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        json = (try? encoder.encode(made)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// A change of a kind with no content of its own: an undo, an import.
    public static func named(_ name: String, _ detail: String? = nil) -> DecisionChange {
        DecisionChange([name: detail ?? ""])
    }
}
