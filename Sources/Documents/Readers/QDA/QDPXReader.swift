public import Foundation
public import Graph
import CLibXML2

/// Reads a REFI-QDA project (`.qdpx`, or its bare `project.qde`) made in ATLAS.ti, MAXQDA,
/// NVivo or QualCoder — or by the toolkit — as a table of notes: every coded text selection a
/// note, its code the theme a person put it under, so a human coding comes in as the grouping
/// `agenda evaluate` compares the automatic clusters with.
///
/// - The **text** is the selection cut from its source's plain text: offsets count Unicode
///   scalars, 0-based, end exclusive, as the toolkit writes them.
/// - The **theme** is the selection's first code outside the trees the toolkit marks as its own
///   (automatic clusters, systemic questions); a code with sub-codes is a group, not a theme.
/// - The **group** is the theme's parent code (with its own parent when two groups share a
///   name), or else the source's name.
///
/// A project is untrusted input: the archive is read with the Word reader's defences (offsets
/// checked, entries inflated within ``ArchiveLimits``), its XML may not declare a document type
/// or entities, nothing is fetched, and only texts inside the archive are read — never a path
/// the project names outside it.
public struct QDPXReader: DocumentReader {
    public var limits: ArchiveLimits

    public init(limits: ArchiveLimits = ArchiveLimits()) {
        self.limits = limits
    }

    public var formatName: String { "REFI-QDA project .qdpx" }
    public var fileExtensions: Set<String> { ["qdpx", "qde"] }

    /// A zip archive that holds `project.qde`.
    public func recognises(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) && data.range(of: Data("project.qde".utf8)) != nil
    }

    /// The columns of the table the project is read into.
    public static let header = ["Text", "Group", "Theme"]

    public func read(_ data: Data, file: String, document: String) throws(GraphError) -> ReadDocument {
        let isArchive = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        var archive: DocumentArchive?
        let project: XMLDocument
        if isArchive {
            var opened = try DocumentArchive(data, file: file, format: ".qdpx", program: "the QDA program that made it", limits: limits)
            guard let xml = try opened.xml("project.qde") else {
                throw GraphError(.unsupportedFormat, file: file, problem: "the archive holds no project.qde and is not a REFI-QDA project", remedy: "export the project again from the QDA program as a REFI-QDA project (.qdpx)")
            }
            archive = opened
            project = xml
        } else {
            guard data.count <= limits.entryBytes else {
                throw GraphError(.unsupportedFormat, file: file, problem: "the project is \(data.count) bytes, more than the limit of \(limits.entryBytes)", remedy: "raise the limit with --max-inflate")
            }
            project = try XMLDocument(data, file: file, program: "the QDA program that made it")
        }
        guard let root = project.root, XMLNode.name(root) == "Project" else {
            throw GraphError(.unsupportedFormat, file: file, problem: "the project's XML has no <Project> root and is not REFI-QDA", remedy: "export the project again from the QDA program as a REFI-QDA project (.qdpx)")
        }
        let codes = Codebook(root)
        var rows: [OutlineBlock] = [.row(Self.header, isHeader: true, line: 1)]
        if let sources = XMLNode.child(root, "Sources") {
            for source in XMLNode.children(sources) where XMLNode.name(source) == "TextSource" {
                let name = XMLNode.attribute(source, "name") ?? "bron"
                let selections = XMLNode.children(source).filter { XMLNode.name($0) == "PlainTextSelection" }
                guard !selections.isEmpty else { continue }
                let text = try Self.text(of: source, name: name, archive: &archive, file: file)
                for selection in selections {
                    guard let cut = try Self.cut(selection, from: text, source: name, file: file) else { continue }
                    let (group, theme) = codes.grouping(of: selection, source: name)
                    rows.append(.row([cut, group, theme ?? ""], line: rows.count + 1))
                }
            }
        }
        return ReadDocument(outline: Outline(document: document, blocks: rows), encoding: .qdpx)
    }

    /// The plain text of a text source: inside the archive (`internal://NAME`, under
    /// `sources/`) or in the project itself (`PlainTextContent`).
    static func text(of source: xmlNodePtr, name: String, archive: inout DocumentArchive?, file: String) throws(GraphError) -> [Unicode.Scalar] {
        var text: String?
        if let content = XMLNode.child(source, "PlainTextContent") {
            text = XMLNode.text(content)
        } else if let path = XMLNode.attribute(source, "plainTextPath") {
            guard path.hasPrefix("internal://") else {
                throw GraphError(.unsupportedFormat, file: file, problem: "the text of the source '\(name)' lies outside the project (\(path)), and the toolkit reads only what the project holds", remedy: "export the project again with its sources included")
            }
            let entry = "sources/" + path.dropFirst("internal://".count)
            guard var opened = archive, let data = try opened.entry(entry) else {
                throw GraphError(.unsupportedFormat, file: file, problem: "the text of the source '\(name)' (\(entry)) is missing from the project", remedy: "export the project again with its sources included")
            }
            archive = opened
            text = String(decoding: data, as: UTF8.self)
        }
        guard let text else {
            throw GraphError(.unsupportedFormat, file: file, problem: "the source '\(name)' has coded selections but no text", remedy: "export the project again with its sources included")
        }
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        return scalars
    }

    /// The text a selection selects, or `nil` when it selects nothing.
    static func cut(_ selection: xmlNodePtr, from text: [Unicode.Scalar], source: String, file: String) throws(GraphError) -> String? {
        let name = XMLNode.attribute(selection, "name").map { "'\($0)'" } ?? XMLNode.attribute(selection, "guid") ?? "?"
        guard let start = FileNumber.value(XMLNode.attribute(selection, "startPosition"), in: Int.min...Int.max),
            let end = FileNumber.value(XMLNode.attribute(selection, "endPosition"), in: Int.min...Int.max)
        else {
            throw GraphError(.unsupportedFormat, file: file, problem: "the selection \(name) in '\(source)' has no whole-number start and end position", remedy: "export the project again from the QDA program")
        }
        guard start >= 0, start <= end, end <= text.count else {
            throw GraphError(.unsupportedFormat, file: file, problem: "the selection \(name) in '\(source)' runs from \(start) to \(end), outside its text of \(text.count) characters", remedy: "export the project again from the QDA program")
        }
        guard start < end else { return nil }
        var cut = ""
        cut.unicodeScalars.append(contentsOf: text[start..<end])
        return cut
    }
}

