public import Graph
/// Reads a case text (a congress report, a project description, an opinion piece) into the
/// initiatives it describes, with their organisations, people, year and the questions they raise.
///
/// An initiative is found by name: a quoted name after an initiative word ("het project
/// ‘Simpel Switchen’", "“Corporaties in beweging”, een initiatief van …"); a capitalised name
/// built on an initiative word ("Circulaire Hub", "Waarde van Werk Monitor"); "het project …";
/// or a described one ("een regionaal servicepunt", "een nieuwe benadering van …"). A section
/// that names organisations but no initiative is an initiative of its own, under its heading.
public struct CaseInterpreter: DocumentInterpreter {
    public let lexicon: Lexicon
    /// The stakeholder patterns, compiled once for every document this interpreter reads.
    let entities: EntityMentions
    let patterns: InitiativePatterns

    public init(lexicon: Lexicon = .standard) throws(GraphError) {
        self.lexicon = lexicon
        entities = try EntityMentions(lexicon: lexicon)
        patterns = try InitiativePatterns(lexicon: lexicon)
    }

    /// Described initiatives: an adjective and a word for a service or a new way of working
    /// ("een regionaal servicepunt", "een nieuwe benadering van …").
    static let described = #"\b(?:een|het|de)\s+((?:\p{Ll}+\s+(?:servicepunt|loket)|(?:nieuwe|eigen|regionale|integrale)\s+(?:benadering|aanpak|werkwijze))(?:\s+van\s+(?:\p{Ll}+\s+)?\p{Ll}+)?)\b"#

    public func interpret(_ outline: Outline, document: Document) -> GraphDelta {
        var builder = DeltaBuilder(document: document.id, lexicon: lexicon)
        let documentYear = outline.blocks.lazy.compactMap { Self.year(in: $0.text) }.first
        // A byline at the top ("Door A (organisatie) & B") names the authors: what the piece
        // proposes is theirs, not of those it quotes.
        var authors: [String] = []
        if let byline = outline.blocks.prefix(3).first(where: { Self.isByline($0.text) }) {
            let found = entities.record(byline, mentionedBy: nil, in: &builder, stakeholderGroups: false)
            authors = found.people + found.organisations
        }
        for section in Section.split(outline) {
            var named: [(name: String, block: OutlineBlock)] = []
            var sectionEntities: [String] = []
            var questions: [String] = []
            if let heading = section.heading { sectionEntities += entities.record(heading, mentionedBy: nil, in: &builder, stakeholderGroups: false).people }
            for block in section.blocks {
                let found = entities.record(block, mentionedBy: nil, in: &builder, stakeholderGroups: false)
                sectionEntities += found.people + found.organisations
                for name in initiativeNames(in: block.text) where !named.contains(where: { $0.name.lowercased() == name.lowercased() }) {
                    named.append((name, block))
                }
                questions += WorkshopReportInterpreter.sentences(of: block.text).filter { $0.hasSuffix("?") }
            }
            if let heading = section.heading, isInitiativeName(heading.text) {
                let name = Self.withoutArticle(heading.text)
                named.removeAll { $0.name == name }
                named.insert((name, heading), at: 0)
            }
            let sectionText = section.blocks.map(\.text).joined(separator: " ")
            // A section about an organisation named twice or more is a case under its heading.
            let namedTwice = Set(sectionEntities).contains { id in
                guard let entity = builder.node(id), entity.kind == .organisation else { return false }
                let label = entity.label
                return sectionText.lowercased().components(separatedBy: label.lowercased()).count > 2
            }
            if named.isEmpty, let heading = section.heading, namedTwice, TextShape.wordCount(heading.text) >= 2 {
                named.append((heading.text, heading))
            }
            named = named.filter { name in
                !named.contains { other in other.name != name.name && other.name.lowercased().hasSuffix(name.name.lowercased()) }
            }
            for (name, block) in named {
                let id = builder.id("initiative." + NodeID.slug(name))
                guard builder.node(id) == nil else { continue }
                let sentences = WorkshopReportInterpreter.sentences(of: sectionText).filter { $0.localizedLowercase.contains(name.lowercased()) }
                // A section about this case alone describes it whole; a section of several cases by
                // the sentences that name it.
                let description = named.count == 1 ? sectionText
                    : (sentences.isEmpty ? Array(WorkshopReportInterpreter.sentences(of: sectionText).prefix(2)) : Array(sentences.prefix(3))).joined(separator: " ")
                var properties: Properties = [.section: .text(section.title(or: document.title ?? document.id))]
                if let year = Self.year(in: description) ?? Self.year(in: sectionText) ?? document.date.map({ String($0.prefix(4)) }) ?? documentYear { properties[.year] = year }
                properties.setList(.questions, questions)
                properties[.summary] = CaseSummary(lexicon: lexicon).summary(of: sectionText, name: name)
                builder.add(Node(id: id, kind: .initiative, label: name, text: description, provenance: builder.provenance(block), properties: properties))
                // The people and organisations of the sentences about it, or else of its section.
                let about = Set(sentences.flatMap { sentence -> [String] in
                    entities.people.mentions(in: sentence).map { NodeID.person(named: $0.name) }
                        + entities.organisations.organisations(in: sentence).map { NodeID.organisation(key: OrganisationNames.key(entities.names.canonical($0).name)) }
                })
                let involved = authors.isEmpty
                    ? sectionEntities.filter { about.isEmpty || about.contains($0) }
                    : authors + sectionEntities.filter { about.contains($0) && !authors.contains($0) }
                for entity in involved { builder.connect(id, entity, .involves) }
                for group in entities.groups.groups(in: description) { builder.connect(id, builder.addStakeholderGroup(group, at: block), .mentions) }
            }
        }
        return builder.delta
    }

