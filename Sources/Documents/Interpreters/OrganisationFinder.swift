import Graph
/// Finds organisations in text: the lexicon's organisations by any of their names, and
/// capitalised names built around an organisation word ("Hogeschool van Arnhem en Nijmegen",
/// "Goldschmeding Foundation", "ministerie van Sociale Zaken en Werkgelegenheid",
/// "Talentfabriek010").
struct OrganisationFinder {
    private let lexicon: Lexicon
    private let capitalisedPhrase: Regex<AnyRegexOutput>
    private let lowercaseHead: Regex<AnyRegexOutput>
    private let afterCue: Regex<AnyRegexOutput>
    private let known: [(written: String, caseSensitive: Bool)]

    static let connectors: Set<String> = ["van", "en", "voor", "de", "der", "het", "&"]

    init(lexicon: Lexicon) throws(GraphError) {
        self.lexicon = lexicon
        let token = #"\p{Lu}[\p{L}\p{N}&'’!\-]*"#
        let phrase = token + #"(?:\s+(?:(?:van|en|voor|de|der|het|&)\s+)*"# + token + #")*"#
        capitalisedPhrase = try LexiconPattern.compileBuiltIn(phrase)
        let heads = ["ministerie", "gemeente", "commissie", "arbeidsmarktregio", "stichting", "provincie"]
        lowercaseHead = try LexiconPattern.compileBuiltIn(#"\b(?<head>"# + heads.joined(separator: "|") + #")\s+(?<rest>(?:van\s+)?"# + phrase + ")")
        // "bij Warm Rotterdam", "onderzoek van Berenschot": a capitalised name after a cue that
        // introduces an organisation.
        afterCue = try LexiconPattern.compileBuiltIn(#"\b(?:bij|(?i:onderzoek|rapport|onderzoeksrapport|studie)\s+van)\s+(?:de\s+|het\s+)?(?<name>"# + phrase + ")")
        known = lexicon.organisations.flatMap { organisation in
            ([organisation.name] + organisation.aliases).map { written in
                // Abbreviations match in any case but must start with a capital ("SZW", "Szw").
                (written, false)
            }
        }
    }

    /// The organisations `text` names, as written, in order of first mention.
    func organisations(in text: String) -> [String] {
        var found: [(String.Index, String)] = []
        var taken: [Range<String.Index>] = []
        func add(_ range: Range<String.Index>, _ name: String) {
            guard !taken.contains(where: { $0.overlaps(range) }) else { return }
            taken.append(range)
            found.append((range.lowerBound, name))
        }
        // Known names first, longest first, as whole words.
        for (written, caseSensitive) in known.sorted(by: { $0.written.count > $1.written.count }) {
            for range in Self.wordRanges(of: written, in: text, caseSensitive: caseSensitive) {
                add(range, String(text[range]))
            }
        }
        for match in text.matches(of: lowercaseHead) {
            guard let head = match.output["head"]?.substring, let rest = match.output["rest"]?.substring else { continue }
            add(match.range, head.prefix(1).uppercased() + head.dropFirst() + " " + rest)
        }
        for match in text.matches(of: afterCue) {
            guard let range = match.output["name"]?.range else { continue }
            var name = String(text[range])
            // The name ends where a lower-case word or an organisation word of another name begins.
            if let cut = name.range(of: " voor ") { name = String(name[..<cut.lowerBound]) }
            let tokens = name.split(separator: " ")
            guard let first = tokens.first, !PersonMentionFinder.functionWords.contains(String(first)) else { continue }
            add(range.lowerBound..<text.index(range.lowerBound, offsetBy: name.count), name)
        }
        for match in text.matches(of: capitalisedPhrase) {
            let tokens = match.output[0].substring.map { String($0) }?.split(separator: " ").map(String.init) ?? []
            guard let headIndex = tokens.firstIndex(where: isOrganisationWord) else { continue }
            var start = headIndex
            while start > 0, !Self.connectors.contains(tokens[start - 1].lowercased()), tokens[start - 1].first?.isUppercase == true {
                start -= 1
            }
            while start < headIndex, ["De", "Het", "The"].contains(tokens[start]) { start += 1 }
            var end = tokens.count
            while end > headIndex + 1, Self.connectors.contains(tokens[end - 1].lowercased()) { end -= 1 }
            let name = tokens[start..<end].joined(separator: " ")
            // One word alone counts only when it is a compound ending in an organisation word
            // ("Hanzehogeschool", "Talentfabriek010"), not the word itself or its plural.
            if end - start == 1 {
                let lowered = tokens[headIndex].lowercased().filter(\.isLetter)
                guard lexicon.organisationWords.contains(where: { lowered.hasSuffix($0) && lowered.count > $0.count }) else { continue }
            }
            if let range = text.range(of: name, range: match.range) { add(range, name) }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }

    func isOrganisationWord(_ token: String) -> Bool {
        let lowered = token.lowercased().filter { $0.isLetter }
        return lexicon.organisationWords.contains { lowered.hasSuffix($0) || lowered.hasPrefix($0) && lowered.count > $0.count }
    }

    /// The type an organisation's name suggests.
    func type(of name: String) -> String? {
        let lowered = name.lowercased()
        let types: [(String, OrganisationType)] = [
            ("hogeschool", .hogeschool), ("universiteit", .university), ("university", .university),
            ("gemeente", .municipality), ("arbeidsmarktregio", .municipality), ("ministerie", .ministry),
            ("stichting", .foundation), ("foundation", .foundation), ("alliantie", .network),
            ("platform", .network), ("netwerk", .network), ("federatie", .network), ("vereniging", .network),
            ("commissie", .government), ("planbureau", .government), ("coöperatie", .cooperative),
        ]
        return types.first { lowered.contains($0.0) }?.1.rawValue
    }

    /// Ranges of `phrase` in `text` that stand as whole words.
    static func wordRanges(of phrase: String, in text: String, caseSensitive: Bool) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var searchStart = text.startIndex
        let options: String.CompareOptions = caseSensitive ? [] : [.caseInsensitive]
        while let range = text.range(of: phrase, options: options, range: searchStart..<text.endIndex) {
            searchStart = range.upperBound
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let boundary: (Character?) -> Bool = { c in c.map { !($0.isLetter || $0.isNumber) } ?? true }
            guard boundary(before), boundary(after) else { continue }
            if !caseSensitive, phrase.count <= 5, phrase == phrase.uppercased(), text[range].first?.isUppercase != true { continue }
            ranges.append(range)
        }
        return ranges
    }
}

/// Finds the kinds of actor a text names (werkgevers, gemeenten, onderwijs, …) by the words
/// the lexicon lists for each.
struct StakeholderGroupFinder {
    let groups: [Lexicon.Term]

    func groups(in text: String) -> [String] {
        let lowered = " " + text.lowercased().map { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == "-" ? $0 : " " } + " "
        return groups.filter { group in
            ([group.name] + group.aliases).contains { alias in lowered.contains(" " + alias.lowercased() + " ") }
        }.map(\.name)
    }
}
