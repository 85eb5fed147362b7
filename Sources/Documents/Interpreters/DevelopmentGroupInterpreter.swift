public import Graph
/// Reads a development group's material (slides, notes of its meetings) into the systemic
/// questions it names: the issues that lie outside local influence.
///
/// - A statement is systemic when it names a cue of the lexicon's `systemic-cues` (laws, money,
///   the system, frames of thought, …); its section heading is kept as context.
/// - Two sections whose headings differ in one word ("De EXCLUSIEVE arbeidsmarkt" and "De
///   INCLUSIEVE arbeidsmarkt") are a contrast: each "Label: …" statement they share becomes one
///   systemic question holding both sides.
/// - Lists of meeting logistics (welcome, lunch, introductions) are skipped.
/// People and organisations are read from every statement.
public struct DevelopmentGroupInterpreter: DocumentInterpreter {
    public let lexicon: Lexicon
    /// The stakeholder patterns, compiled once for every document this interpreter reads.
    let entities: EntityMentions

    public init(lexicon: Lexicon = .standard) throws(GraphError) {
        self.lexicon = lexicon
        entities = try EntityMentions(lexicon: lexicon)
    }

    public func interpret(_ outline: Outline, document: Document) -> GraphDelta {
        var builder = DeltaBuilder(document: document.id, lexicon: lexicon)
        let sections = Section.split(outline)
        let contrasts = Self.contrastPairs(sections)
        let contrasted = Set(contrasts.flatMap { [$0.0, $0.1] })
        var count = 0

        for (index, section) in sections.enumerated() {
            let context = section.title(or: document.title ?? document.id)
            // A short statement on a slide reads like a heading; it counts as a statement too.
            let statements = (section.heading.map { [$0] } ?? []) + section.blocks.filter { !isLogistics($0, in: section) }
            for block in statements {
                let found = entities.record(block, mentionedBy: nil, in: &builder, stakeholderGroups: false)
                guard !contrasted.contains(index), block.listLevel == nil, isSystemic(block.text) else { continue }
                count += 1
                let id = builder.id("sq\(count)")
                builder.add(Node(id: id, kind: .systemicQuestion, label: Self.label(block.text), text: block.text, provenance: builder.provenance(block), properties: [.section: .text(context)]))
                for entity in found.people + found.organisations { builder.connect(id, entity, .mentions) }
                for group in entities.groups.groups(in: block.text) { builder.connect(id, builder.addStakeholderGroup(group, at: block), .mentions) }
            }
        }
        for (a, b) in contrasts {
            let left = Self.labelled(sections[a]), right = Self.labelled(sections[b])
            let leftTitle = Self.subtitled(sections[a]), rightTitle = Self.subtitled(sections[b])
            for (label, leftBlock) in left {
                guard let rightBlock = right.first(where: { $0.0.lowercased() == label.lowercased() })?.1 else { continue }
                count += 1
                let id = builder.id("sq\(count)")
                let name = "\(Self.contrastName(sections[a], sections[b])): \(label.lowercased())"
                let text = "\(leftTitle): \(leftBlock.text)\n\(rightTitle): \(rightBlock.text)"
                builder.add(Node(id: id, kind: .systemicQuestion, label: name, text: text, provenance: Provenance(document: document.id, line: leftBlock.line, endLine: rightBlock.endLine), properties: [.section: .text("\(leftTitle) / \(rightTitle)"), .dimension: .text(label)]))
            }
        }
        return builder.delta
    }

    /// Whether `text` names an issue outside local influence, by the lexicon's cues (whole words).
    func isSystemic(_ text: String) -> Bool {
        let lowered = " " + text.lowercased().map { $0.isLetter ? $0 : " " } + " "
        return lexicon.systemicCues.contains { lowered.contains(" " + $0 + " ") }
    }

    /// A list item of a list that is mostly meeting logistics, or such an item's sub-items.
    func isLogistics(_ block: OutlineBlock, in section: Section) -> Bool {
        guard block.listLevel != nil else { return false }
        let items = section.blocks.filter { $0.listLevel == 1 }
        let logistics = items.filter { item in
            let words = item.text.lowercased().split(whereSeparator: { !$0.isLetter })
            return words.contains { lexicon.logisticsWords.contains(String($0)) }
        }
        return logistics.count * 3 >= max(items.count, 1)
    }

    /// Section pairs whose headings differ in exactly one word.
    static func contrastPairs(_ sections: [Section]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for a in sections.indices {
            for b in sections.indices where b > a {
                guard let x = sections[a].heading?.text.split(separator: " "), let y = sections[b].heading?.text.split(separator: " "),
                    x.count == y.count, x.count >= 2
                else { continue }
                let differing = zip(x, y).filter { $0.lowercased() != $1.lowercased() }
                if differing.count == 1, !labelled(sections[a]).isEmpty { pairs.append((a, b)) }
            }
        }
        return pairs
    }

    /// "Label: text" statements of a section.
    static func labelled(_ section: Section) -> [(String, OutlineBlock)] {
        section.blocks.compactMap { block in
            guard let colon = block.text.firstIndex(of: ":") else { return nil }
            let label = block.text[..<colon].trimmingWhitespace()
            return TextShape.wordCount(label) == 1 && label.first?.isUppercase == true ? (label, block) : nil
        }
    }

    /// The heading with a short line right under it ("De EXCLUSIEVE arbeidsmarkt (anno nu)").
    static func subtitled(_ section: Section) -> String {
        let heading = section.heading?.text ?? ""
        if let first = section.blocks.first, TextShape.wordCount(first.text) <= 3, !first.text.contains(":") {
            return "\(heading) (\(first.text))"
        }
        return heading
    }

    /// "Exclusieve versus inclusieve arbeidsmarkt" from two headings differing in one word.
    static func contrastName(_ a: Section, _ b: Section) -> String {
        let x = (a.heading?.text ?? "").split(separator: " ").map(String.init)
        let y = (b.heading?.text ?? "").split(separator: " ").map(String.init)
        guard let position = x.indices.first(where: { $0 < y.count && x[$0].lowercased() != y[$0].lowercased() }) else { return a.heading?.text ?? "" }
        let rest = x.enumerated().filter { $0.offset != position && !["de", "het", "een", "the"].contains($0.element.lowercased()) }.map(\.element)
        let name = "\(x[position].lowercased()) versus \(y[position].lowercased()) \(rest.joined(separator: " "))"
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// The first clause of a statement.
    static func label(_ text: String) -> String {
        let clause = text.split(separator: ";", maxSplits: 1).first.map(String.init) ?? text
        return TextCues.label(clause, maxWords: 12)
    }
}
