public import Graph
public import Foundation
import Yams

/// What the user knows and the text cannot tell: speerpunten, organisations, roles,
/// abbreviations, synonyms and the words workshop reports use for their structure.
///
/// Read from `lexicon.yaml` beside the corpus; every list extends the built-in defaults,
/// so adding an entry never needs a code change.
public struct Lexicon: Sendable, Hashable {
    /// A name with the other phrases that name the same thing (a speerpunt, a stakeholder group).
    public struct Term: Sendable, Hashable, Codable {
        public var name: String
        public var aliases: [String]

        public init(name: String, aliases: [String] = []) {
            self.name = name
            self.aliases = aliases
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        }
    }

    /// A known organisation: its canonical name, other spellings and abbreviations, and type.
    public struct Organisation: Sendable, Hashable, Codable {
        public var name: String
        public var aliases: [String]
        public var type: String?

        public init(name: String, aliases: [String] = [], type: String? = nil) {
            self.name = name
            self.aliases = aliases
            self.type = type
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
            type = try container.decodeIfPresent(String.self, forKey: .type)
        }
    }

    public var speerpunten: [Term]
    public var organisations: [Organisation]
    /// Nouns that open a role phrase ("lector", "directeur"), lower case.
    public var roles: [String]
    /// Abbreviations and what they stand for ("LLL" → "leven lang leren").
    public var abbreviations: [String: String]
    /// Groups of words that mean the same in this field.
    public var synonyms: [[String]]
    /// Words a workshop heading starts with ("werkatelier").
    public var workshopWords: [String]
    /// Words a group heading starts with ("groep").
    public var groupWords: [String]
    /// Words of labels that introduce a list without naming a theme ("vragen", "geeltjes").
    public var sectionWords: [String]
    /// Words to leave out of analysis.
    public var ignore: [String]
    /// Words that make a capitalised name an organisation ("hogeschool", "stichting"), lower case.
    public var organisationWords: [String]
    /// Kinds of actor, with the words that name them ("werkgevers": werkgever, bedrijven).
    public var stakeholderGroups: [Term]
    /// Words that name a practice case ("hub", "project", "monitor"), lower case.
    public var initiativeWords: [String]
    /// Words of meeting logistics that are never content ("welkom", "lunch"), lower case.
    public var logisticsWords: [String]
    /// Words that mark an issue outside local influence: laws, money, the system, frames of
    /// thought ("wettelijk", "systeem", "referentiekader"), lower case.
    public var systemicCues: [String]
    /// Words of the field that say nothing about what a question is about: question words,
    /// verbs every question uses ("maken", "organiseren"), "werk" in a corpus about work.
    /// Comparisons that explain themselves (cross-links, merged questions) leave them out.
    public var domainStopwords: [String]
    /// Words of the meeting around a practice case ("co-referaat", "presentatie"), lower case:
    /// a sentence with them tells who spoke, not what the case does.
    public var meetingWords: [String]
    /// Phrases that say a contribution did not take place ("verviel", "ging niet door"),
    /// lower case: a speaker's contribution described so is no practice case.
    public var cancellationCues: [String]

    public init(
        speerpunten: [Term] = [], organisations: [Organisation] = [], roles: [String] = [],
        abbreviations: [String: String] = [:], synonyms: [[String]] = [],
        workshopWords: [String] = [], groupWords: [String] = [], sectionWords: [String] = [],
        ignore: [String] = [], organisationWords: [String] = [], stakeholderGroups: [Term] = [],
        initiativeWords: [String] = [], logisticsWords: [String] = [], systemicCues: [String] = [],
        domainStopwords: [String] = [], meetingWords: [String] = [], cancellationCues: [String] = []
    ) {
        self.speerpunten = speerpunten
        self.organisations = organisations
        self.roles = roles
        self.abbreviations = abbreviations
        self.synonyms = synonyms
        self.workshopWords = workshopWords
        self.groupWords = groupWords
        self.sectionWords = sectionWords
        self.ignore = ignore
        self.organisationWords = organisationWords
        self.stakeholderGroups = stakeholderGroups
        self.initiativeWords = initiativeWords
        self.logisticsWords = logisticsWords
        self.systemicCues = systemicCues
        self.domainStopwords = domainStopwords
        self.meetingWords = meetingWords
        self.cancellationCues = cancellationCues
    }