/// A project's codebook: each code's name, parent and children, and which trees the toolkit
/// made itself.
private struct Codebook {
    struct Code {
        var name: String
        var parent: String?
        var hasChildren: Bool
        var isAutomatic: Bool
    }

    var codes: [String: Code] = [:]
    /// Group names that two different parent codes share.
    var sharedNames: Set<String> = []

    init(_ root: xmlNodePtr) {
        guard let book = XMLNode.child(root, "CodeBook"), let list = XMLNode.child(book, "Codes") else { return }
        for code in XMLNode.children(list) where XMLNode.name(code) == "Code" { add(code, parent: nil, automatic: false) }
        var parentsByName: [String: Set<String>] = [:]
        for code in codes.values { if let parent = code.parent, let name = codes[parent]?.name { parentsByName[name, default: []].insert(parent) } }
        sharedNames = Set(parentsByName.filter { $0.value.count > 1 }.keys)
    }

    mutating func add(_ node: xmlNodePtr, parent: String?, automatic: Bool) {
        guard let guid = XMLNode.attribute(node, "guid").map(Self.normalised) else { return }
        let description = XMLNode.child(node, "Description").map(XMLNode.text) ?? ""
        let isAutomatic = automatic || description.contains(QDAConvention.automaticMarker)
        let children = XMLNode.children(node).filter { XMLNode.name($0) == "Code" }
        codes[guid] = Code(name: XMLNode.attribute(node, "name") ?? "", parent: parent, hasChildren: !children.isEmpty, isAutomatic: isAutomatic)
        for child in children { add(child, parent: guid, automatic: isAutomatic) }
    }

    /// GUIDs compared as QDA tools write them: upper-case, without braces.
    static func normalised(_ guid: String) -> String {
        guid.trimmingCharacters(in: CharacterSet(charactersIn: "{} \t\n")).uppercased()
    }

    /// The group and theme of a selection, from its first code a person gave it.
    func grouping(of selection: xmlNodePtr, source: String) -> (group: String, theme: String?) {
        let refs = XMLNode.children(selection).filter { XMLNode.name($0) == "Coding" }
            .compactMap { XMLNode.child($0, "CodeRef") }
            .compactMap { XMLNode.attribute($0, "targetGUID").map(Self.normalised) }
        guard let guid = refs.first(where: { codes[$0].map { !$0.isAutomatic } ?? false }), let code = codes[guid] else {
            return (source, nil)
        }
        if code.hasChildren { return (label(of: guid), nil) }
        guard let parent = code.parent else { return (source, code.name) }
        return (label(of: parent), code.name)
    }

    /// A group's name, with its own parent's when another group has the same name.
    func label(of guid: String) -> String {
        guard let code = codes[guid] else { return "" }
        guard sharedNames.contains(code.name), let parent = code.parent, let outer = codes[parent] else { return code.name }
        return "\(code.name) (\(outer.name))"
    }
}
