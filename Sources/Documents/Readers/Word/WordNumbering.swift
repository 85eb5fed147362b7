import Graph
import CLibXML2
import Foundation

/// Word's numbering definitions (`word/numbering.xml`): for each list and level, the format and
/// the text around the number, the instances that restart or redefine a level, and the levels
/// that paragraph styles are linked to.
struct WordNumbering {
    /// How one level of a list is numbered.
    struct Level: Hashable {
        var format: String
        var text: String
        var start: Int
    }

    /// One abstract list definition: its levels and the paragraph styles linked to them.
    private struct Abstract {
        var levels: [Int: Level] = [:]
        var levelOfStyle: [String: Int] = [:]  // w:lvl/w:pStyle → ilvl
        var styleLink: String?  // w:numStyleLink: the definition lives in a numbering style
    }

    /// One list instance (`w:num`): its abstract definition and the levels it overrides.
    private struct Instance {
        var abstract: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    private var abstracts: [String: Abstract] = [:]
    private var instances: [String: Instance] = [:]

    init() {}

    init(_ document: XMLDocument) {
        guard let root = document.root else { return }
        for node in XMLNode.children(root) {
            switch XMLNode.name(node) {
            case "abstractNum":
                guard let id = XMLNode.attribute(node, "abstractNumId") else { continue }
                var abstract = Abstract()
                abstract.styleLink = XMLNode.child(node, "numStyleLink").flatMap { XMLNode.attribute($0, "val") }
                for level in XMLNode.children(node) where XMLNode.name(level) == "lvl" {
                    guard let ilvl = Self.ilvl(level) else { continue }
                    abstract.levels[ilvl] = Self.level(level)
                    if let style = XMLNode.child(level, "pStyle").flatMap({ XMLNode.attribute($0, "val") }) { abstract.levelOfStyle[style] = ilvl }
                }
                abstracts[id] = abstract
            case "num":
                guard let id = XMLNode.attribute(node, "numId"), let abstract = XMLNode.child(node, "abstractNumId").flatMap({ XMLNode.attribute($0, "val") }) else { continue }
                var instance = Instance(abstract: abstract)
                for override in XMLNode.children(node) where XMLNode.name(override) == "lvlOverride" {
                    guard let ilvl = Self.ilvl(override) else { continue }
                    if let start = FileNumber.value(XMLNode.child(override, "startOverride").flatMap({ XMLNode.attribute($0, "val") }), in: FileNumber.listStart) {
                        instance.startOverrides[ilvl] = start
                    }
                    if let level = XMLNode.child(override, "lvl") { instance.levelOverrides[ilvl] = Self.level(level) }
                }
                instances[id] = instance
            default:
                continue
            }
        }
    }

    private static func ilvl(_ node: xmlNodePtr) -> Int? {
        XMLNode.attribute(node, "ilvl").flatMap { Int($0) }.flatMap { (0...8).contains($0) ? $0 : nil }
    }

    private static func level(_ node: xmlNodePtr) -> Level {
        Level(
            format: XMLNode.child(node, "numFmt").flatMap { XMLNode.attribute($0, "val") } ?? "decimal",
            text: XMLNode.child(node, "lvlText").flatMap { XMLNode.attribute($0, "val") } ?? "",
            start: FileNumber.value(XMLNode.child(node, "start").flatMap { XMLNode.attribute($0, "val") }, in: FileNumber.listStart) ?? 1
        )
    }

    /// Whether list `numId` is defined.
    func defines(_ numId: String) -> Bool { instances[numId] != nil }

    /// The abstract definition list `numId` counts in: lists that share one count on together.
    /// A definition kept in a numbering style is followed to the list that style names.
    func counter(of numId: String, styles: WordStyles) -> String? {
        var id = instances[numId]?.abstract
        var seen: Set<String> = []
        while let current = id, let link = abstracts[current]?.styleLink, abstracts[current]?.levels.isEmpty ?? true, seen.insert(current).inserted {
            guard let linkedNum = styles.numbering(ofStyle: link)?.numId, let linked = instances[linkedNum]?.abstract else { break }
            id = linked
        }
        return id
    }

    /// How list `numId` numbers level `ilvl`, with the instance's overrides applied.
    func level(numId: String, ilvl: Int, styles: WordStyles) -> Level? {
        guard let instance = instances[numId] else { return nil }
        var level = instance.levelOverrides[ilvl] ?? counter(of: numId, styles: styles).flatMap { abstracts[$0]?.levels[ilvl] }
        if let start = instance.startOverrides[ilvl] { level?.start = start }
        return level
    }

    /// The number list `numId` restarts level `ilvl` at, when the instance says so.
    func startOverride(numId: String, ilvl: Int) -> Int? {
        instances[numId]?.startOverrides[ilvl]
    }

    /// The level of list `numId` that paragraph style `style` is linked to (`w:lvl/w:pStyle`).
    func level(ofStyle style: String, numId: String, styles: WordStyles) -> Int? {
        counter(of: numId, styles: styles).flatMap { abstracts[$0]?.levelOfStyle[style] }
    }
}
