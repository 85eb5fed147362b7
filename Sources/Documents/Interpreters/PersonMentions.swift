import Graph
/// A person named in a text, with the role and organisation the text gives.
struct PersonMention: Sendable, Hashable {
    var name: String
    var role: String?
    var organisations: [String]
}

/// Finds people by the phrases Dutch (and English) texts introduce them with:
/// "Naam, lector … bij Organisatie", "Naam (Organisatie)", "Naam van Organisatie",
/// "Naam - Organisatie", "projectmanager Naam", "door Naam", "(Naam)", and names with
/// particles ("Paul van der Aa") wherever they stand. A role must contain a role noun from
/// the lexicon, so "Hogeschool Utrecht, waarin …" is not taken for a person.
struct PersonMentionFinder {
    private let withRoleAt: Regex<AnyRegexOutput>
    private let withRoleOf: Regex<AnyRegexOutput>
    private let withParenthesis: Regex<AnyRegexOutput>
    private let withPreposition: Regex<AnyRegexOutput>
    private let withDash: Regex<AnyRegexOutput>
    private let roleBefore: Regex<AnyRegexOutput>
    private let introduced: Regex<AnyRegexOutput>
    private let withParticles: Regex<AnyRegexOutput>
    private let organisationWords: [String]

    /// Capitalised words that start sentences, never a first name.
    static let notFirstNames: Set<String> = [
        "De", "Het", "Een", "Na", "Op", "In", "Daarna", "Zo", "Bij", "Voor", "Met", "Vanuit", "Ook", "Dit",
        "Deze", "Die", "Dat", "Hij", "Zij", "Wij", "We", "Maar", "En", "Of", "Dus", "Tot", "Via", "Namens",
        "Door", "Volgens", "Helaas", "Tijdens", "Vervolgens", "Omdat", "Als", "Wat", "Hoe", "Welke", "Waarom",
        "Wie", "Er", "Mede", "Sinds", "Hierbij", "Presentator", "The", "A", "An", "Dear", "Casus", "Van",
        "Groep", "Werkgevers", "Werknemers", "Onderwijs", "Overheid", "Waarde", "Winnaars", "Leve", "Huis",
    ]

    /// Capitalised words that may stand right before a name without being part of it.
    static let functionWords: Set<String> = [
        "De", "Het", "Een", "Na", "Op", "In", "Daarna", "Zo", "Bij", "Voor", "Met", "Vanuit", "Ook", "Dit",
        "Deze", "Die", "Dat", "Hij", "Zij", "Wij", "We", "Maar", "En", "Of", "Dus", "Tot", "Via", "Namens",
        "Door", "Volgens", "Helaas", "Tijdens", "Vervolgens", "Omdat", "Als", "Er", "Mede", "Sinds", "Hierbij",
        "Presentator", "The", "A", "An", "By", "With", "Dear",
    ]

    /// Particles that stand between a first name and a surname.
    static let particles = "van|der|den|de|ter|ten|te|op|in|het|'t|von|du|la|le|da"