    /// Whether `text` is a byline: "Door …" or "By …" and a few names.
    static func isByline(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard let first = words.first, ["door", "by"].contains(first.lowercased()), (2...20).contains(words.count) else { return false }
        return words.dropFirst().first?.first?.isUppercase == true
    }

    /// Whether a heading is the name of an initiative: it ends on an initiative word
    /// ("Cedris Waarderingsprijs").
    func isInitiativeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count <= 6, let first = words.first?.first, first.isUppercase, let last = words.last else { return false }
        return isInitiativeWord(String(last))
    }

    /// The initiatives `text` names.
    func initiativeNames(in text: String) -> [String] {
        var names: [String] = []
        for regex in patterns.named {
            for match in text.matches(of: regex) {
                guard match.output.count > 1, let captured = match.output[1].substring else { continue }
                var name = captured.trimmingWhitespace()
                if name.hasPrefix("De ") || name.hasPrefix("Het ") { name = String(name.drop { $0 != " " }.dropFirst()) }
                guard TextShape.wordCount(name) >= 1, !names.contains(name) else { continue }
                names.append(name)
            }
        }
        // A list of quoted names after one initiative word: “A”, “B” en “C”.
        for match in text.matches(of: patterns.list) {
            guard let all = match.output[1].substring else { continue }
            for item in all.matches(of: patterns.quote) {
                if let name = item.output[1].substring.map({ $0.trimmingWhitespace() }), !names.contains(name) { names.append(name) }
            }
        }
        // Capitalised names on an initiative word: Circulaire Hub, ZorgHub, Waarde van Werk Monitor.
        for match in text.matches(of: patterns.capitalised) {
            var tokens = String(text[match.range]).split(separator: " ").map(String.init)
            guard let last = tokens.lastIndex(where: isInitiativeWord) else { continue }
            tokens = Array(tokens[...last])
            while let first = tokens.first, ["De", "Het", "Een", "In", "Met"].contains(first) { tokens.removeFirst() }
            let name = tokens.joined(separator: " ")
            guard !name.isEmpty, !names.contains(name) else { continue }
            names.append(name)
        }
        // A name that ends another one ("Waarderingsprijs" in "Cedris Waarderingsprijs") is the same initiative.
        return names.filter { name in
            !names.contains { other in other != name && other.lowercased().hasSuffix(name.lowercased()) }
        }
    }

    func isInitiativeWord(_ token: String) -> Bool {
        let lowered = token.lowercased().filter(\.isLetter)
        return lexicon.initiativeWords.contains { lowered.hasSuffix($0) } && token.first?.isUppercase == true
    }

    static func withoutArticle(_ name: String) -> String {
        for article in ["De ", "Het ", "Een ", "The "] where name.hasPrefix(article) && name.count > article.count + 2 {
            return String(name.dropFirst(article.count))
        }
        return name
    }

    static func year(in text: String) -> String? {
        let words = text.split(whereSeparator: { !$0.isNumber })
        return words.first { $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) }.map(String.init)
    }
}

/// The compiled patterns that find initiatives by name.
final class InitiativePatterns: @unchecked Sendable {
    // @unchecked: the compiled regular expressions are never changed after `init`.
    let named: [Regex<AnyRegexOutput>]
    let list: Regex<AnyRegexOutput>
    let quote: Regex<AnyRegexOutput>
    let capitalised: Regex<AnyRegexOutput>

    init(lexicon: Lexicon) throws(GraphError) {
        let words = lexicon.initiativeWords.map { NSRegularExpressionEscape.escape($0) }.joined(separator: "|")
        let quote = #"[‘“"']([^’”"']{3,60})[’”"']"#
        func compile(_ pattern: String) throws(GraphError) -> Regex<AnyRegexOutput> {
            try LexiconPattern.compile(pattern, list: "initiativeWords", words: lexicon.initiativeWords)
        }
        named = [
            // het project ‘X’, het model ‘X’
            try compile(#"(?i:\b(?:"# + words + #")(?:en)?)\s+"# + quote),
            // “X”, een initiatief
            try compile(quote + #",?\s+(?i:een\s+(?:"# + words + #"))"#),
            try LexiconPattern.compileBuiltIn(CaseInterpreter.described),
        ]
        list = try compile(#"(?i:\b(?:"# + words + #")(?:en)?)\s+((?:"# + quote + #"(?:,\s*|\s+en\s+))+"# + quote + ")")
        self.quote = try LexiconPattern.compileBuiltIn(quote)
        capitalised = try LexiconPattern.compileBuiltIn(#"\p{Lu}[\p{L}\p{N}!]*(?:\s+(?:(?:van|voor)\s+)*\p{Lu}[\p{L}\p{N}!]*)*"#)
    }
}
