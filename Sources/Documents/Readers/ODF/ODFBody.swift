import Graph
import CLibXML2
import Foundation

/// The body of an ODF text document (`content.xml`) read into an outline: `text:h` headings at
/// their outline level, paragraphs whose style is a heading, `text:list` items at their nesting
/// depth with the marker their list style shows, and the paragraphs of table cells and sections.
/// A paragraph's "line" is its position among the document's paragraphs, as for Word.
struct ODFBody {
    let styles: ODFStyles

    /// The most spaces one `text:s` stands for: a hostile count cannot blow a line up.
    static let maximumSpaces = 256

    func outline(_ content: XMLDocument, document id: String) -> Outline {
        guard let root = content.root, let body = XMLNode.child(root, "body"), let text = XMLNode.child(body, "text") else {
            return Outline(document: id, blocks: [])
        }
        var reader = Reader(styles: styles)
        reader.visit(children: text)
        return Outline(document: id, blocks: reader.blocks, marksLists: true)
    }

    /// The list an item belongs to: its style, its depth, and where its numbers are counted.
    private struct ListFrame {
        var style: String?
        var depth: Int
        var counter: Int
    }

    private struct Reader {
        let styles: ODFStyles
        var blocks: [OutlineBlock] = []
        var classifier = LineClassifier()
        var paragraph = 0
        var lists: [ListFrame] = []
        /// Per counter, the current number at each level; lists that continue another share its counter.
        var counts: [[Int: Int]] = []
        var counterOfList: [String: Int] = [:]  // xml:id → counter
        var lastCounterOfStyle: [String: Int] = [:]

        init(styles: ODFStyles) {
            self.styles = styles
        }

        mutating func visit(children node: xmlNodePtr) {
            for child in XMLNode.children(node) { visit(child) }
        }

        mutating func visit(_ node: xmlNodePtr) {
            switch XMLNode.name(node) {
            case "h":
                paragraph += 1
                let level = FileNumber.value(XMLNode.attribute(node, "outline-level"), in: 1...10) ?? 1
                if let block = classifier.heading(ODFBody.text(of: node), level: level, line: paragraph) { blocks.append(block) }
            case "p":
                paragraph += 1
                let style = XMLNode.attribute(node, "style-name").map(styles.resolved) ?? ODFStyles.Resolved()
                let text = ODFBody.text(of: node)
                if let level = style.headingLevel {
                    if let block = classifier.heading(text, level: level, line: paragraph) { blocks.append(block) }
                } else if let block = classifier.classify(text[...], line: paragraph) {
                    blocks.append(block)
                }
            case "list":
                visitList(node)
            case "section", "table", "table-header-rows", "table-rows", "table-row-group", "table-row", "table-cell", "covered-table-cell", "soft-page-break":
                visit(children: node)
            default:
                break  // tracked changes, sequence declarations, indexes, drawings, forms
            }
        }

        mutating func visitList(_ node: xmlNodePtr) {
            let outer = lists.last
            let style = XMLNode.attribute(node, "style-name") ?? outer?.style
            let counter: Int
            if let outer {
                counter = outer.counter
            } else if let continued = XMLNode.attribute(node, "continue-list").flatMap({ counterOfList[$0] }) {
                counter = continued  // a list that continues one the file does not hold starts afresh, as in LibreOffice
            } else if XMLNode.attribute(node, "continue-numbering") == "true", let style, let previous = lastCounterOfStyle[style] {
                counter = previous
            } else {
                counter = counts.count
                counts.append([:])
            }
            if outer == nil {
                if let id = XMLNode.attribute(node, "id") { counterOfList[id] = counter }
                if let style { lastCounterOfStyle[style] = counter }
            }
            lists.append(ListFrame(style: style, depth: (outer?.depth ?? 0) + 1, counter: counter))
            defer { lists.removeLast() }
            for item in XMLNode.children(node) {
                switch XMLNode.name(item) {
                case "list-item":
                    visitItem(item)
                case "list-header":
                    for child in XMLNode.children(item) { visit(child) }  // a list's unnumbered paragraphs
                default:
                    continue
                }
            }
        }

        mutating func visitItem(_ item: xmlNodePtr) {
            guard let frame = lists.last else { return }
            let override = XMLNode.attribute(item, "style-override")
            var numbered = false
            for child in XMLNode.children(item) {
                switch XMLNode.name(child) {
                case "p" where !numbered:
                    numbered = true
                    paragraph += 1
                    let style = XMLNode.attribute(child, "style-name").map(styles.resolved) ?? ODFStyles.Resolved()
                    let text = ODFBody.text(of: child)
                    if let level = style.headingLevel {
                        if let block = classifier.heading(text, level: level, line: paragraph) { blocks.append(block) }
                        continue
                    }
                    let listStyle = override ?? frame.style ?? style.listStyle
                    let marker = nextMarker(frame, listStyle: listStyle, start: FileNumber.value(XMLNode.attribute(item, "start-value"), in: FileNumber.listStart), ordered: style.namedList?.ordered)
                    let level = max(frame.depth, style.namedList?.level ?? 1)
                    if let block = classifier.item(text, marker: marker, level: level, line: paragraph) { blocks.append(block) }
                case "h" where !numbered:
                    numbered = true
                    visit(child)
                default:
                    visit(child)  // further paragraphs of the item, nested lists
                }
            }
        }

        /// Counts the next item of `frame`'s list and gives the marker its list style shows there.
        mutating func nextMarker(_ frame: ListFrame, listStyle: String?, start: Int?, ordered: Bool?) -> ListMarker {
            let definition = listStyle.flatMap { styles.listLevel($0, level: frame.depth) }
            var levels = counts[frame.counter]
            let number = start ?? levels[frame.depth].map(FileNumber.next(after:)) ?? definition?.start ?? 1
            levels[frame.depth] = number
            for deeper in levels.keys where deeper > frame.depth { levels[deeper] = nil }
            counts[frame.counter] = levels
            guard let definition else { return ordered == true ? .number(number, punctuation: ".") : .bullet("·") }
            let punctuation = definition.suffix.hasSuffix(")") ? ")" : definition.suffix.hasSuffix(".") ? "." : ""
            switch definition.format {
            case "1": return .number(number, punctuation: punctuation)
            case "a", "A":
                let letter = Character(UnicodeScalar(UInt8(96 + min(max(number, 1), 26))))
                return .letter(letter, punctuation: punctuation)
            case "i", "I": return .roman(max(number, 1), punctuation: punctuation)
            default: return .bullet("·")
            }
        }
    }

    /// A paragraph's text: spans, links, fields, spaces, tabs and line breaks; no notes,
    /// annotations, drawings or change marks.
    static func text(of paragraph: xmlNodePtr) -> String {
        var out = ""
        func walk(_ node: xmlNodePtr) {
            for child in XMLNode.allChildren(node) {
                if let characters = XMLNode.characters(child) {
                    out += characters
                    continue
                }
                guard XMLNode.isElement(child) else { continue }
                switch XMLNode.name(child) {
                case "s":
                    let count = FileNumber.value(XMLNode.attribute(child, "c"), in: 1...maximumSpaces) ?? 1
                    out += String(repeating: " ", count: count)
                case "tab": out += "\t"
                case "line-break": out += " "
                case "note", "annotation", "annotation-end", "ruby-text", "frame", "custom-shape", "change", "change-start", "change-end", "soft-page-break", "bookmark", "bookmark-start", "bookmark-end":
                    continue
                default: walk(child)
                }
            }
        }
        walk(paragraph)
        return out
    }
}
