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
            introduction: [.paragraph("Dit concept is opgesteld uit het materiaal van de werkateliers, de ontwikkelgroep en de praktijkvoorbeelden. Elke formulering komt uit de bronnen; waar ze vandaan komt staat erbij (werkatelier, groep, document en regel).")],
            sections: [overview(draft), widelyRaised(draft)] + draft.speerpunten.map(section) + [crossCutting(draft), systemic(draft)] + index(draft) + [accountSection(account)])
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
            Item(.text(question.text) + " — " + .text(supportText(question.support)) + "; " + joined(question.speerpunten, ", ") + " — " + source(question.origin), subject: .question(node: question.origin.node))
        }
        return Section("De meest gestelde vragen", blocks: [
            .paragraph("Over alle speerpunten heen, naar het aantal groepen dat de vraag stelde:"),
            .list(.init(ordered: true, items: items)),
        ])
    }

    private func section(_ speerpunt: AgendaDraft.Speerpunt) -> Section {
        let blocks: [Block] = speerpunt.workshops.map { .paragraph("Werkatelier ‘" + .text($0.title) + .text("’, \($0.date).")) }
        let questions: Block = speerpunt.questions.isEmpty
            ? .paragraph("Geen onderzoeksvragen.")
            : .list(.init(ordered: true, items: speerpunt.questions.map(question)))
        let rows: [[Inline]] = speerpunt.themes.map { theme in
            let support = theme.support
            return [.text(theme.title), count(support.groups), count(support.workshops), count(theme.questions.count), count(theme.noteCount), count(theme.links.count)]
        }
        let numbers = Dictionary(speerpunt.questions.enumerated().map { ($1.origin.node, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        return Section("Speerpunt: " + .text(speerpunt.name), blocks: blocks, sections: [
            Section("Onderzoeksvragen, naar draagvlak", blocks: [questions]),
            Section("Agendathema's", blocks: [.table(.init(header: ["Agenda\u{AD}thema", "Groepen", "Werk\u{AD}ateliers", "Onderzoeks\u{AD}vragen", "Geeltjes", "Systeem\u{AD}vragen"], rows: rows))]),
        ] + speerpunt.themes.map { theme($0, numbers: numbers) })
    }

    /// One indicative question: its leading formulation, its support, every other formulation
    /// and note that raised it, its sub-questions and links, each with its source.
    private func question(_ question: AgendaDraft.Question) -> Item {
        var children = [Item(.text("Draagvlak: \(supportText(question.support))."))]
        children += question.alsoAskedAs.map { Item("Ook gesteld als: " + .text($0.text) + " — " + source($0.origin), subject: .formulation(node: $0.origin.node)) }
        children += question.raisedOnNotes.map { Item("Op een geeltje: " + .text($0.text) + " — " + source($0.origin), subject: .formulation(node: $0.origin.node)) }
        children += question.subQuestions.map { Item("Deelvraag: " + .text($0)) }
        children += question.links.map { Item("Systeemvraag: " + linkText($0), subject: .systemicLink(systemicQuestion: $0.systemicQuestion)) }
        let decided: Inline = question.confirmed ? " — " + .emphasis(ReviewMark.confirmed.rawValue) : Inline([])
        return Item(.text(question.text) + " — " + source(question.origin) + decided, subject: .question(node: question.origin.node), children: children)
    }

    private func theme(_ theme: AgendaDraft.Theme, numbers: [String: Int]) -> Section {
        var blocks: [Block] = []
        if theme.groupCount > 1 {
            blocks.append(.paragraph(.emphasis("Samengevoegd uit de thema's van \(theme.groupCount) groepen.")))
        } else if let origin = theme.formulations.first?.origin {
            blocks.append(.paragraph(.emphasis("Rust op één groep: \(origin.group), werkatelier ‘\(origin.workshop)’.")))
        }
        blocks.append(.paragraph("Formuleringen van de groepen:"))
        blocks.append(bullets(theme.formulations.map { Item(.text($0.text) + " — " + source($0.origin)) }))
        if !theme.questions.isEmpty {
            blocks.append(.paragraph("Onderzoeksvragen (genummerd als in de ranglijst van het speerpunt):"))
            blocks.append(bullets(theme.questions.map { question in
                let number: Inline = numbers[question.origin.node].map { .text("Vraag \($0): ") } ?? Inline([])
                return Item(number + .text(question.text) + " — " + .text(supportText(question.support)), subject: .question(node: question.origin.node))
            }))
        }
        if theme.noteCount > 0 {
            blocks.append(.paragraph(.text("Geeltjes: \(theme.noteCount). De meest kenmerkende:")))
            blocks.append(bullets(theme.representativeNotes.map { Item(.text($0.text) + " — " + source($0.origin)) }))
        }
        if !theme.stakeholders.isEmpty {
            blocks.append(.paragraph("Genoemde partijen: " + joined(theme.stakeholders, ", ") + "."))
        }
        if !theme.stakeholderGroups.isEmpty {
            blocks.append(.paragraph("Betrokken groepen: " + joined(theme.stakeholderGroups, ", ") + "."))
        }
        if !theme.cases.isEmpty {
            let cases = theme.cases.map { item in
                .text(item.label) + .text(item.confirmed ? " (\(ReviewMark.confirmed.rawValue))" : item.score.map { " (voorstel, overeenkomst \(Self.score($0)))" } ?? " (casus van de groep)")
            }
            blocks.append(.paragraph("Praktijkvoorbeelden: " + cases.joined(", ") + "."))
        }
        if theme.links.isEmpty {
            blocks.append(.paragraph("Verbonden systeemvragen: geen boven de drempel."))
        } else {
            blocks.append(.paragraph("Verbonden systeemvragen:"))
            blocks.append(bullets(theme.links.map { Item(linkText($0), subject: .systemicLink(systemicQuestion: $0.systemicQuestion)) }))
        }
        return Section(.text(theme.title), blocks: blocks)
    }

    private func crossCutting(_ draft: AgendaDraft) -> Section {
        guard !draft.crossCutting.isEmpty else {
            return Section("Thema's die over de speerpunten heen terugkomen", blocks: [.paragraph("Geen agendathema's van verschillende speerpunten lijken genoeg op elkaar.")])
        }
        let items = draft.crossCutting.map { item in
            Item(item.themes.map { .text($0.title) + " (" + .text($0.speerpunt) + ")" }.joined(" en ") + .text(" — overeenkomst \(Self.score(item.score))"))
        }
        return Section("Thema's die over de speerpunten heen terugkomen", blocks: [bullets(items)])
    }

    private func systemic(_ draft: AgendaDraft) -> Section {
        let questions = draft.systemic.map { question in
            var blocks: [Block] = [.quote(.text(question.text)), .paragraph(.emphasis("Context: \(question.section)."))]
            if question.questions.isEmpty {
                blocks.append(.paragraph("Geen onderzoeksvraag sluit hierop aan: een lacune die de agenda moet benoemen."))
            } else {
                blocks.append(.paragraph("Onderzoeksvragen en thema's die hierop aansluiten:"))
                blocks.append(bullets(question.questions.map { link in
                    Item(.text(link.question) + " — " + source(link.origin) + "; " + evidence(confirmed: link.confirmed, note: nil, score: link.score, sharedTerms: link.sharedTerms), subject: .connectedQuestion(node: link.origin.node))
                }))
            }
            return Section(.text(question.label), blocks: blocks)
        }
        let gaps = draft.systemic.filter(\.questions.isEmpty)
        let lacunes: Block = gaps.isEmpty
            ? .paragraph("Elke systeemvraag heeft ten minste één aansluitende onderzoeksvraag.")
            : bullets(gaps.map { Item(.text($0.label)) })
        return Section("Systeemvragen van de ontwikkelgroep", blocks: [], sections: questions + [Section("Lacunes", blocks: [lacunes])])
    }

    private func index(_ draft: AgendaDraft) -> [Section] {
        let kinds = ["person": "persoon", "organisation": "organisatie", "stakeholder-group": "groep"]
        let parties: [[Inline]] = draft.stakeholders.map { entry in
            [.text(entry.name), .text(kinds[entry.kind] ?? entry.kind), .text(entry.detail), joined(entry.themes, "; ")]
        }
        let cases: [[Inline]] = draft.cases.map { entry in
            [.text(entry.name), .text(entry.kind), .text(entry.detail), joined(entry.themes, "; ")]
        }
        return [
            Section("Register van partijen", blocks: [.table(.init(header: ["Naam", "Soort", "Rol of type", "Agenda\u{AD}thema's"], rows: parties))]),
            Section("Register van praktijkvoorbeelden", blocks: [.table(.init(header: ["Praktijk\u{AD}voorbeeld", "Document", "Beschrijving", "Sluit aan bij"], rows: cases))]),
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
        return Section("Verantwoording", blocks: blocks)
    }

    // MARK: Pieces

    private func bullets(_ items: [Item]) -> Block { .list(.init(ordered: false, items: items)) }

    private func count(_ n: Int) -> Inline { .text(String(n)) }

    private func joined(_ texts: [String], _ separator: String) -> Inline { texts.map(Inline.text).joined(Inline.text(separator)) }

    private func source(_ origin: AgendaDraft.Origin) -> Inline {
        .source(.init(group: origin.group, workshop: origin.workshop, document: origin.document, line: origin.line))
    }

    private func supportText(_ support: AgendaDraft.Support) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        return [count(support.groups, "groep", "groepen"), count(support.workshops, "werkatelier", "werkateliers"), count(support.documents, "document", "documenten")].joined(separator: ", ")
    }

    private func linkText(_ link: AgendaDraft.SystemicLink) -> Inline {
        .text(link.label) + " (" + evidence(confirmed: link.confirmed, note: link.note, score: link.score, sharedTerms: link.sharedTerms) + ")"
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
