public import Graph
public import Linking

/// Composes the draft research agenda, in Dutch, as an ``AgendaDocument``: the one place that
/// decides what the agenda says and in what order. Every format renders what it composes.
///
/// The headings and connecting phrases are fixed text of the template; everything else is a
/// formulation from the corpus with its source. The same draft gives the same document.
public struct AgendaComposer: Sendable {
    /// What the account of how the draft was made reports.
    public struct Account: Sendable {
        public var documents: [Document]
        public var parameters: [(name: String, value: String)]
        /// The clustering's agreement with the groups' own grouping, if measured.
        public var agreement: String?
        public var version: String

        public init(documents: [Document], parameters: [(name: String, value: String)], agreement: String?, version: String) {
            self.documents = documents
            self.parameters = parameters
            self.agreement = agreement
            self.version = version
        }
    }

    typealias Inline = AgendaDocument.Inline
    typealias Block = AgendaDocument.Block
    typealias Item = AgendaDocument.Item
    typealias Section = AgendaDocument.Section

    public static let title = "Onderzoeksagenda — concept"

    public init() {}

    public func document(_ draft: AgendaDraft, account: Account) -> AgendaDocument {
        AgendaDocument(
            title: Self.title,
            introduction: [.paragraph("Dit concept is opgesteld uit het materiaal van de werkateliers, de ontwikkelgroep en de praktijkvoorbeelden. Elke formulering komt uit de bronnen; waar ze vandaan komt staat erbij (werkatelier, groep, document en regel). De bijlagen geven de deelvragen en geeltjes, de registers van partijen en praktijkvoorbeelden, en de verantwoording.")],
            sections: [overview(draft), widelyRaised(draft)] + draft.speerpunten.map(section) + [crossCutting(draft), systemic(draft), details(draft)] + index(draft) + [accountSection(account)])
    }

    // MARK: Sections

    private func overview(_ draft: AgendaDraft) -> Section {
        let rows: [[Inline]] = draft.speerpunten.map { speerpunt in
            let workshops = speerpunt.workshops.map { "\($0.title) (\($0.date))" }.joined(separator: "; ")
            let notes = speerpunt.themes.reduce(0) { $0 + $1.noteCount }
            return [.text(speerpunt.name), .text(workshops), count(speerpunt.themes.count), count(speerpunt.questions.count), count(notes)]
        }
        let indicative = Set(draft.speerpunten.flatMap { $0.questions.map(\.origin.node) }).count
        return Section("Overzicht", blocks: [
            .table(.init(header: ["Speerpunt", "Werk\u{AD}ateliers", "Agenda\u{AD}thema's", "Indicatieve vragen", "Geeltjes"], rows: rows)),
            .paragraph(.text("De \(draft.questionsIn) onderzoeksvragen van de groepen zijn samengevoegd tot \(indicative) indicatieve vragen: vragen van verschillende groepen die hetzelfde vragen, staan als één vraag met al hun formuleringen en bronnen.")),
        ])
    }

    private func widelyRaised(_ draft: AgendaDraft) -> Section {
        guard !draft.widelyRaised.isEmpty else {
            return Section("De meest gestelde vragen", blocks: [.paragraph("Geen vraag is door meer dan één groep gesteld.")])
        }
        let items = draft.widelyRaised.map { question in
            // A pointer to the speerpunt's ranking, where the question is reviewed.
            Item(.text(question.text) + " — " + .text(supportText(question.support)) + "; " + joined(question.speerpunten, ", "))
        }
        return Section("De meest gestelde vragen", blocks: [
            .paragraph("Over alle speerpunten heen, naar het aantal groepen dat de vraag stelde (met formuleringen en bronnen onder het speerpunt):"),
            .list(.init(ordered: true, items: items)),
        ])
    }