    /// The built-in knowledge every lexicon starts from.
    public static let standard = Lexicon(
        roles: [
            "lector", "lectoren", "promovendus", "onderzoeker", "hoogleraar", "directeur", "voorzitter",
            "programmamanager", "projectleider", "manager", "adviseur", "senior", "coördinator",
            "wethouder", "bestuurder", "docent", "beleidsmedewerker", "beleidsadviseur", "teamleider",
            "consultant", "medewerker", "oprichter", "eigenaar", "strateeg", "professor", "researcher",
            "director", "founder", "chair", "projectmanager", "consulent", "adviseur", "directeur-bestuurder",
            "presentator", "kwartiermaker", "programmaleider", "wethouder", "burgemeester", "journalist",
        ],
        workshopWords: ["werkatelier", "workshop", "werksessie", "werkconferentie"],
        groupWords: ["groep", "subgroep", "tafel", "group", "table"],
        sectionWords: [
            "vragen", "vraag", "geeltjes", "onderwerpen", "discussiepunten", "punten", "aanwezigen",
            "aanpak", "inleiding", "discussie", "opmerkingen", "questions", "notes", "topics",
        ],
        organisationWords: [
            "hogeschool", "universiteit", "gemeente", "ministerie", "stichting", "foundation", "instituut",
            "centrum", "coöperatie", "alliantie", "platform", "fabriek", "corporatie", "commissie", "planbureau",
            "centrale", "vereniging", "federatie", "bedrijf", "werkbedrijf", "arbeidsmarktregio", "university",
            "institute", "association",
        ],
        stakeholderGroups: [
            Term(name: "werkgevers", aliases: ["werkgever", "werkgevers", "bedrijven", "ondernemers", "bedrijfsleven"]),
            Term(name: "werknemers", aliases: ["werknemer", "werknemers", "werkenden", "medewerkers", "personeel"]),
            Term(name: "werkzoekenden", aliases: ["werkzoekende", "werkzoekenden", "bijstandsgerechtigden", "uitkeringsgerechtigden", "kandidaten"]),
            Term(name: "MKB", aliases: ["mkb", "midden- en kleinbedrijf"]),
            Term(name: "zzp'ers", aliases: ["zzp", "zzp'ers", "zzp’ers", "zzp-ers", "zzp-er", "zelfstandigen"]),
            Term(name: "gemeenten", aliases: ["gemeente", "gemeenten", "gemeentes"]),
            Term(name: "overheid", aliases: ["overheid", "rijksoverheid", "ministeries", "politiek"]),
            Term(name: "onderwijs", aliases: ["onderwijs", "mbo", "hbo", "scholen", "opleidingen", "hogescholen", "docenten"]),
            Term(name: "HR", aliases: ["hr", "hrm", "hrm-ers", "leidinggevenden"]),
            Term(name: "sociale ondernemingen", aliases: ["sociale ondernemingen", "sociale onderneming", "sociaal ondernemers", "sociale ondernemers", "sociaal werkbedrijven"]),
            Term(name: "mensen met een arbeidsbeperking", aliases: ["arbeidsbeperking", "doelgroep", "kwetsbaren", "kwetsbare groepen", "mensen met een beperking"]),
            Term(name: "mantelzorgers en vrijwilligers", aliases: ["mantelzorger", "mantelzorgers", "vrijwilliger", "vrijwilligers"]),
            Term(name: "jongeren", aliases: ["jongeren"]),
            Term(name: "ouderen", aliases: ["ouderen", "oudere werknemers"]),
        ],
        initiativeWords: ["hub", "monitor", "prijs", "project", "programma", "aanpak", "model", "servicepunt", "loket", "initiatief", "pilot", "proeftuin", "lab"],
        logisticsWords: ["welkom", "lunch", "afsluiting", "pauze", "koffie", "voorstellen", "voorstelronde", "vervolgafspraken", "agenda"],
        systemicCues: [
            "systeem", "wettelijk", "wettelijke", "wet", "regelgeving", "financiële", "financieel", "geld", "korte termijn",
            "referentiekader", "erfenis", "afgehaakt", "benoemen", "gevangen",
        ],
        domainStopwords: [
            // Question words and the verbs and nouns every practice question is built from.
            "hoe", "wat", "welke", "welk", "waarom", "wanneer", "wie", "waar", "waarin", "waarbij", "hoeverre",
            "kunnen", "kan", "kun", "moeten", "moet", "willen", "wil", "mogen", "gaan", "gaat", "komen", "komt",
            "maken", "maak", "zorgen", "zorg", "krijgen", "krijg", "creëren", "creëer", "organiseren", "organiseer",
            "organiseert", "realiseren", "realiseer", "omgaan", "om", "bepalen", "betekenen", "betekent", "zijn",
            "worden", "wordt", "laten", "laat", "zien", "doen", "houden", "geven", "bieden", "leveren", "verloopt",
            "vraag", "vragen", "vraagstuk", "vraagstukken", "thema", "thema's", "onderwerp", "onderwerpen", "punt",
            "punten", "manier", "aspect", "aspecten", "niveau", "niveaus", "rol", "rollen", "mensen", "mens",
            "werk", "werken", "nieuwe", "nieuw", "goed", "goede", "beter", "betere", "vergroten", "versterken",
            "verbeteren", "versterking", "bevorderen", "belangrijk", "belang", "nodig", "mogelijk", "mogelijkheden",
            "sprake", "bijvoorbeeld", "bijv", "etc", "o.a", "m.n", "zowel", "daarbij", "daarvan", "eigenlijk",
            // Words of counting and of opinion that any text may use.
            "blijven", "blijft", "twee", "drie", "vier", "vijf", "eerste", "tweede", "aantal", "veel", "vele", "meer",
            "minder", "andere", "ander", "overige", "verschillende", "diverse", "interessant", "interessante",
            "mooie", "mooi", "grote", "groot", "kleine", "echt", "echte", "steeds", "vaak", "weer", "samen", "graag",
            "bijzonder", "bijzondere", "blijvend", "blijvende", "eigen", "wellicht", "iets", "enz", "zodanig", "allerlei",
            "soms", "vooral", "juist", "hele", "gehele", "denken", "denkt", "kijken", "zien", "vinden", "staan", "zetten",
            "how", "what", "which", "why", "when", "who", "where", "can", "could", "should", "make", "work", "people",
        ],
        meetingWords: [
            "co-referaat", "coreferaat", "referaat", "presentatie", "presentaties", "presenteerde", "spreker", "sprekers",
            "sprak", "aftrap", "reflectie", "verviel", "talkshow", "studio", "gedicht", "congres", "webinar", "lezing",
            "keynote", "workshop", "werkatelier", "deelnemers",
        ],
        cancellationCues: [
            "verviel", "vervielen", "kwam te vervallen", "ging niet door", "gingen niet door", "gaat niet door", "niet door vanwege",
            "afgelast", "geannuleerd", "afgezegd", "was cancelled", "was canceled", "did not take place",
        ]
    )