    init(lexicon: Lexicon) throws(GraphError) {
        let particles = Self.particles
        let name = #"(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:"# + particles + #"))*\s+\p{Lu}[\p{L}'’\-]*\p{Ll})"#
        // A first name of at most eight letters, so "Onderzoek van Berenschot" is no person.
        let particleName = #"(?<name>\p{Lu}\p{Ll}{1,7}(?:\s+(?:"# + particles + #"))+\s+\p{Lu}[\p{L}'’\-]*\p{Ll})"#
        let org = #"(?<org>\p{Lu}[\p{L}\p{N}&'’!\-]*(?:\s+(?:(?:van|en|voor|de|der|of|and|the|&)\s+)*\p{Lu}[\p{L}\p{N}&'’!\-]*)*)(?:\s+\((?<abbr>[\p{Lu}\p{N}&\-]{2,12})\))?"#
        let roleWords = lexicon.roles.map { NSRegularExpressionEscape.escape($0) }.joined(separator: "|")
        let role = #"(?<role>(?:\p{Ll}+\s+){0,2}(?i:"# + roleWords + #")\b[^.;()]{0,80}?)"#
        let article = #"(?:de\s+|het\s+|the\s+)?"#
        // The patterns with role words are the lexicon's; the others are built in.
        func compile(_ pattern: String) throws(GraphError) -> Regex<AnyRegexOutput> {
            try LexiconPattern.compile(pattern, list: "roles", words: lexicon.roles)
        }
        withRoleAt = try compile(name + #",\s+"# + role + #"\s+(?:bij|at)\s+"# + article + org)
        withRoleOf = try compile(name + #",\s+"# + role + #"\s+(?:van|of)\s+"# + article + org)
        withParenthesis = try LexiconPattern.compileBuiltIn(name + #"\s*\((?<org>\p{Lu}[^()]{1,60})\)"#)
        withPreposition = try LexiconPattern.compileBuiltIn(name + #"\s+(?:van|uit|from|namens)\s+"# + article + org)
        withDash = try LexiconPattern.compileBuiltIn(name + #"\s+[-–]\s+"# + org)
        roleBefore = try compile(#"(?i:\b(?:"# + roleWords + #"))\s+"# + name)
        introduced = try LexiconPattern.compileBuiltIn(#"(?:\b(?i:door|namens|met|by)\s+|\()"# + name + #"(?=[\s.,;:)]|$)"#)
        withParticles = try LexiconPattern.compileBuiltIn(particleName)
        organisationWords = lexicon.organisationWords
    }

    /// The people `text` names, in order of first mention.
    func mentions(in text: String) -> [PersonMention] {
        var found: [(position: String.Index, mention: PersonMention)] = []
        var taken: [Range<String.Index>] = []

        func add(_ match: Regex<AnyRegexOutput>.Match, role: Bool, organisation: Bool) {
            guard let nameRange = match.output["name"]?.range else { return }
            guard !taken.contains(where: { $0.overlaps(nameRange) }) else { return }
            let name = String(text[nameRange])
            guard isPlausibleName(name), !Self.continuesCapitalisedPhrase(text, around: nameRange, organisationWords: organisationWords) else { return }
            var mention = PersonMention(name: name, role: nil, organisations: [])
            if role, let r = match.output["role"] {
                mention.role = r.substring.map { $0.trimmingWhitespace() }
                if let range = r.range { taken.append(range) }
            }
            if organisation, let o = match.output["org"]?.substring {
                mention.organisations = o.split(separator: "/").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
                if let abbr = match.output["abbr"]?.substring, let first = mention.organisations.first {
                    mention.organisations[0] = "\(first) (\(abbr))"
                }
            }
            taken.append(nameRange)
            found.append((nameRange.lowerBound, mention))
        }

        // Every pattern holds a name of two words that start with a capital.
        let capitals = Self.capitals(in: text)
        guard capitals.count >= 2 else { return [] }
        for match in Self.matches(of: withRoleAt, in: text, at: capitals) { add(match, role: true, organisation: true) }
        for match in Self.matches(of: withRoleOf, in: text, at: capitals) { add(match, role: true, organisation: true) }
        for match in Self.matches(of: withParenthesis, in: text, at: capitals) { add(match, role: false, organisation: true) }
        for match in Self.matches(of: withPreposition, in: text, at: capitals) { add(match, role: false, organisation: true) }
        for match in Self.matches(of: withDash, in: text, at: capitals) { add(match, role: false, organisation: true) }
        for match in text.matches(of: roleBefore) { add(match, role: false, organisation: false) }
        for match in text.matches(of: introduced) { add(match, role: false, organisation: false) }
        for match in Self.matches(of: withParticles, in: text, at: capitals) { add(match, role: false, organisation: false) }
        return found.sorted { $0.position < $1.position }.map(\.mention)
    }

    /// The positions of the characters that may be capitals (`\p{Lu}`), in order.
    static func capitals(in text: String) -> [String.Index] {
        var positions: [String.Index] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isUppercase || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .uppercaseLetter }) {
                positions.append(index)
            }
            index = text.index(after: index)
        }
        return positions
    }

    /// The same matches as `text.matches(of: regex)` for a pattern that starts with a capital,
    /// trying only the positions where one stands instead of every position of the text.
    static func matches(of regex: Regex<AnyRegexOutput>, in text: String, at capitals: [String.Index]) -> [Regex<AnyRegexOutput>.Match] {
        var result: [Regex<AnyRegexOutput>.Match] = []
        var floor = text.startIndex
        for start in capitals where start >= floor {
            guard let match = try? regex.prefixMatch(in: text[start...]) else { continue }
            result.append(match)
            floor = match.range.isEmpty ? text.index(after: start) : match.range.upperBound
        }
        return result
    }

    /// Whether the words around `range` show it is part of a longer name or title ("Leve Lang
    /// Leren", "Waarde van Werk Monitor", "arbeidsmarktregio Rijk van Nijmegen").
    static func continuesCapitalisedPhrase(_ text: String, around range: Range<String.Index>, organisationWords: [String]) -> Bool {
        let before = text[..<range.lowerBound].reversed().drop { $0 == " " }
        let previous = String(before.prefix { $0.isLetter }.reversed())
        if let initial = previous.first {
            if initial.isUppercase, !functionWords.contains(previous) { return true }
            if organisationWords.contains(where: { previous.lowercased().hasSuffix($0) }) { return true }
        }
        let after = text[range.upperBound...]
        if let space = after.first, space == " " {
            let next = after.dropFirst().prefix { $0.isLetter }
            if let initial = next.first, initial.isUppercase { return true }
        }
        return false
    }

    func isPlausibleName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard let first = words.first, !Self.notFirstNames.contains(String(first)) else { return false }
        return !words.contains { word in organisationWords.contains { word.lowercased().hasSuffix($0) } }
    }
}

/// Escapes regular-expression metacharacters in lexicon words.
enum NSRegularExpressionEscape {
    static func escape(_ word: String) -> String {
        var out = ""
        for c in word {
            if "\\^$.|?*+()[]{}".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
