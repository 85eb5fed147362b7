import Graph
import CLibXML2
import Foundation

/// The body of a Word document (`word/document.xml`) read into an outline, with the styles and
/// numbering that give its paragraphs their headings and list markers.
struct WordBody {
    let numbering: WordNumbering
    let styles: WordStyles

    /// What one paragraph is, once its own properties and its style's are combined.
    enum Role: Hashable {
        case heading(level: Int)
        case item(numId: String?, ilvl: Int, level: Int, ordered: Bool?)
        case plain
    }

    func outline(_ document: XMLDocument, document id: String) -> Outline {
        guard let root = document.root, let body = XMLNode.child(root, "body") else { return Outline(document: id, blocks: []) }
        var classifier = LineClassifier()
        var counter = WordCounter()
        var blocks: [OutlineBlock] = []
        var paragraph = 0

        func visit(_ node: xmlNodePtr) {
            switch XMLNode.name(node) {
            case "p":
                paragraph += 1
                if let block = read(node, line: paragraph) { blocks.append(block) }
            case "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "smartTag", "ins":
                for child in XMLNode.children(node) { visit(child) }
            default:
                break
            }
        }

        func read(_ node: xmlNodePtr, line: Int) -> OutlineBlock? {
            let text = Self.text(of: node)
            switch role(of: XMLNode.child(node, "pPr")) {
            case .heading(let level):
                return classifier.heading(text, level: level, line: line)
            case .item(let numId, let ilvl, let level, let ordered):
                let marker = counter.marker(numId: numId, ilvl: ilvl, ordered: ordered, numbering: numbering, styles: styles)
                return classifier.item(text, marker: marker, level: level, line: line)
            case .plain:
                return classifier.classify(text[...], line: line)
            }
        }

        for child in XMLNode.children(body) { visit(child) }
        return Outline(document: id, blocks: blocks, marksLists: true)
    }

    /// The role of a paragraph with properties `pPr`: a heading by its outline level or style,
    /// a list item by its own numbering or its style's, or else plain text.
    func role(of properties: xmlNodePtr?) -> Role {
        let styleID = properties.flatMap { XMLNode.child($0, "pStyle") }.flatMap { XMLNode.attribute($0, "val") } ?? styles.defaultStyle
        let style = styleID.map(styles.resolved) ?? WordStyles.Resolved()
        if let outline = properties.flatMap(WordStyles.outlineLevel) {
            if outline < 9 { return .heading(level: outline + 1) }
        } else if let level = style.headingLevel {
            return .heading(level: level)
        }
        let own = properties.flatMap { XMLNode.child($0, "numPr") }.map(WordStyles.numbering)
        let numId = own?.numId ?? style.numbering?.numId
        if numId == "0" { return .plain }  // numbering switched off on this paragraph
        let listed = numId.map(numbering.defines) ?? false
        guard listed || style.list != nil else { return .plain }
        let ilvl = own?.ilvl ?? style.numbering?.ilvl
            ?? styleID.flatMap { id in numId.flatMap { numbering.level(ofStyle: id, numId: $0, styles: styles) } } ?? 0
        let level = max(ilvl + 1, style.list?.level ?? 1)
        return .item(numId: listed ? numId : nil, ilvl: ilvl, level: level, ordered: style.list?.ordered)
    }

    /// A paragraph's text: runs, tabs, breaks, hyperlinks and simple fields; no field codes,
    /// deleted text or footnote references.
    static func text(of paragraph: xmlNodePtr) -> String {
        var out = ""
        func walk(_ node: xmlNodePtr) {
            switch XMLNode.name(node) {
            case "t": out += XMLNode.text(node)
            case "tab": out += "\t"
            case "br", "cr": out += " "
            case "pPr", "rPr", "instrText", "delText", "del", "footnoteReference", "endnoteReference", "commentReference": return
            default: for child in XMLNode.children(node) { walk(child) }
            }
        }
        for child in XMLNode.children(paragraph) { walk(child) }
        return out
    }
}

/// Counts list items as Word does: lists that share an abstract definition count on together,
/// a list instance with a `w:startOverride` restarts its level where it is first used, and an
/// item closes the deeper levels under it.
struct WordCounter {
    private var counts: [String: [Int: Int]] = [:]  // counter → ilvl → current number
    private var started: Set<String> = []  // "numId/ilvl" already restarted by its override

    /// The marker of the next item of list `numId` at level `ilvl`; a list style without a list
    /// definition numbers (or bullets) by what its name says.
    mutating func marker(numId: String?, ilvl: Int, ordered: Bool?, numbering: WordNumbering, styles: WordStyles) -> ListMarker {
        let key = numId.flatMap { numbering.counter(of: $0, styles: styles) } ?? "style:\(ordered ?? false)"
        let level = numId.flatMap { numbering.level(numId: $0, ilvl: ilvl, styles: styles) }
        var levels = counts[key] ?? [:]
        var number = levels[ilvl].map(FileNumber.next(after:)) ?? level?.start ?? 1
        if let numId, let start = numbering.startOverride(numId: numId, ilvl: ilvl), started.insert("\(numId)/\(ilvl)").inserted {
            number = start
        }
        levels[ilvl] = number
        for deeper in levels.keys where deeper > ilvl { levels[deeper] = nil }
        counts[key] = levels
        if let level { return Self.marker(level, number: number) }
        return ordered == true ? .number(number, punctuation: ".") : .bullet("·")
    }

    /// The marker Word shows for `number` at a level: "·" for bullets, "3." or "b)" as lvlText says.
    static func marker(_ level: WordNumbering.Level, number: Int) -> ListMarker {
        let punctuation = level.text.hasSuffix(")") ? ")" : level.text.hasSuffix(".") ? "." : ""
        switch level.format {
        case "decimal", "decimalZero": return .number(number, punctuation: punctuation)
        case "lowerLetter", "upperLetter":
            let letter = Character(UnicodeScalar(UInt8(96 + min(max(number, 1), 26))))
            return .letter(letter, punctuation: punctuation)
        case "lowerRoman", "upperRoman": return .roman(max(number, 1), punctuation: punctuation)
        default: return .bullet("·")
        }
    }
}
