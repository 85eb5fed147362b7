/// Reads a workshop report: its workshops, their speakers and groups, and each group's
/// themes, questions and notes.
///
/// A workshop starts at a line that names a workshop word from the lexicon
/// ("werkatelier") together with a full date; a group starts at a short heading that opens
/// with a group word ("Groep geel", "Groep 2"). What comes between a workshop's start and
/// its first group is the plenary part, where speakers are introduced. Each group's text is
/// read by ``GroupParser``. Nothing here depends on one report's sentences.
public struct WorkshopReportInterpreter: DocumentInterpreter {
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    public func interpret(_ outline: Outline, document: Document) -> GraphDelta {
        var builder = DeltaBuilder(document: document.id, lexicon: lexicon)
        let people = PersonMentionFinder(lexicon: lexicon)
        let blocks = outline.blocks
        guard !blocks.isEmpty else { return builder.delta }

        var starts = blocks.indices.filter { isWorkshopHeader(blocks[$0]) }
        let headed = !starts.isEmpty
        if !headed { starts = [blocks.startIndex] }

        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : blocks.endIndex
            let header = blocks[start]
            let workshopID = builder.id("w\(number + 1)")
            let title = headed ? workshopTitle(header.text) : (document.title ?? document.id)
            var properties: [String: String] = ["title": title]
            if let date = headed ? DutchDate.firstISODate(in: header.text) : document.date { properties["date"] = date }
            properties["speerpunt"] = speerpunt(for: title) ?? title
            builder.add(Node(id: workshopID, kind: .workshop, label: title, text: header.text, provenance: builder.provenance(header), properties: properties))

            let bodyStart = headed ? start + 1 : start
            let groupStarts = (bodyStart..<end).filter { isGroupHeader(blocks[$0]) }
            let plenaryEnd = groupStarts.first ?? end
            var plenary: [String] = []
            for block in blocks[bodyStart..<plenaryEnd] where block.kind != .caption {
                plenary.append(block.text)
                for mention in people.mentions(in: block.text) {
                    let personID = builder.addPerson(mention, at: block)
                    builder.connect(personID, workshopID, .speaksAt, properties: ["sentence": Self.sentence(containing: mention.name, in: block.text)])
                }
            }
            if !plenary.isEmpty { builder.update(workshopID) { $0.properties["plenary"] = plenary.joined(separator: "\n") } }

            for (groupNumber, groupStart) in groupStarts.enumerated() {
                let groupEnd = groupNumber + 1 < groupStarts.count ? groupStarts[groupNumber + 1] : end
                let heading = blocks[groupStart]
                let groupID = "\(workshopID).g\(groupNumber + 1)"
                let groupLabel = heading.text
                builder.add(Node(id: groupID, kind: .group, label: groupLabel, provenance: builder.provenance(heading), properties: ["workshop": title]))
                builder.connect(groupID, workshopID, .partOf)
                var parser = GroupParser(lexicon: lexicon, groupID: groupID, context: ["workshop": title, "group": groupLabel])
                parser.parse(blocks[(groupStart + 1)..<groupEnd], into: &builder)
                for block in blocks[(groupStart + 1)..<groupEnd] where block.kind != .caption {
                    for mention in people.mentions(in: block.text) {
                        let personID = builder.addPerson(mention, at: block)
                        builder.connect(groupID, personID, .mentions)
                    }
                }
            }
        }
        return builder.delta
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
        var sentences: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "." || character == "?" || character == "!" {
                sentences.append(current)
                current = ""
            }
        }
        sentences.append(current)
        return (sentences.first { $0.contains(name) } ?? text).trimmingWhitespace()
    }
}
