import Graph
import CLibXML2
import Foundation

/// The paragraph and list styles of an ODF text document (`styles.xml`, and the automatic styles
/// of `content.xml`), each paragraph style resolved through its parent styles: which are
/// headings, which lists they belong to, and how each list level is numbered.
struct ODFStyles {
    /// How one level of a list style is marked.
    struct ListLevel: Hashable {
        /// `1`, `a`, `A`, `i`, `I`, or `nil` for a bullet (or a number format that shows nothing).
        var format: String?
        var suffix: String
        var start: Int
    }

    /// What a paragraph style stands for once its parents are followed.
    struct Resolved: Hashable {
        var headingLevel: Int?
        /// The list style its paragraphs are numbered with, when it names one.
        var listStyle: String?
        /// The list a built-in list style stands for by its name (*List Number 2*).
        var namedList: WordStyles.ListStyle?
    }

    private struct Style {
        var name: String
        var displayName: String?
        var parent: String?
        var outlineLevel: Int?
        var listStyle: String?
    }

    private var resolvedStyles: [String: Resolved] = [:]
    private var listLevels: [String: [Int: ListLevel]] = [:]  // list style → level → marking

    init() {}

    /// Reads the styles of `parts`, later parts overriding earlier ones (styles.xml, then content.xml).
    init(_ parts: [XMLDocument]) {
        var styles: [String: Style] = [:]
        for part in parts {
            guard let root = part.root else { continue }
            for container in XMLNode.children(root) where ["styles", "automatic-styles", "master-styles"].contains(XMLNode.name(container)) {
                for node in XMLNode.children(container) {
                    switch XMLNode.name(node) {
                    case "style":
                        guard XMLNode.attribute(node, "family") == "paragraph", let name = XMLNode.attribute(node, "name") else { continue }
                        styles[name] = Style(
                            name: name,
                            displayName: XMLNode.attribute(node, "display-name"),
                            parent: XMLNode.attribute(node, "parent-style-name"),
                            outlineLevel: FileNumber.value(XMLNode.attribute(node, "default-outline-level"), in: 1...10),
                            listStyle: XMLNode.attribute(node, "list-style-name")
                        )
                    case "list-style":
                        guard let name = XMLNode.attribute(node, "name") else { continue }
                        listLevels[name] = Self.levels(of: node)
                    default:
                        continue
                    }
                }
            }
        }
        for name in styles.keys { resolvedStyles[name] = Self.resolve(name, in: styles) }
    }

    private static func levels(of listStyle: xmlNodePtr) -> [Int: ListLevel] {
        var levels: [Int: ListLevel] = [:]
        for node in XMLNode.children(listStyle) {
            guard let level = XMLNode.attribute(node, "level").flatMap(Int.init), (1...10).contains(level) else { continue }
            switch XMLNode.name(node) {
            case "list-level-style-number":
                let format = XMLNode.attribute(node, "num-format").flatMap { $0.isEmpty ? nil : $0 }
                levels[level] = ListLevel(
                    format: format,
                    suffix: XMLNode.attribute(node, "num-suffix") ?? "",
                    start: FileNumber.value(XMLNode.attribute(node, "start-value"), in: FileNumber.listStart) ?? 1
                )
            case "list-level-style-bullet", "list-level-style-image":
                levels[level] = ListLevel(format: nil, suffix: "", start: 1)
            default:
                continue
            }
        }
        return levels
    }

    /// Follows `name`'s parents: the nearest style that says something decides it.
    private static func resolve(_ name: String, in styles: [String: Style]) -> Resolved {
        var result = Resolved()
        var headingDecided = false
        var listDecided = false
        var seen: Set<String> = []
        var current: String? = name
        while let styleName = current, let style = styles[styleName], seen.count < WordStyles.maximumChain, seen.insert(styleName).inserted {
            let shownName = style.displayName ?? decoded(styleName)
            if !headingDecided {
                if let outline = style.outlineLevel {
                    result.headingLevel = (1...10).contains(outline) ? outline : nil
                    headingDecided = true
                } else if let level = WordStyles.level(ofStyleNamed: shownName) {
                    result.headingLevel = level
                    headingDecided = true
                }
            }
            if !listDecided, let list = style.listStyle {
                result.listStyle = list.isEmpty ? nil : list  // an empty name takes the list away
                listDecided = true
            }
            if result.namedList == nil { result.namedList = WordStyles.list(ofStyleNamed: shownName) }
            current = style.parent
        }
        return result
    }

    /// A style name with ODF's escapes undone: `List_20_Number_20_2` is "List Number 2".
    static func decoded(_ name: String) -> String {
        guard name.contains("_") else { return name }
        var out = ""
        var rest = name[...]
        while let start = rest.firstIndex(of: "_") {
            out += rest[..<start]
            let after = rest[rest.index(after: start)...]
            if let end = after.firstIndex(of: "_"), let code = UInt32(after[..<end], radix: 16), (1...4).contains(after[..<end].count), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
                rest = after[after.index(after: end)...]
            } else {
                out.append("_")
                rest = after
            }
        }
        return out + rest
    }

    /// Paragraph style `name` resolved, or what its name alone says when no part defines it.
    func resolved(_ name: String) -> Resolved {
        if let known = resolvedStyles[name] { return known }
        let shown = Self.decoded(name)
        return Resolved(headingLevel: WordStyles.level(ofStyleNamed: shown), listStyle: nil, namedList: WordStyles.list(ofStyleNamed: shown))
    }

    /// How list style `name` marks `level` (1-based); `nil` when the style or level is not defined.
    func listLevel(_ name: String, level: Int) -> ListLevel? {
        listLevels[name]?[level]
    }
}
