public import Graph
public import Linking

/// Writes the draft research agenda as CommonMark, in Dutch.
///
/// The headings and connecting phrases are fixed text of the template; everything else is a
/// formulation from the corpus with its source. The same draft gives the same bytes.
public struct AgendaMarkdownWriter: Sendable {
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

    public init() {}

    public func write(_ draft: AgendaDraft, account: Account, to output: inout some TextOutputStream) {
        var out = MarkdownOutput(output: output)
        defer { output = out.output }
        out.line("# Onderzoeksagenda — concept")
        out.line()
        out.line("Dit concept is opgesteld uit het materiaal van de werkateliers, de ontwikkelgroep en de praktijkvoorbeelden. Elke formulering komt uit de bronnen; waar ze vandaan komt staat erbij (werkatelier, groep, document en regel).")
        out.line()
        overview(draft, &out)
        widelyRaised(draft, &out)
        for speerpunt in draft.speerpunten { section(speerpunt, &out) }
        crossCutting(draft, &out)
        systemic(draft, &out)
        index(draft, &out)
        accountSection(account, &out)
    }

    /// The agenda as a string; for tests and small drafts.
    public func string(_ draft: AgendaDraft, account: Account) -> String {
        var text = ""
        write(draft, account: account, to: &text)
        return text
    }

    // MARK: Sections

    private func overview(_ draft: AgendaDraft, _ out: inout MarkdownOutput<some TextOutputStream>) {
        out.line("## Overzicht")
        out.line()
        out.line("| Speerpunt | Werkateliers | Agendathema's | Indicatieve vragen | Geeltjes |")
        out.line("| --- | --- | --- | --- | --- |")
        for speerpunt in draft.speerpunten {
            let workshops = speerpunt.workshops.map { "\($0.title) (\($0.date))" }.joined(separator: "; ")
            let notes = speerpunt.themes.reduce(0) { $0 + $1.noteCount }
            out.line("| \(MarkdownText.inline(speerpunt.name)) | \(MarkdownText.inline(workshops)) | \(speerpunt.themes.count) | \(speerpunt.questions.count) | \(notes) |")
        }
        out.line()
        let indicative = Set(draft.speerpunten.flatMap { $0.questions.map(\.origin.node) }).count
        out.line("De \(draft.questionsIn) onderzoeksvragen van de groepen zijn samengevoegd tot \(indicative) indicatieve vragen: vragen van verschillende groepen die hetzelfde vragen, staan als één vraag met al hun formuleringen en bronnen.")
        out.line()
    }

    private func widelyRaised(_ draft: AgendaDraft, _ out: inout MarkdownOutput<some TextOutputStream>) {
        out.line("## De meest gestelde vragen")
        out.line()
        if draft.widelyRaised.isEmpty {
            out.line("Geen vraag is door meer dan één groep gesteld.")
            out.line()
            return
        }
        out.line("Over alle speerpunten heen, naar het aantal groepen dat de vraag stelde:")
        out.line()
        for (number, question) in draft.widelyRaised.enumerated() {
            out.line("\(number + 1). \(MarkdownText.inline(question.text)) — \(supportText(question.support)); \(question.speerpunten.map(MarkdownText.inline).joined(separator: ", ")) — \(source(question.origin))")
        }
        out.line()
    }

