import Foundation
import Testing
@testable import Documents
import Graph
import TestSupport

/// People and organisations found in the corpus, against what a careful reader finds
/// (`Fixtures/stakeholders.json`).
@Suite struct StakeholderRecallTests {
    struct Fixture: Decodable {
        struct Expected: Decodable {
            var people: [String]
            var organisations: [String]
        }
        var documents: [String: Expected]
    }

    struct Score {
        var found = 0, expected = 0, correct = 0
        var precision: Double { found == 0 ? 1 : Double(correct) / Double(found) }
        var recall: Double { expected == 0 ? 1 : Double(correct) / Double(expected) }
        mutating func add(found: Set<String>, expected: Set<String>) {
            self.found += found.count
            self.expected += expected.count
            correct += found.intersection(expected).count
        }
    }

    static func measure() throws -> (people: Score, organisations: Score, misses: [String], extras: [String]) {
        let url = Fixtures.folder.appendingPathComponent("stakeholders.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        let corpus = try Corpus.open(Fixtures.corpus)
        let names = OrganisationNames(lexicon: corpus.lexicon)
        func key(_ organisation: String) -> String { OrganisationNames.key(names.canonical(organisation).name) }
        var people = Score(), organisations = Score()
        var misses: [String] = [], extras: [String] = []
        for entry in corpus.manifest.documents {
            guard let expected = fixture.documents[entry.file], let kind = entry.kind else { continue }
            let text = try String(contentsOf: corpus.url(of: entry), encoding: .utf8)
            let document = Document(id: "d", path: entry.file, kind: kind, title: entry.title, date: entry.date, contentHash: "")
            let outline = PlainTextReader().read(text, document: "d")
            let delta = try Interpreters.interpreter(for: kind, lexicon: corpus.lexicon).interpret(outline, document: document)
            let foundPeople = Set(delta.nodes.filter { $0.kind == .person }.map(\.label))
            let foundOrganisations = Set(delta.nodes.filter { $0.kind == .organisation }.map { key($0.label) })
            let expectedOrganisations = Set(expected.organisations.map(key))
            people.add(found: foundPeople, expected: Set(expected.people))
            organisations.add(found: foundOrganisations, expected: expectedOrganisations)
            misses += Set(expected.people).subtracting(foundPeople).map { "\(entry.file): \($0)" }
            misses += expectedOrganisations.subtracting(foundOrganisations).map { "\(entry.file): \($0)" }
            extras += foundPeople.subtracting(expected.people).map { "\(entry.file): \($0)" }
            extras += foundOrganisations.subtracting(expectedOrganisations).map { "\(entry.file): \($0)" }
        }
        return (people, organisations, misses.sorted(), extras.sorted())
    }

    @Test func findsPeopleWithHighPrecisionAndRecall() throws {
        let (people, _, misses, extras) = try Self.measure()
        print("people: precision \(people.precision), recall \(people.recall) (\(people.correct) of \(people.expected) found, \(people.found) in all)")
        #expect(people.precision >= 0.9, "extras: \(extras)")
        #expect(people.recall >= 0.9, "misses: \(misses)")
    }

    @Test func findsOrganisationsWithHighPrecision() throws {
        let (_, organisations, misses, extras) = try Self.measure()
        print("organisations: precision \(organisations.precision), recall \(organisations.recall) (\(organisations.correct) of \(organisations.expected)); misses \(misses); extras \(extras)")
        #expect(organisations.precision >= 0.9, "extras: \(extras)")
        // Recall is reported in the closing note; names with no cue in the text are missed.
        #expect(organisations.recall >= 0.75, "misses: \(misses)")
    }
}