    /// Reads `url` and extends ``standard`` with what it says.
    ///
    /// - Throws: ``GraphError`` with code `invalidLexicon` when the YAML is malformed.
    public static func load(from url: URL) throws(GraphError) -> Lexicon {
        try load(try bytes(of: url), file: url.path)
    }

    /// The bytes of the lexicon file at `url`, within ``YAMLText/maximumBytes``.
    ///
    /// - Throws: ``GraphError`` with code `invalidLexicon` when the file cannot be read or is too large.
    public static func bytes(of url: URL) throws(GraphError) -> Data {
        do throws(YAMLText.Problem) {
            return try YAMLText.bytes(of: url)
        } catch {
            throw GraphError(.invalidLexicon, file: url.path, problem: "the lexicon is not valid (\(error.problem))", remedy: error.remedy ?? "fix the YAML as docs/corpus.md describes")
        }
    }

    /// Extends ``standard`` with the lexicon file whose bytes are `data`, read from `file`.
    ///
    /// - Throws: ``GraphError`` with code `invalidLexicon` when the bytes are not UTF-8 or the YAML is malformed.
    public static func load(_ data: Data, file path: String) throws(GraphError) -> Lexicon {
        let text: String
        do throws(YAMLText.Problem) {
            text = try YAMLText.text(decoding: data)
        } catch {
            throw GraphError(.invalidLexicon, file: path, line: error.line, problem: "the lexicon is not valid (\(error.problem))", remedy: error.remedy ?? "fix the YAML as docs/corpus.md describes")
        }
        return try load(yaml: text, file: path)
    }