    private func section(_ speerpunt: AgendaDraft.Speerpunt) -> Section {
        // One workshop reported in one document: the section names them once, its citations
        // give the group and line.
        let context = Self.reportOf(speerpunt)
        let blocks: [Block] = speerpunt.workshops.map {
            .paragraph("Werkatelier ‘" + .text($0.title) + .text("’, \($0.date); ") + .text(context == nil ? "verslag: \($0.document)." : "bronnen: groep en regel in \($0.document)."))
        }
        let cite = citing(in: speerpunt)
        let questions: [Block] = speerpunt.questions.isEmpty
            ? [.paragraph("Geen onderzoeksvragen.")]
            : [.paragraph("Naar het aantal groepen, dan werkateliers en documenten; bij gelijke stand in de volgorde van de bronnen."), .list(.init(ordered: true, items: speerpunt.questions.map { question($0, cite: cite) }))]
        let severalWorkshops = speerpunt.workshops.count > 1
        let rows: [[Inline]] = speerpunt.themes.map { theme in
            [.text(Self.heading(theme.title)), count(theme.groupCount)] + (severalWorkshops ? [count(theme.support.workshops)] : [])
                + [count(theme.questions.count), count(theme.noteCount), count(theme.links.count)]
        }
        let header = ["Agenda\u{AD}thema", "Groepen"] + (severalWorkshops ? ["Werk\u{AD}ateliers"] : []) + ["Onderzoeks\u{AD}vragen", "Geeltjes", "Systeem\u{AD}vragen"]
        let numbers = Dictionary(speerpunt.questions.enumerated().map { ($1.origin.node, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        return Section("Speerpunt: " + .text(speerpunt.name), blocks: blocks, sections: [
            Section("Onderzoeksvragen, naar draagvlak", blocks: questions),
            Section("Agendathema's", blocks: [.table(.init(header: header, rows: rows))]),
        ] + speerpunt.themes.map { theme($0, numbers: numbers, cite: cite) })
    }

    /// One indicative question: its leading formulation, its support when more than one group
    /// raised it, every other formulation and note that raised it, its sub-questions and links,
    /// each with its source.
    private func question(_ question: AgendaDraft.Question, cite: (AgendaDraft.Origin) -> Inline) -> Item {
        var children: [Item] = []
        if question.support.groups > 1 { children.append(Item(.text("Draagvlak: \(supportText(question.support))."))) }
        children += question.alsoAskedAs.map { Item("Ook gesteld als: " + .text($0.text) + " — " + cite($0.origin), subject: .formulation(node: $0.origin.node, text: $0.text)) }
        children += question.raisedOnNotes.map { Item("Op een geeltje: " + .text($0.text) + " — " + cite($0.origin)) }
        if !question.subQuestions.isEmpty { children.append(Item(.text("Deelvragen: \(question.subQuestions.count), in de bijlage."))) }
        children += question.links.map { Item("Systeemvraag: " + linkText($0), subject: .systemicLink(from: $0.sources, systemicQuestion: $0.systemicQuestion)) }
        let decided: Inline = question.confirmed ? " — " + .emphasis(ReviewMark.confirmed.rawValue) : Inline([])
        return Item(.text(question.text) + " — " + cite(question.origin) + decided, subject: .question(node: question.origin.node, text: question.text), children: children)
    }

    /// One agenda theme: under a short heading, the full formulation; who formulated it; its
    /// questions by their number in the ranking; its notes, parties, cases and links.
    private func theme(_ theme: AgendaDraft.Theme, numbers: [String: Int], cite: (AgendaDraft.Origin) -> Inline) -> Section {
        // A reviewer's decision names the theme by its leading formulation.
        let themeText = theme.formulations.first?.text ?? theme.title
        let heading = Self.heading(theme.title)
        var blocks: [Block] = []
        if theme.formulations.count > 1 {
            blocks.append(.paragraph(.emphasis("Samengevoegd uit de thema's van \(theme.groupCount) groepen:")))
            blocks.append(bullets(theme.formulations.map { Item(.text($0.text) + " — " + cite($0.origin)) }))
        } else if let first = theme.formulations.first {
            let full: Inline = heading == Inline.text(first.text).plainText ? Inline([]) : .text(first.text) + " — "
            blocks.append(.paragraph(full + "Thema van één groep (" + cite(first.origin) + ")."))
        }
        let listed = theme.questions.compactMap { numbers[$0.origin.node] }.sorted()
        let unlisted = theme.questions.filter { numbers[$0.origin.node] == nil }
        if !listed.isEmpty {
            blocks.append(.paragraph(.text((listed.count == 1 ? "Onderzoeksvraag " : "Onderzoeksvragen ") + Self.enumerated(listed.map(String.init)) + " van de ranglijst hierboven.")))
        }
        if !unlisted.isEmpty {
            blocks.append(bullets(unlisted.map { Item(.text($0.text) + " — " + .text(supportText($0.support)), subject: .question(node: $0.origin.node, text: $0.text)) }))
        }
        if !theme.cases.isEmpty {
            blocks.append(.paragraph("Praktijkvoorbeelden:"))
            blocks.append(bullets(theme.cases.map { item in
                Item(.text(item.label) + .text(item.confirmed ? " (\(ReviewMark.confirmed.rawValue))" : item.score.map { " (voorstel, overeenkomst \(Self.score($0)))" } ?? " (casus van de groep)"),
                     subject: .practiceCase(initiative: item.id, theme: themeText))
            }))
        }
        if !theme.links.isEmpty {
            blocks.append(.paragraph("Verbonden systeemvragen:"))
            blocks.append(bullets(theme.links.map { Item(linkText($0), subject: .systemicLink(from: $0.sources, systemicQuestion: $0.systemicQuestion)) }))
        }
        return Section(.text(heading), blocks: blocks, subject: .theme(text: themeText))
    }

    /// The appendix of what the body counts but does not list: per speerpunt, the sub-questions
    /// of each indicative question, the most telling notes of each theme and its texts that are
    /// no research question, with their sources (the parties each theme names are in the
    /// register of parties).
    private func details(_ draft: AgendaDraft) -> Section {
        Section("Bijlage: deelvragen en geeltjes", blocks: [.paragraph("Per speerpunt de deelvragen van de onderzoeksvragen (genummerd als in de ranglijst) en per agendathema de meest kenmerkende geeltjes, en de teksten die als vraag zijn geschreven maar geen onderzoeksvraag zijn: een zin over de vragen ervoor, een punt van een opsomming zonder vraagteken.")], sections: draft.speerpunten.map { speerpunt in
            var blocks: [Block] = []
            let asked = speerpunt.questions.enumerated().filter { !$0.element.subQuestions.isEmpty }
            if !asked.isEmpty {
                blocks.append(bullets(asked.map { number, question in
                    Item(.text("Vraag \(number + 1): ") + .text(question.text), children: question.subQuestions.map { Item(.text($0)) })
                }))
            }
            let cite = citing(in: speerpunt)
            let themes = speerpunt.themes.filter { $0.noteCount > 0 || !$0.asides.isEmpty }
            if !themes.isEmpty {
                blocks.append(bullets(themes.map { theme in
                    let asides = theme.asides.map { aside in
                        let subQuestions: Inline = aside.subQuestions.isEmpty ? Inline([]) : " (deelvragen: " + joined(aside.subQuestions, "; ") + ")"
                        let why = aside.decided ? "Geen onderzoeksvraag (\(ReviewMark.confirmed.rawValue)): " : "Geen onderzoeksvraag: "
                        return Item(.text(why) + .text(aside.text) + subQuestions + " — " + cite(aside.origin))
                    }
                    return Item(.text(Self.heading(theme.title)) + .text(" — \(theme.noteCount) geeltjes"), children: theme.representativeNotes.map { Item(.text($0.text) + " — " + cite($0.origin)) } + asides)
                }))
            }
            return Section("Speerpunt: " + .text(speerpunt.name), blocks: blocks.isEmpty ? [.paragraph("Geen deelvragen of geeltjes.")] : blocks)
        })
    }

    private func crossCutting(_ draft: AgendaDraft) -> Section {
        guard !draft.crossCutting.isEmpty else {
            return Section("Thema's die over de speerpunten heen terugkomen", blocks: [.paragraph("Geen agendathema's van verschillende speerpunten delen een onderwerp (een woordgroep, of twee begrippen of woorden).")])
        }
        let items = draft.crossCutting.map { item in
            Item(item.themes.map { .text(Self.heading($0.title)) + " (" + .text($0.speerpunt) + ")" }.joined(" en ") + .text(" — overeenkomst \(Self.score(item.score)); gedeeld: ") + joined(item.sharedTerms, ", "))
        }
        return Section("Thema's die over de speerpunten heen terugkomen", blocks: [bullets(items)])
    }

    private func systemic(_ draft: AgendaDraft) -> Section {
        var previousContext: String?
        let questions = draft.systemic.map { question in
            var blocks: [Block] = [.quote(.text(question.text))]
            // The context once, where it changes.
            if question.section != previousContext { blocks.append(.paragraph(.emphasis("Context: \(question.section)."))) }
            previousContext = question.section
            if question.questions.isEmpty {
                blocks.append(.paragraph("Geen onderzoeksvraag sluit hierop aan: een lacune die de agenda moet benoemen."))
            } else {
                blocks.append(.paragraph("Sluiten hierop aan:"))
                blocks.append(bullets(question.questions.map { link in
                    Item(.text(link.question) + " — " + source(link.origin) + "; " + evidence(confirmed: link.confirmed, note: nil, score: link.score, sharedTerms: link.sharedTerms), subject: .connectedQuestion(node: link.origin.node))
                }))
            }
            return Section(.text(Self.heading(question.text)), blocks: blocks)
        }
        let gaps = draft.systemic.filter(\.questions.isEmpty)
        let lacunes: Block = gaps.isEmpty
            ? .paragraph("Elke systeemvraag heeft ten minste één aansluitende onderzoeksvraag.")
            : bullets(gaps.map { Item(.text(Self.heading($0.text))) })
        return Section("Systeemvragen van de ontwikkelgroep", blocks: [], sections: questions + [Section("Lacunes", blocks: [lacunes])])
    }

    private func index(_ draft: AgendaDraft) -> [Section] {
        let kinds = ["person": "persoon", "organisation": "organisatie", "stakeholder-group": "groep"]
        let parties: [[Inline]] = draft.stakeholders.map { entry in
            [.text(entry.name), .text(kinds[entry.kind] ?? entry.kind), .text(entry.detail), joined(entry.themes.map(Self.heading), "; ")]
        }
        let cases: [[Inline]] = draft.cases.map { entry in
            [.text(entry.name), .text(entry.kind), .text(entry.detail), joined(entry.themes.map(Self.heading), "; ")]
        }
        return [
            Section("Bijlage: register van partijen", blocks: [.table(.init(header: ["Naam", "Soort", "Rol of type", "Agenda\u{AD}thema's"], rows: parties))]),
            Section("Bijlage: register van praktijkvoorbeelden", blocks: [.table(.init(header: ["Praktijk\u{AD}voorbeeld", "Document", "Beschrijving", "Sluit aan bij"], rows: cases))]),
        ]
    }

    private func accountSection(_ account: Account) -> Section {
        let documents: [[Inline]] = account.documents.map { document in
            [.text(document.id), .text(document.kind.rawValue), .text(document.title ?? ""), .text(document.date ?? "")]
        }
        var blocks: [Block] = [
            .paragraph("Bronnen:"),
            .table(.init(header: ["Document", "Soort", "Titel", "Datum"], rows: documents)),
            .paragraph("Werkwijze: thema's van verschillende groepen binnen een speerpunt zijn samengevoegd als hun teksten (met vragen en geeltjes) genoeg op elkaar lijken; per groep blijft één thema per agendathema. Vragen van verschillende groepen, werkateliers en documenten die hetzelfde vragen (dezelfde begrippen, woorden of woordparen, over dezelfde partijen) zijn samengevoegd tot indicatieve vragen, zoals de James Lind Alliance inzendingen samenvoegt: één oorspronkelijke formulering gaat voorop (de formulering die het meest op de andere lijkt), de andere blijven met hun bron staan. Geeltjes van andere groepen die dezelfde vraag stellen tellen mee als draagvlak. Vragen en thema's zijn gerangschikt naar het aantal groepen dat ze inbracht, dan naar het aantal werkateliers en documenten. Koppelingen met systeemvragen rusten op wat de teksten delen: begrippen uit het lexicon, woorden en woordparen, zonder vraagwoorden en de algemene woorden van het vakgebied; bij elke koppeling staat waar ze op rust."),
            .paragraph("Parameters:"),
        ]
        if !account.parameters.isEmpty {
            blocks.append(bullets(account.parameters.map { Item(.text($0.name) + ": " + .text($0.value)) }))
        }
        if let agreement = account.agreement {
            blocks.append(.paragraph("Overeenstemming van de automatische clustering met de eigen indeling van de groepen: " + .text(agreement) + "."))
        }
        blocks.append(.paragraph("Opgesteld met agenda " + .text(account.version) + "."))
        return Section("Bijlage: verantwoording", blocks: blocks)
    }

    // MARK: Pieces

    private func bullets(_ items: [Item]) -> Block { .list(.init(ordered: false, items: items)) }

    private func count(_ n: Int) -> Inline { .text(String(n)) }

    private func joined(_ texts: [String], _ separator: String) -> Inline { texts.map(Inline.text).joined(Inline.text(separator)) }

    /// The one workshop a speerpunt's section names, with the document that reports on it.
    private static func reportOf(_ speerpunt: AgendaDraft.Speerpunt) -> (title: String, date: String, document: String)? {
        speerpunt.workshops.count == 1 ? speerpunt.workshops.first : nil
    }

    /// How a speerpunt's section cites: group and line where the section names the workshop's
    /// report, in full elsewhere.
    private func citing(in speerpunt: AgendaDraft.Speerpunt) -> (AgendaDraft.Origin) -> Inline {
        let report = Self.reportOf(speerpunt)
        return { origin in self.source(origin, brief: report.map { origin.workshop == $0.title && origin.document == $0.document } ?? false) }
    }

    private func source(_ origin: AgendaDraft.Origin, brief: Bool = false) -> Inline {
        .source(.init(group: origin.group, workshop: origin.workshop, document: origin.document, line: origin.line, brief: brief))
    }

    /// "1, 2 en 5".
    static func enumerated(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " en " + (items.last ?? "")
    }

    /// A heading for `text` that keeps whole words and the meaning: the whole text on one line
    /// when it is short; else the text up to the last break of its sentence within the length —
    /// a question mark, colon, semicolon, full stop or dash, or failing those a comma — that
    /// leaves at least four words, closes its brackets and does not end on a word like "tussen";
    /// failing those the first such break up to 140 characters (an opening bracket counts
    /// there); the whole text when there is none. Never cut mid-clause with "…": the full text
    /// stands below the heading.
    static func heading(_ text: String) -> String {
        let line = Inline.text(text).plainText.trimmingCharacters(in: .whitespaces)
        guard line.count > maximumHeading else { return line }
        var strong: String?, weak: String?
        var words = 0
        var previous: Character = " "
        var offset = 0
        for index in line.indices {
            let character = line[index]
            defer { previous = character; offset += 1 }
            if character == " ", previous != " " { words += 1 }
            guard offset <= maximumHeading else { break }
            let next = line.index(after: index)
            let endsWord = next == line.endIndex || line[next] == " "
            let kept = { (end: String.Index) in Self.isWhole(line[..<end]) ? String(line[..<end]) : nil }
            if character == "?", endsWord, words >= 3 {
                strong = kept(next) ?? strong
            } else if ":;".contains(character) && endsWord || character == "." && Self.endsSentence(line, at: index), words >= 3 {
                strong = kept(index) ?? strong
            } else if "–—".contains(character), previous == " ", words >= 4 {
                strong = kept(index) ?? strong
            } else if character == ",", endsWord, words >= 3 {
                weak = kept(index) ?? weak
            }
        }
        return (strong ?? weak ?? Self.firstBreak(in: line) ?? line).trimmingCharacters(in: .whitespaces)
    }

    /// The text before the first full stop, colon, semicolon or opening bracket within
    /// ``maximumBrokenHeading`` characters, after four words or more.
    private static func firstBreak(in line: String) -> String? {
        var words = 0
        var previous: Character = " "
        for (offset, index) in line.indices.enumerated() where offset <= maximumBrokenHeading {
            let character = line[index]
            defer { previous = character }
            if character == " ", previous != " " { words += 1 }
            guard words >= 4 else { continue }
            let next = line.index(after: index)
            guard isWhole(line[..<index]) else { continue }
            if ":;".contains(character), next == line.endIndex || line[next] == " " { return String(line[..<index]) }
            if character == ".", endsSentence(line, at: index) { return String(line[..<index]) }
            if character == "(", previous == " " { return String(line[..<index]) }
        }
        return nil
    }

    /// Whether the full stop at `index` ends a sentence: the text ends there, or a space and a
    /// capital follow (not "i.p.v. tijdelijk").
    private static func endsSentence(_ line: String, at index: String.Index) -> Bool {
        let next = line.index(after: index)
        guard next < line.endIndex else { return true }
        let after = line[next...]
        return after.first == " " && after.dropFirst().first?.isUppercase == true
    }

    /// Whether `text` can stand as a heading: every bracket opened in it is closed, and it
    /// does not end on a word that needs what follows ("tussen", "van", "de").
    private static func isWhole(_ text: Substring) -> Bool {
        guard text.filter({ $0 == "(" }).count == text.filter({ $0 == ")" }).count else { return false }
        let last = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return !dangling.contains(last)
    }

    /// Dutch and English words a heading cannot end on.
    private static let dangling: Set<String> = [
        "de", "het", "een", "en", "of", "van", "tussen", "in", "op", "voor", "met", "bij", "naar", "om", "te", "aan",
        "door", "over", "uit", "als", "dat", "die", "zodat", "waarbij", "tot", "the", "a", "an", "and", "or", "of", "to", "for", "with",
    ]

    /// A heading with no break within ``maximumHeading`` characters is cut at its first break
    /// within this many.
    static let maximumBrokenHeading = 140

    /// Headings longer than this many characters are cut at a break of the sentence.
    static let maximumHeading = 100

    private func supportText(_ support: AgendaDraft.Support) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        return [count(support.groups, "groep", "groepen"), count(support.workshops, "werkatelier", "werkateliers"), count(support.documents, "document", "documenten")].joined(separator: ", ")
    }

    private func linkText(_ link: AgendaDraft.SystemicLink) -> Inline {
        .text(Self.heading(link.label)) + " (" + evidence(confirmed: link.confirmed, note: link.note, score: link.score, sharedTerms: link.sharedTerms) + ")"
    }

    /// What a link rests on: a person's confirmation (with their note), or the toolkit's
    /// suggestion — and the score and shared terms when the texts share any.
    private func evidence(confirmed: Bool, note: String?, score: Double, sharedTerms: [String]) -> Inline {
        var said: Inline = confirmed ? .text(ReviewMark.confirmed.rawValue) + (note.map { ": " + .text($0) } ?? Inline([])) : "voorstel"
        if !sharedTerms.isEmpty { said = said + .text("; overeenkomst \(Self.score(score)); rust op: ") + joined(sharedTerms, ", ") }
        return said
    }

    /// A score with two decimals and a decimal comma, as Dutch readers expect.
    static func score(_ value: Double) -> String {
        String(format: "%.2f", value).replacingOccurrences(of: ".", with: ",")
    }
}

extension [AgendaDocument.Inline] {
    /// The texts one after another with `separator` between them.
    func joined(_ separator: AgendaDocument.Inline) -> AgendaDocument.Inline {
        var out = AgendaDocument.Inline([])
        for (offset, inline) in enumerated() { out = offset == 0 ? inline : out + separator + inline }
        return out
    }
}
