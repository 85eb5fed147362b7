public import Graph
/// Reads a workshop report: its workshops, their speakers and groups, and each group's
/// themes, questions and notes.
///
/// A workshop starts at a line that names a workshop word from the lexicon
/// ("werkatelier") together with a full date; a group starts at a short heading that opens
/// with a group word ("Groep geel", "Groep 2"). What comes between a workshop's start and
/// its first group is the plenary part, where speakers are introduced. Each group's text is
/// read by ``GroupParser``. Nothing here depends on one report's sentences.
public struct WorkshopReportInterpreter: DocumentInterpreter {
    public let lexicon: Lexicon
    /// The stakeholder patterns, compiled once for every document this interpreter reads.
    let entities: EntityMentions

    public init(lexicon: Lexicon = .standard) throws(GraphError) {
        self.lexicon = lexicon
        entities = try EntityMentions(lexicon: lexicon)
    }

    public func interpret(_ outline: Outline, document: Document) -> GraphDelta {
        var builder = DeltaBuilder(document: document.id, lexicon: lexicon)
        let blocks = outline.blocks
        guard !blocks.isEmpty else { return builder.delta }

        var starts = blocks.indices.filter { isWorkshopHeader(blocks[$0]) }
        let headed = !starts.isEmpty
        if !headed { starts = [blocks.startIndex] }
        // The introduction before the first workshop names the organisers.
        for block in blocks[blocks.startIndex..<(starts.first ?? blocks.startIndex)] where block.kind != .caption {
            entities.record(block, mentionedBy: nil, in: &builder, stakeholderGroups: false)
        }

        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : blocks.endIndex
            let header = blocks[start]
            let workshopID = builder.id("w\(number + 1)")
            let title = headed ? workshopTitle(header.text) : (document.title ?? document.id)
            var properties: Properties = [.title: .text(title)]
            if let date = headed ? DutchDate.firstISODate(in: header.text) : document.date { properties[.date] = date }
            properties[.speerpunt] = speerpunt(for: title) ?? title
            builder.add(Node(id: workshopID, kind: .workshop, label: title, text: header.text, provenance: builder.provenance(header), properties: properties))

            let bodyStart = headed ? start + 1 : start
            let groupStarts = (bodyStart..<end).filter { isGroupHeader(blocks[$0]) }
            let plenaryEnd = groupStarts.first ?? end
            var plenary: [String] = []
            for block in blocks[bodyStart..<plenaryEnd] where block.kind != .caption {
                plenary.append(block.text)
                for mention in entities.people.mentions(in: block.text) {
                    let personID = builder.addPerson(mention, at: block)
                    builder.connect(personID, workshopID, .speaksAt, properties: [.sentence: .text(Self.sentence(containing: mention.name, in: block.text))])
                    addPracticeCase(of: mention, speaker: personID, workshop: workshopID, title: title, block: block, into: &builder)
                }
                entities.record(block, mentionedBy: workshopID, in: &builder, stakeholderGroups: false)
            }
            // Names under photos: the people pictured, merged with a speaker whose name they misspell.
            for block in blocks[bodyStart..<end] where block.kind == .caption && TextShape.isNameCaption(block.text) {
                let personID = builder.addPerson(PersonMention(name: block.text, role: nil, organisations: []), at: block, fuzzy: true)
                builder.connect(workshopID, personID, .mentions)
            }
            if !plenary.isEmpty { builder.update(workshopID) { $0.properties[.plenary] = plenary.joined(separator: "\n") } }

            for (groupNumber, groupStart) in groupStarts.enumerated() {
                let groupEnd = groupNumber + 1 < groupStarts.count ? groupStarts[groupNumber + 1] : end
                let heading = blocks[groupStart]
                let groupID = "\(workshopID).g\(groupNumber + 1)"
                let groupLabel = heading.text
                builder.add(Node(id: groupID, kind: .group, label: groupLabel, provenance: builder.provenance(heading), properties: [.workshop: .text(title)]))
                builder.connect(groupID, workshopID, .partOf)
                var parser = GroupParser(lexicon: lexicon, groupID: groupID, context: [.workshop: .text(title), .group: .text(groupLabel)])
                parser.marksLists = outline.marksLists
                let groupBlocks = blocks[(groupStart + 1)..<groupEnd]
                parser.parse(groupBlocks, into: &builder)
                addCases(in: groupBlocks, group: groupID, workshop: title, into: &builder)
                // Every block's stakeholders are mentioned by the notes, themes and questions read from it.
                var byLine: [Int: [String]] = [:]
                for node in builder.nodes where node.id.hasPrefix(groupID + ".") && [.note, .theme, .question].contains(node.kind) {
                    byLine[node.provenance.line, default: []].append(node.id)
                }
                for block in groupBlocks where block.kind != .caption {
                    let mentioners = byLine[block.line] ?? [groupID]
                    for mentioner in mentioners { entities.record(block, mentionedBy: mentioner, in: &builder) }
                }
            }
        }
        return builder.delta
    }

    // MARK: Practice cases

    /// A speaker from outside the knowledge institutions presents a practice case: their
    /// organisation's work becomes an initiative, described by the sentence that introduces it.
    private func addPracticeCase(of mention: PersonMention, speaker: String, workshop: String, title: String, block: OutlineBlock, into builder: inout DeltaBuilder) {
        guard let written = mention.organisations.first else { return }
        let organisationID = builder.addOrganisation(written, at: block)
        guard let organisation = builder.node(organisationID) else { return }
        let type = organisation.properties[.type] ?? entities.organisations.type(of: organisation.label)
        guard type != OrganisationType.hogeschool.rawValue, type != OrganisationType.university.rawValue else { return }
        let id = builder.id("initiative." + NodeID.slug(organisation.label))
        if builder.node(id) == nil {
            // The sentences that name the speaker (also by first name) or the organisation.
            let firstName = mention.name.split(separator: " ").first.map(String.init) ?? mention.name
            let sentences = Self.sentences(of: block.text).filter { sentence in
                [mention.name, written, organisation.label].contains { sentence.contains($0) }
                    || sentence.split(whereSeparator: { !$0.isLetter }).first.map(String.init) == firstName
            }
            // A contribution the report says did not take place is no case.
            guard !sentences.contains(where: Self.saysCancelled(lexicon)) else { return }
            let text = sentences.joined(separator: " ")
            builder.add(Node(
                id: id, kind: .initiative, label: organisation.label, text: text,
                provenance: builder.provenance(block),
                properties: [.workshop: .text(title), .source: "praktijkbijdrage in het werkatelier", .summary: .text(CaseSummary(lexicon: lexicon).summary(of: text, name: organisation.label))]))
        }
        builder.connect(id, organisationID, .involves)
        builder.connect(id, speaker, .involves)
        builder.connect(id, workshop, .partOf)
    }

    /// Whether a sentence says that what it names did not take place (the lexicon's
    /// `cancellation-cues`, as whole words).
    static func saysCancelled(_ lexicon: Lexicon) -> (String) -> Bool {
        { sentence in
            let words = " " + sentence.lowercased().split { !$0.isLetter }.joined(separator: " ") + " "
            return lexicon.cancellationCues.contains { words.contains(" " + $0 + " ") }
        }
    }

    /// A label such as "Casus Ouderenzorg:" opens a case: the prose under it describes it.
    private func addCases(in blocks: ArraySlice<OutlineBlock>, group: String, workshop: String, into builder: inout DeltaBuilder) {
        let caseWords = ["casus", "case", "praktijkvoorbeeld", "praktijkcasus"]
        let blocks = Array(blocks)
        for (index, block) in blocks.enumerated() where block.listLevel == nil && TextCues.isLabel(block.text) {
            let words = block.text.dropLast().split(separator: " ")
            guard let first = words.first, caseWords.contains(first.lowercased()), words.count >= 2 else { continue }
            let name = words.dropFirst().joined(separator: " ")
            var description: [String] = []
            var following = index + 1
            while following < blocks.count, blocks[following].kind == .paragraph, !TextCues.isLabel(blocks[following].text), !TextCues.isHeadingLike(blocks[following]) {
                description.append(blocks[following].text)
                following += 1
            }
            let id = builder.id("initiative." + NodeID.slug(name))
            let text = description.joined(separator: "\n")
            builder.add(Node(
                id: id, kind: .initiative, label: name, text: text, provenance: builder.provenance(block),
                properties: [.workshop: .text(workshop), .source: "casus van de groep", .summary: .text(CaseSummary(lexicon: lexicon).summary(of: text, name: name))]))
            builder.connect(id, group, .partOf)
            for paragraph in blocks[(index + 1)..<following] {
                let found = entities.record(paragraph, mentionedBy: nil, in: &builder, stakeholderGroups: false)
                for entity in found.people + found.organisations { builder.connect(id, entity, .involves) }
            }
        }
    }

    /// The sentences of `text`; a closing quote or bracket stays with the sentence it closes,
    /// and a full stop inside a word or number ("10.000", "m.n.") ends nothing.
    static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var ended = false
        for character in text {
            if ended {
                if character.isWhitespace {
                    sentences.append(current.trimmingWhitespace())
                    current = ""
                    ended = false
                } else if !"’”\"')".contains(character) {
                    ended = false
                }
            }
            current.append(character)
            if character == "." || character == "?" || character == "!" { ended = true }
        }
        if !current.trimmingWhitespace().isEmpty { sentences.append(current.trimmingWhitespace()) }
        return sentences.filter { !$0.isEmpty }
    }

    // MARK: Recognising structure

    func isWorkshopHeader(_ block: OutlineBlock) -> Bool {
        guard block.listLevel == nil, block.kind != .caption, TextShape.wordCount(block.text) <= 20 else { return false }
        let words = block.text.lowercased().split(whereSeparator: { !$0.isLetter })
        guard words.contains(where: { word in lexicon.workshopWords.contains { word.hasPrefix($0) } }) else { return false }
        return DutchDate.firstISODate(in: block.text) != nil
    }

    func isGroupHeader(_ block: OutlineBlock) -> Bool {
        guard block.listLevel == nil, block.kind != .caption else { return false }
        let words = block.text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard (2...5).contains(words.count), let first = words.first else { return false }
        guard lexicon.groupWords.contains(first.lowercased()) else { return false }
        return !block.text.contains(where: { ".,;:?!".contains($0) })
    }

    /// The quoted name of the workshop ("‘een leven lang leren’"), or the header without its date.
    func workshopTitle(_ header: String) -> String {
        let pairs: [(Character, Character)] = [("‘", "’"), ("“", "”"), ("\"", "\""), ("'", "'"), ("«", "»")]
        for (open, close) in pairs {
            if let start = header.firstIndex(of: open),
                let end = header[header.index(after: start)...].firstIndex(of: close)
            {
                let quoted = header[header.index(after: start)..<end].trimmingWhitespace()
                if !quoted.isEmpty { return quoted }
            }
        }
        return header
    }

    /// The speerpunt a workshop title names, by the lexicon's names and aliases.
    func speerpunt(for title: String) -> String? {
        let lowered = title.lowercased()
        return lexicon.speerpunten.first { point in
            ([point.name] + point.aliases).contains { lowered.contains($0.lowercased()) }
        }?.name
    }

    /// The sentence of `text` that names `name`.
    static func sentence(containing name: String, in text: String) -> String {
        sentences(of: text).first { $0.contains(name) } ?? text
    }
}
