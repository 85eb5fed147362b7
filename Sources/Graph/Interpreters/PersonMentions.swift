/// A person named in a text, with the role and organisation the text gives.
struct PersonMention: Sendable, Hashable {
    var name: String
    var role: String?
    var organisations: [String]
}

/// Finds people by the phrases Dutch (and English) reports introduce them with:
/// "Naam, lector … bij Organisatie", "Naam (Organisatie)", "Naam van Organisatie",
/// "door Naam", "(Naam)". A role must open with a role noun from the lexicon, so
/// "Hogeschool Utrecht, waarin …" is not taken for a person.
struct PersonMentionFinder {
    private let withRoleAt: Regex<AnyRegexOutput>
    private let withRoleOf: Regex<AnyRegexOutput>
    private let withParenthesis: Regex<AnyRegexOutput>
    private let withPreposition: Regex<AnyRegexOutput>
    private let introduced: Regex<AnyRegexOutput>

    /// Capitalised words that start sentences, never a first name.
    static let notFirstNames: Set<String> = [
        "De", "Het", "Een", "Na", "Op", "In", "Daarna", "Zo", "Bij", "Voor", "Met", "Vanuit", "Ook", "Dit",
        "Deze", "Die", "Dat", "Hij", "Zij", "Wij", "We", "Maar", "En", "Of", "Dus", "Tot", "Via", "Namens",
        "Door", "Volgens", "Helaas", "Tijdens", "Vervolgens", "Omdat", "Als", "Wat", "Hoe", "Welke", "Waarom",
        "Wie", "Er", "Mede", "Sinds", "Hierbij", "Presentator", "The", "A", "An", "Of", "Dear", "Casus",
        "Groep", "Werkgevers", "Werknemers", "Onderwijs", "Overheid",
    ]

    /// Words that make a capitalised phrase an organisation, not a person.
    static let organisationWords: Set<String> = [
        "hogeschool", "universiteit", "gemeente", "ministerie", "stichting", "foundation", "instituut",
        "coöperatie", "platform", "netwerk", "college", "bv", "nv", "groep", "company", "university",
    ]

    init(lexicon: Lexicon) {
        let name = #"(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:van|der|den|de|ter|ten|te))*\s+\p{Lu}[\p{L}'’\-]*\p{Ll})"#
        let org = #"(?<org>\p{Lu}[\p{L}\p{N}&'’\-]*(?:\s+(?:(?:van|en|voor|de|der|of|and|the|&)\s+)*\p{Lu}[\p{L}\p{N}&'’\-]*)*)(?:\s+\((?<abbr>[\p{Lu}\p{N}&\-]{2,12})\))?"#
        let roles = lexicon.roles.map { NSRegularExpressionEscape.escape($0) }.joined(separator: "|")
        let role = #"(?<role>(?i:"# + roles + #")\b[^.;()]{0,80}?)"#
        // Literal patterns built from a fixed grammar and escaped lexicon words always compile.
        func compile(_ pattern: String) -> Regex<AnyRegexOutput> {
            (try? Regex(pattern)) ?? Regex(/(?!)/)
        }
        withRoleAt = compile(name + #",\s+"# + role + #"\s+(?:bij|at)\s+(?:de\s+|het\s+|the\s+)?"# + org)
        withRoleOf = compile(name + #",\s+"# + role + #"\s+(?:van|of)\s+(?:de\s+|het\s+|the\s+)?"# + org)
        withParenthesis = compile(name + #"\s*\((?<org>\p{Lu}[^()]{1,60})\)"#)
        withPreposition = compile(name + #"\s+(?:van|uit|from)\s+(?:de\s+|het\s+|the\s+)?"# + org)
        introduced = compile(#"(?:\b(?:door|namens|met|by)\s+|\()"# + name + #"(?=[\s.,;:)]|$)"#)
    }

    /// The people `text` names, in order of first mention.
    func mentions(in text: String) -> [PersonMention] {
        var found: [(position: String.Index, mention: PersonMention)] = []
        var taken: [Range<String.Index>] = []

        func add(_ match: Regex<AnyRegexOutput>.Match, role: Bool, organisation: Bool) {
            guard let nameRange = match.output["name"]?.range else { return }
            guard !taken.contains(where: { $0.overlaps(nameRange) }) else { return }
            let name = String(text[nameRange])
            guard Self.isPlausibleName(name), !Self.continuesCapitalisedPhrase(text, before: nameRange.lowerBound) else { return }
            var mention = PersonMention(name: name, role: nil, organisations: [])
            if role, let r = match.output["role"]?.substring {
                mention.role = r.trimmingWhitespace()
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

        for match in text.matches(of: withRoleAt) { add(match, role: true, organisation: true) }
        for match in text.matches(of: withRoleOf) { add(match, role: true, organisation: true) }
        for match in text.matches(of: withParenthesis) { add(match, role: false, organisation: true) }
        for match in text.matches(of: withPreposition) { add(match, role: false, organisation: true) }
        for match in text.matches(of: introduced) { add(match, role: false, organisation: false) }
        return found.sorted { $0.position < $1.position }.map(\.mention)
    }

    /// Whether the word before `index` is capitalised too, so the match is the tail of a longer
    /// name or title ("Leve Lang Leren") rather than a name of its own.
    static func continuesCapitalisedPhrase(_ text: String, before index: String.Index) -> Bool {
        let before = text[..<index].reversed().drop { $0 == " " }
        let word = String(before.prefix { $0.isLetter }.reversed())
        guard let initial = word.first, initial.isUppercase else { return false }
        return !notFirstNames.contains(word)
    }

    static func isPlausibleName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard let first = words.first, !notFirstNames.contains(String(first)) else { return false }
        return !words.contains { organisationWords.contains($0.lowercased()) }
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