    private func section(_ speerpunt: AgendaDraft.Speerpunt, _ out: inout MarkdownOutput<some TextOutputStream>) {
        out.line("## Speerpunt: \(MarkdownText.inline(speerpunt.name))")
        out.line()
        for workshop in speerpunt.workshops {
            out.line("Werkatelier ‘\(MarkdownText.inline(workshop.title))’, \(workshop.date).")
            out.line()
        }
        out.line("### Onderzoeksvragen, naar draagvlak")
        out.line()
        if speerpunt.questions.isEmpty { out.line("Geen onderzoeksvragen.") }
        for (number, question) in speerpunt.questions.enumerated() {
            self.question(question, number: number + 1, &out)
        }
        out.line()
        out.line("### Agendathema's")
        out.line()
        out.line("| Agendathema | Groepen | Werkateliers | Onderzoeksvragen | Geeltjes | Systeemvragen |")
        out.line("| --- | --- | --- | --- | --- | --- |")
        for theme in speerpunt.themes {
            let support = theme.support
            out.line("| \(MarkdownText.inline(theme.title)) | \(support.groups) | \(support.workshops) | \(theme.questions.count) | \(theme.noteCount) | \(theme.links.count) |")
        }
        out.line()
        let numbers = Dictionary(speerpunt.questions.enumerated().map { ($1.origin.node, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        for theme in speerpunt.themes { self.theme(theme, numbers: numbers, &out) }
    }

    /// One indicative question: its leading formulation, its support, every other formulation
    /// and note that raised it, its sub-questions and links, each with its source.
    private func question(_ question: AgendaDraft.Question, number: Int, _ out: inout MarkdownOutput<some TextOutputStream>) {
        out.line("\(number). \(MarkdownText.inline(question.text)) — \(source(question.origin))")
        out.line("    - Draagvlak: \(supportText(question.support)).")
        for other in question.alsoAskedAs {
            out.line("    - Ook gesteld als: \(MarkdownText.inline(other.text)) — \(source(other.origin))")
        }
        for note in question.raisedOnNotes {
            out.line("    - Op een geeltje: \(MarkdownText.inline(note.text)) — \(source(note.origin))")
        }
        for sub in question.subQuestions { out.line("    - Deelvraag: \(MarkdownText.inline(sub))") }
        for link in question.links { out.line("    - Systeemvraag: \(linkText(link))") }
    }

    private func theme(_ theme: AgendaDraft.Theme, numbers: [String: Int], _ out: inout MarkdownOutput<some TextOutputStream>) {
        out.line("### \(MarkdownText.inline(theme.title))")
        out.line()
        if theme.groupCount > 1 {
            out.line("*Samengevoegd uit de thema's van \(theme.groupCount) groepen.*")
        } else if let origin = theme.formulations.first?.origin {
            out.line("*Rust op één groep: \(MarkdownText.inline(origin.group)), werkatelier ‘\(MarkdownText.inline(origin.workshop))’.*")
        }
        out.line()
        out.line("Formuleringen van de groepen:")
        out.line()
        for formulation in theme.formulations {
            out.line("- \(MarkdownText.inline(formulation.text)) — \(source(formulation.origin))")
        }
        out.line()
        if !theme.questions.isEmpty {
            out.line("Onderzoeksvragen (genummerd als in de ranglijst van het speerpunt):")
            out.line()
            for question in theme.questions {
                let number = numbers[question.origin.node].map { "Vraag \($0): " } ?? ""
                out.line("- \(number)\(MarkdownText.inline(question.text)) — \(supportText(question.support))")
            }
            out.line()
        }
        if theme.noteCount > 0 {
            out.line("Geeltjes: \(theme.noteCount). De meest kenmerkende:")
            out.line()
            for note in theme.representativeNotes { out.line("- \(MarkdownText.inline(note.text)) — \(source(note.origin))") }
            out.line()
        }
        if !theme.stakeholders.isEmpty {
            out.line("Genoemde partijen: \(theme.stakeholders.map(MarkdownText.inline).joined(separator: ", ")).")
            out.line()
        }
        if !theme.stakeholderGroups.isEmpty {
            out.line("Betrokken groepen: \(theme.stakeholderGroups.map(MarkdownText.inline).joined(separator: ", ")).")
            out.line()
        }
        if !theme.cases.isEmpty {
            let cases = theme.cases.map { item in
                MarkdownText.inline(item.label) + (item.score.map { " (overeenkomst \(MarkdownText.score($0)))" } ?? " (casus van de groep)")
            }
            out.line("Praktijkvoorbeelden: \(cases.joined(separator: ", ")).")
            out.line()
        }
        if theme.links.isEmpty {
            out.line("Verbonden systeemvragen: geen boven de drempel.")
            out.line()
        } else {
            out.line("Verbonden systeemvragen:")
            out.line()
            for link in theme.links { out.line("- \(linkText(link))") }
            out.line()
        }
    }

    private func crossCutting(_ draft: AgendaDraft, _ out: inout MarkdownOutput<some TextOutputStream>) {
        out.line("## Thema's die over de speerpunten heen terugkomen")
        out.line()
        if draft.crossCutting.isEmpty {
            out.line("Geen agendathema's van verschillende speerpunten lijken genoeg op elkaar.")
        }
        for item in draft.crossCutting {
            let themes = item.themes.map { "\(MarkdownText.inline($0.title)) (\(MarkdownText.inline($0.speerpunt)))" }.joined(separator: " en ")
            out.line("- \(themes) — overeenkomst \(MarkdownText.score(item.score))")
        }
        out.line()
    }

    private func systemic(_ draft: AgendaDraft, _ out: inout MarkdownOutput<some TextOutputStream>) {
        out.line("## Systeemvragen van de ontwikkelgroep")
        out.line()
        for question in draft.systemic {
            out.line("### \(MarkdownText.inline(question.label))")
            out.line()
            out.line("> \(MarkdownText.inline(question.text))")
            out.line()
            out.line("*Context: \(MarkdownText.inline(question.section)).*")
            out.line()
            if question.questions.isEmpty {
                out.line("Geen onderzoeksvraag sluit hierop aan: een lacune die de agenda moet benoemen.")
            } else {
                out.line("Onderzoeksvragen en thema's die hierop aansluiten:")
                out.line()
                for link in question.questions {
                    out.line("- \(MarkdownText.inline(link.question)) — \(source(link.origin)); overeenkomst \(MarkdownText.score(link.score)); rust op: \(link.sharedTerms.map(MarkdownText.inline).joined(separator: ", "))")
                }
            }
            out.line()
        }
        let gaps = draft.systemic.filter(\.questions.isEmpty)
        out.line("### Lacunes")
        out.line()
        if gaps.isEmpty {
            out.line("Elke systeemvraag heeft ten minste één aansluitende onderzoeksvraag.")
        } else {
            for gap in gaps { out.line("- \(MarkdownText.inline(gap.label))") }
        }
        out.line()
    }

    private func index(_ draft: AgendaDraft, _ out: inout MarkdownOutput<some TextOutputStream>) {
        out.line("## Register van partijen")
        out.line()
        out.line("| Naam | Soort | Rol of type | Agendathema's |")
        out.line("| --- | --- | --- | --- |")
        let kinds = ["person": "persoon", "organisation": "organisatie", "stakeholder-group": "groep"]
        for entry in draft.stakeholders {
            out.line("| \(MarkdownText.inline(entry.name)) | \(kinds[entry.kind] ?? entry.kind) | \(MarkdownText.inline(entry.detail)) | \(entry.themes.map(MarkdownText.inline).joined(separator: "; ")) |")
        }
        out.line()
        out.line("## Register van praktijkvoorbeelden")
        out.line()
        out.line("| Praktijkvoorbeeld | Document | Beschrijving | Sluit aan bij |")
        out.line("| --- | --- | --- | --- |")
        for entry in draft.cases {
            out.line("| \(MarkdownText.inline(entry.name)) | \(MarkdownText.inline(entry.kind)) | \(MarkdownText.inline(entry.detail)) | \(entry.themes.map(MarkdownText.inline).joined(separator: "; ")) |")
        }
        out.line()
    }

    private func accountSection(_ account: Account, _ out: inout MarkdownOutput<some TextOutputStream>) {
        out.line("## Verantwoording")
        out.line()
        out.line("Bronnen:")
        out.line()
        out.line("| Document | Soort | Titel | Datum |")
        out.line("| --- | --- | --- | --- |")
        for document in account.documents {
            out.line("| \(MarkdownText.inline(document.id)) | \(document.kind.rawValue) | \(MarkdownText.inline(document.title ?? "")) | \(document.date ?? "") |")
        }
        out.line()
        out.line("Werkwijze: thema's van verschillende groepen binnen een speerpunt zijn samengevoegd als hun teksten (met vragen en geeltjes) genoeg op elkaar lijken; per groep blijft één thema per agendathema. Vragen van verschillende groepen, werkateliers en documenten die hetzelfde vragen (dezelfde begrippen, woorden of woordparen, over dezelfde partijen) zijn samengevoegd tot indicatieve vragen, zoals de James Lind Alliance inzendingen samenvoegt: één oorspronkelijke formulering gaat voorop (de formulering die het meest op de andere lijkt), de andere blijven met hun bron staan. Geeltjes van andere groepen die dezelfde vraag stellen tellen mee als draagvlak. Vragen en thema's zijn gerangschikt naar het aantal groepen dat ze inbracht, dan naar het aantal werkateliers en documenten. Koppelingen met systeemvragen rusten op wat de teksten delen: begrippen uit het lexicon, woorden en woordparen, zonder vraagwoorden en de algemene woorden van het vakgebied; bij elke koppeling staat waar ze op rust.")
        out.line()
        out.line("Parameters:")
        out.line()
        for (name, value) in account.parameters { out.line("- \(MarkdownText.inline(name)): \(MarkdownText.inline(value))") }
        out.line()
        if let agreement = account.agreement {
            out.line("Overeenstemming van de automatische clustering met de eigen indeling van de groepen: \(MarkdownText.inline(agreement)).")
            out.line()
        }
        out.line("Opgesteld met agenda \(MarkdownText.inline(account.version)).")
    }

    // MARK: Pieces

    private func source(_ origin: AgendaDraft.Origin) -> String {
        var parts: [String] = []
        if !origin.group.isEmpty { parts.append(MarkdownText.inline(origin.group)) }
        if !origin.workshop.isEmpty { parts.append("werkatelier ‘\(MarkdownText.inline(origin.workshop))’") }
        parts.append(SourceCitation.written(document: MarkdownText.inline(origin.document), line: origin.line))
        return "*" + parts.joined(separator: ", ") + "*"
    }

    private func supportText(_ support: AgendaDraft.Support) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        return [count(support.groups, "groep", "groepen"), count(support.workshops, "werkatelier", "werkateliers"), count(support.documents, "document", "documenten")].joined(separator: ", ")
    }

    private func linkText(_ link: AgendaDraft.SystemicLink) -> String {
        "\(MarkdownText.inline(link.label)) (overeenkomst \(MarkdownText.score(link.score)); rust op: \(link.sharedTerms.map(MarkdownText.inline).joined(separator: ", ")))"
    }
}

/// A text stream with a line helper.
struct MarkdownOutput<Stream: TextOutputStream> {
    var output: Stream

    mutating func line(_ text: String = "") {
        output.write(text)
        output.write("\n")
    }
}
