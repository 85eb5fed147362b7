import Graph
import CLibXML2
import Foundation

/// Word's paragraph styles (`word/styles.xml`), each resolved through the chain of styles it is
/// `basedOn`: which are headings and of which level, and which carry list numbering.
///
/// Word keeps a list's numbering in the style as often as on the paragraph: the *List Bullet*
/// and *List Number* styles (*Lijstopsommingsteken*, *Lijstnummering*) and every style based
/// on them number their paragraphs without a word in the paragraph itself.
struct WordStyles {
    /// The numbering a style gives its paragraphs.
    struct Numbering: Hashable {
        /// The list (`w:numId`); `"0"` switches inherited numbering off.
        var numId: String?
        /// The level in that list (`w:ilvl`), when the style says.
        var ilvl: Int?
    }

    /// What a paragraph style stands for once its `basedOn` chain is followed.
    struct Resolved: Hashable {
        /// The heading level (1 for Title and Heading 1), from `w:outlineLvl` or the style's name.
        var headingLevel: Int?
        var numbering: Numbering?
        /// The list a built-in list style stands for by its name, used where numbering.xml is silent.
        var list: ListStyle?
    }

    /// The list a built-in list style's name stands for: bullets or numbers, and the level
    /// (2 for *List Bullet 2*, whose single-level list Word indents one step further).
    struct ListStyle: Hashable {
        var ordered: Bool
        var level: Int
    }

    /// One style as written, before its chain is followed.
    private struct Style {
        var name: String
        var basedOn: String?
        var outlineLevel: Int?
        var numbering: Numbering?
    }

    /// The longest `basedOn` chain followed; Word itself allows no loops, a hostile file may.
    static let maximumChain = 64

    private var resolved: [String: Resolved] = [:]
    private var numberingOfStyle: [String: Numbering] = [:]
    /// The style of paragraphs that name none (`w:default="1"`, usually Normal).
    private(set) var defaultStyle: String?

    init() {}

    init(_ document: XMLDocument) {
        guard let root = document.root else { return }
        var styles: [String: Style] = [:]
        for node in XMLNode.children(root) where XMLNode.name(node) == "style" {
            guard let id = XMLNode.attribute(node, "styleId") else { continue }
            let type = XMLNode.attribute(node, "type") ?? "paragraph"
            let properties = XMLNode.child(node, "pPr")
            let numbering = properties.flatMap { XMLNode.child($0, "numPr") }.map(Self.numbering)
            if type == "numbering" {
                if let numbering { numberingOfStyle[id] = numbering }
                continue
            }
            guard type == "paragraph" else { continue }
            if XMLNode.attribute(node, "default").map({ $0 == "1" || $0 == "true" || $0 == "on" }) ?? false { defaultStyle = id }
            styles[id] = Style(
                name: XMLNode.child(node, "name").flatMap { XMLNode.attribute($0, "val") } ?? id,
                basedOn: XMLNode.child(node, "basedOn").flatMap { XMLNode.attribute($0, "val") },
                outlineLevel: properties.flatMap(Self.outlineLevel),
                numbering: numbering
            )
        }
        for id in styles.keys { resolved[id] = Self.resolve(id, in: styles) }
    }

    /// The numbering of a `w:numPr`.
    static func numbering(_ numPr: xmlNodePtr) -> Numbering {
        Numbering(
            numId: XMLNode.child(numPr, "numId").flatMap { XMLNode.attribute($0, "val") },
            ilvl: XMLNode.child(numPr, "ilvl").flatMap { XMLNode.attribute($0, "val") }.flatMap(Int.init).flatMap { (0...8).contains($0) ? $0 : nil }
        )
    }

    /// The `w:outlineLvl` of a `w:pPr`: 0–8 for outline levels, 9 for body text.
    static func outlineLevel(_ properties: xmlNodePtr) -> Int? {
        XMLNode.child(properties, "outlineLvl").flatMap { XMLNode.attribute($0, "val") }.flatMap(Int.init).flatMap { (0...9).contains($0) ? $0 : nil }
    }

    /// Follows `id`'s `basedOn` chain: the nearest style that says something decides it.
    private static func resolve(_ id: String, in styles: [String: Style]) -> Resolved {
        var result = Resolved()
        var headingDecided = false
        var numId: String?
        var ilvl: Int?
        var seen: Set<String> = []
        var current: String? = id
        while let styleID = current, let style = styles[styleID], seen.count < maximumChain, seen.insert(styleID).inserted {
            if !headingDecided {
                if let outline = style.outlineLevel {
                    result.headingLevel = outline < 9 ? outline + 1 : nil
                    headingDecided = true
                } else if let level = level(ofStyleNamed: style.name) ?? level(ofStyleNamed: styleID) {
                    result.headingLevel = level
                    headingDecided = true
                }
            }
            if numId == nil { numId = style.numbering?.numId }
            if ilvl == nil { ilvl = style.numbering?.ilvl }
            if result.list == nil { result.list = list(ofStyleNamed: style.name) ?? list(ofStyleNamed: styleID) }
            current = style.basedOn
        }
        if numId != nil || ilvl != nil { result.numbering = Numbering(numId: numId, ilvl: ilvl) }
        return result
    }

    /// The heading level a style name or id stands for: "heading 2", "Kop 2", "Heading2",
    /// "Überschrift 2", "Title", "Titel".
    static func level(ofStyleNamed name: String) -> Int? {
        let lowered = name.lowercased().replacingOccurrences(of: " ", with: "")
        if ["title", "titel"].contains(lowered) { return 1 }
        for prefix in ["heading", "kop", "überschrift", "titre", "encabezado"] where lowered.hasPrefix(prefix) {
            if let level = Int(lowered.dropFirst(prefix.count)), (1...9).contains(level) { return level }
        }
        return nil
    }

    /// The list a built-in list style's name or id stands for: "List Bullet 2" → bullets at
    /// level 2, "Lijstnummering" → numbers at level 1.
    static func list(ofStyleNamed name: String) -> ListStyle? {
        let lowered = name.lowercased().replacingOccurrences(of: " ", with: "")
        for (prefix, ordered) in [("listbullet", false), ("lijstopsommingsteken", false), ("listnumber", true), ("lijstnummering", true)] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            if rest.isEmpty { return ListStyle(ordered: ordered, level: 1) }
            if let level = Int(rest), (1...9).contains(level) { return ListStyle(ordered: ordered, level: level) }
        }
        return nil
    }

    /// Paragraph style `id` resolved, or what its name alone says when styles.xml does not define it.
    func resolved(_ id: String) -> Resolved {
        if let known = resolved[id] { return known }
        return Resolved(headingLevel: Self.level(ofStyleNamed: id), numbering: nil, list: Self.list(ofStyleNamed: id))
    }

    /// The numbering a numbering style (`w:type="numbering"`) points to.
    func numbering(ofStyle id: String) -> Numbering? { numberingOfStyle[id] }
}