    /// Extends ``standard`` with the lexicon YAML `text`, which came from `file` (named in errors).
    ///
    /// - Throws: ``GraphError`` with code `invalidLexicon` when the YAML is malformed.
    public static func load(yaml text: String, file path: String) throws(GraphError) -> Lexicon {
        let file: LexiconFile
        do throws(YAMLText.Problem) {
            file = try YAMLText.decode(LexiconFile.self, from: text)
        } catch {
            throw GraphError(.invalidLexicon, file: path, line: error.line, problem: "the lexicon is not valid (\(error.problem))", remedy: error.remedy ?? "fix the YAML as docs/corpus.md describes")
        }
        var lexicon = standard
        lexicon.speerpunten += file.speerpunten ?? []
        lexicon.organisations += file.organisations ?? []
        lexicon.roles += (file.roles ?? []).map { $0.lowercased() }
        lexicon.abbreviations.merge(file.abbreviations ?? [:]) { _, new in new }
        lexicon.synonyms += file.synonyms ?? []
        lexicon.workshopWords += (file.workshopWords ?? []).map { $0.lowercased() }
        lexicon.groupWords += (file.groupWords ?? []).map { $0.lowercased() }
        lexicon.sectionWords += (file.sectionWords ?? []).map { $0.lowercased() }
        lexicon.ignore += file.ignore ?? []
        lexicon.organisationWords += (file.organisationWords ?? []).map { $0.lowercased() }
        lexicon.stakeholderGroups += file.stakeholderGroups ?? []
        lexicon.initiativeWords += (file.initiativeWords ?? []).map { $0.lowercased() }
        lexicon.logisticsWords += (file.logisticsWords ?? []).map { $0.lowercased() }
        lexicon.systemicCues += (file.systemicCues ?? []).map { $0.lowercased() }
        lexicon.domainStopwords += (file.domainStopwords ?? []).map { $0.lowercased() }
        lexicon.meetingWords += (file.meetingWords ?? []).map { $0.lowercased() }
        lexicon.cancellationCues += (file.cancellationCues ?? []).map { $0.lowercased() }
        return lexicon
    }
}

/// The shape of `lexicon.yaml`; every key is optional.
private struct LexiconFile: Decodable {
    var speerpunten: [Lexicon.Term]?
    var organisations: [Lexicon.Organisation]?
    var roles: [String]?
    var abbreviations: [String: String]?
    var synonyms: [[String]]?
    var workshopWords: [String]?
    var groupWords: [String]?
    var sectionWords: [String]?
    var ignore: [String]?
    var organisationWords: [String]?
    var stakeholderGroups: [Lexicon.Term]?
    var initiativeWords: [String]?
    var logisticsWords: [String]?
    var systemicCues: [String]?
    var domainStopwords: [String]?
    var meetingWords: [String]?
    var cancellationCues: [String]?

    enum CodingKeys: String, CodingKey {
        case speerpunten, organisations, roles, abbreviations, synonyms, ignore
        case organisationWords = "organisation-words"
        case stakeholderGroups = "stakeholder-groups"
        case initiativeWords = "initiative-words"
        case logisticsWords = "logistics-words"
        case systemicCues = "systemic-cues"
        case domainStopwords = "domain-stopwords"
        case meetingWords = "meeting-words"
        case cancellationCues = "cancellation-cues"
        case workshopWords = "workshop-words"
        case groupWords = "group-words"
        case sectionWords = "section-words"
    }
}

/// Pulls a line number and a short summary out of a Yams error.
enum YAMLErrorLine {
    static func line(of error: any Error) -> Int? {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                return mark.line
            default:
                return nil
            }
        }
        return nil
    }

    static func summary(of error: any Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.keyNotFound(_, let context), DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        default:
            return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable YAML"
        }
    }
}
