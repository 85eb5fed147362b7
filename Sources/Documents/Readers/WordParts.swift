import Graph
import CLibXML2
import Foundation

/// Word's numbering definitions: for each list and level, the format and the text around the number.
struct WordNumbering {
    struct Level {
        var format: String
        var text: String
        var start: Int
    }

    private var levels: [String: [Int: Level]] = [:]  // abstractNumId → ilvl → level
    private var abstractOf: [String: String] = [:]  // numId → abstractNumId
    private var overrides: [String: [Int: Int]] = [:]  // numId → ilvl → start override

    init() {}

    init(xml: Data, file: String) throws(GraphError) {
        let document = try XMLDocument(xml, file: file)
        guard let root = document.root else { return }
        for node in XMLNode.children(root) {
            switch XMLNode.name(node) {
            case "abstractNum":
                guard let id = XMLNode.attribute(node, "abstractNumId") else { continue }
                for level in XMLNode.children(node) where XMLNode.name(level) == "lvl" {
                    guard let ilvl = XMLNode.attribute(level, "ilvl").flatMap(Int.init) else { continue }
                    let format = XMLNode.child(level, "numFmt").flatMap { XMLNode.attribute($0, "val") } ?? "decimal"
                    let text = XMLNode.child(level, "lvlText").flatMap { XMLNode.attribute($0, "val") } ?? ""
                    let start = XMLNode.child(level, "start").flatMap { XMLNode.attribute($0, "val") }.flatMap(Int.init) ?? 1
                    levels[id, default: [:]][ilvl] = Level(format: format, text: text, start: start)
                }
            case "num":
                guard let id = XMLNode.attribute(node, "numId") else { continue }
                abstractOf[id] = XMLNode.child(node, "abstractNumId").flatMap { XMLNode.attribute($0, "val") }
                for override in XMLNode.children(node) where XMLNode.name(override) == "lvlOverride" {
                    guard let ilvl = XMLNode.attribute(override, "ilvl").flatMap(Int.init),
                        let start = XMLNode.child(override, "startOverride").flatMap({ XMLNode.attribute($0, "val") }).flatMap(Int.init)
                    else { continue }
                    overrides[id, default: [:]][ilvl] = start
                }
            default:
                continue
            }
        }
    }

    func level(numId: String, ilvl: Int) -> Level? {
        guard let abstract = abstractOf[numId], var level = levels[abstract]?[ilvl] else { return nil }
        if let start = overrides[numId]?[ilvl] { level.start = start }
        return level
    }
}

/// Word's styles: which paragraph styles are headings, and of which level.
struct WordStyles {
    private var headingLevel: [String: Int] = [:]  // styleId → level

    init() {}

    init(xml: Data, file: String) throws(GraphError) {
        let document = try XMLDocument(xml, file: file)
        guard let root = document.root else { return }
        for style in XMLNode.children(root) where XMLNode.name(style) == "style" {
            guard let id = XMLNode.attribute(style, "styleId") else { continue }
            let name = XMLNode.child(style, "name").flatMap { XMLNode.attribute($0, "val") } ?? id
            if let level = Self.level(ofStyleNamed: name) ?? Self.level(ofStyleNamed: id) { headingLevel[id] = level }
        }
    }

    /// The heading level a style name stands for: "heading 2", "Kop 2", "Überschrift 2", "Title".
    static func level(ofStyleNamed name: String) -> Int? {
        let lowered = name.lowercased().replacingOccurrences(of: " ", with: "")
        if ["title", "titel"].contains(lowered) { return 1 }
        for prefix in ["heading", "kop", "überschrift", "titre", "encabezado"] where lowered.hasPrefix(prefix) {
            if let level = Int(lowered.dropFirst(prefix.count)), (1...6).contains(level) { return level }
        }
        return nil
    }

    func level(ofStyle id: String) -> Int? { headingLevel[id] ?? Self.level(ofStyleNamed: id) }
}

/// The body of a Word document read into an outline.
struct WordBody {
    let numbering: WordNumbering
    let styles: WordStyles

    func outline(_ document: XMLDocument, document id: String) throws(GraphError) -> Outline {
        var classifier = LineClassifier()
        var blocks: [OutlineBlock] = []
        var counters: [String: [Int: Int]] = [:]  // numId → ilvl → current number
        var paragraph = 0
        guard let root = document.root, let body = XMLNode.child(root, "body") else { return Outline(document: id, blocks: []) }

        func visit(_ node: xmlNodePtr) {
            switch XMLNode.name(node) {
            case "p":
                paragraph += 1
                read(node, line: paragraph)
            case "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "smartTag":
                for child in XMLNode.children(node) { visit(child) }
            default:
                break
            }
        }

        func read(_ node: xmlNodePtr, line: Int) {
            let properties = XMLNode.child(node, "pPr")
            let text = Self.text(of: node)
            if let style = properties.flatMap({ XMLNode.child($0, "pStyle") }).flatMap({ XMLNode.attribute($0, "val") }),
                let level = styles.level(ofStyle: style)
            {
                if let block = classifier.heading(text, level: level, line: line) { blocks.append(block) }
                return
            }
            if let numPr = properties.flatMap({ XMLNode.child($0, "numPr") }),
                let numId = XMLNode.child(numPr, "numId").flatMap({ XMLNode.attribute($0, "val") }), numId != "0"
            {
                let ilvl = XMLNode.child(numPr, "ilvl").flatMap { XMLNode.attribute($0, "val") }.flatMap(Int.init) ?? 0
                let level = numbering.level(numId: numId, ilvl: ilvl)
                var levelCounters = counters[numId] ?? [:]
                let number = (levelCounters[ilvl].map { $0 + 1 }) ?? (level?.start ?? 1)
                levelCounters[ilvl] = number
                for deeper in levelCounters.keys where deeper > ilvl { levelCounters[deeper] = nil }
                counters[numId] = levelCounters
                let marker = Self.marker(level, number: number)
                if let block = classifier.item(text, marker: marker, level: ilvl + 1, line: line) { blocks.append(block) }
                return
            }
            if let block = classifier.classify(text[...], line: line) { blocks.append(block) }
        }

        for child in XMLNode.children(body) { visit(child) }
        return Outline(document: id, blocks: blocks)
    }

    /// The marker Word shows for `number` at a level: "·" for bullets, "3." or "b)" as lvlText says.
    static func marker(_ level: WordNumbering.Level?, number: Int) -> ListMarker {
        guard let level else { return .bullet("·") }
        let punctuation = level.text.hasSuffix(")") ? ")" : level.text.hasSuffix(".") ? "." : ""
        switch level.format {
        case "decimal", "decimalZero": return .number(number, punctuation: punctuation)
        case "lowerLetter", "upperLetter":
            let letter = Character(UnicodeScalar(UInt8(96 + min(max(number, 1), 26))))
            return .letter(letter, punctuation: punctuation)
        case "lowerRoman", "upperRoman": return .roman(number, punctuation: punctuation)
        default: return .bullet("·")
        }
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
            case "pPr", "rPr", "instrText", "delText", "footnoteReference", "endnoteReference", "commentReference": return
            default: for child in XMLNode.children(node) { walk(child) }
            }
        }
        for child in XMLNode.children(paragraph) { walk(child) }
        return out
    }
}
