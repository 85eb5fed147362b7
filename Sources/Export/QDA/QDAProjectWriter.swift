public import Foundation
public import Graph
import Zip

/// Writes the graph as a REFI-QDA project (`.qdpx`), the exchange format of ATLAS.ti, MAXQDA,
/// NVivo and QualCoder, so qualitative researchers open the workshops in the tool they code in.
///
/// - **Sources**: every corpus document as plain text (`sources/GUID.txt`), the blocks the
///   toolkit read, one per line.
/// - **Selections**: every note a `PlainTextSelection` on its document's text. Offsets count
///   Unicode scalars (code points), 0-based, end exclusive, and select exactly the note's text.
///   A note whose text the reader changed (so that it is not word for word in the document) is
///   added under a closing heading of its source, and said in ``Project/unlocated``.
/// - **Codebook**: a first tree with, per workshop and group, the themes the group made (a note
///   without a theme is coded with its group); a second with the automatic clusters per group;
///   a third with the systemic questions, coding the notes whose theme links to them. The two
///   made by the toolkit say so in their description (`QDAConvention.automaticMarker`), and the reader of
///   `.qdpx` files leaves them out of the human grouping.
/// - **Cases**: people and organisations, with a variable saying which, referring to the
///   sources they appear in.
///
/// GUIDs are name-based UUIDs of the toolkit's stable ids, and nothing carries a time, so the
/// same graph and documents give the same bytes.
public struct QDAProjectWriter: Sendable {
    /// The heading above the notes that are not word for word in their document's text.
    public static let unlocatedHeading = "Geeltjes zoals agenda ze las (niet letterlijk in de tekst hierboven gevonden):"

    public init() {}

    /// A written project: `project.qde` and the source texts.
    public struct Project: Sendable {
        public var xml: String
        /// The source texts by path inside the archive (`sources/GUID.txt`), in order.
        public var sources: [(path: String, text: String)]
        /// Per document id, how many notes were not found word for word in its text.
        public var unlocated: [String: Int]
        /// The number of notes written as selections.
        public var selections: Int

        /// The `.qdpx` archive: `project.qde` and `sources/`, deflated, with fixed time stamps.
        public func archive() throws(ExportError) -> Data {
            var zip = ZipWriter()
            do {
                try zip.add("project.qde", Data(xml.utf8))
                for source in sources { try zip.add(source.path, Data(source.text.utf8)) }
            } catch {
                throw ExportError(problem: "the project could not be packed into a zip archive (\(error))", remedy: "export fewer documents, or report this")
            }
            return zip.data()
        }
    }

    /// The project of `snapshot` with `sources` (the documents' blocks as read).
    public func project(_ snapshot: GraphSnapshot, sources: [QDASource]) -> Project {
        var graph = Relations(snapshot)
        let codebook = graph.codebook()
        var texts: [(path: String, text: String)] = []
        var unlocated: [String: Int] = [:]
        var selectionCount = 0
        var body = ""
        var codeGUID: [String: String] = [:]

        var sourceList = sources
        let known = Set(sources.map(\.document))
        for document in graph.noteDocuments where !known.contains(document) {
            sourceList.append(QDASource(document: document, name: document, blocks: []))
        }
        var sourceGUID: [String: String] = [:]
        for source in sourceList { sourceGUID[source.document] = QDAGUID.of("source:\(source.document)") }

        for source in sourceList {
            let guid = sourceGUID[source.document] ?? QDAGUID.of("source:\(source.document)")
            let located = Self.locate(graph.notes[source.document] ?? [], in: source)
            if located.unlocated > 0 { unlocated[source.document] = located.unlocated }
            texts.append(("sources/\(guid).txt", located.text))
            body += #"    <TextSource guid="\#(guid)" name="\#(XMLText.attribute(source.name))" plainTextPath="internal://\#(guid).txt">"# + "\n"
            for selection in located.selections {
                let note = selection.note
                body += #"      <PlainTextSelection guid="\#(QDAGUID.of("selection:\(note.id)"))" name="\#(XMLText.attribute(note.label))" startPosition="\#(selection.start)" endPosition="\#(selection.end)">"# + "\n"
                for code in graph.codes(of: note.id) {
                    body += #"        <Coding guid="\#(QDAGUID.of("coding:\(note.id):\(code)"))">"# + "\n"
                    let target = codeGUID[code] ?? QDAGUID.of(code)
                    codeGUID[code] = target
                    body += #"          <CodeRef targetGUID="\#(target)"/>"# + "\n"
                    body += "        </Coding>\n"
                }
                body += "      </PlainTextSelection>\n"
                selectionCount += 1
            }
            body += "    </TextSource>\n"
        }

        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<Project xmlns="urn:QDA-XML:project:1.0" name="agenda" origin="agenda \#(AgendaVersion.current)" creatingUserGUID="\#(QDAGUID.of("user:agenda"))">"# + "\n"
        xml += "  <Users>\n" + #"    <User guid="\#(QDAGUID.of("user:agenda"))" name="agenda"/>"# + "\n  </Users>\n"
        if !codebook.isEmpty {
            xml += "  <CodeBook>\n    <Codes>\n"
            for code in codebook { code.write(indent: 6, to: &xml) }
            xml += "    </Codes>\n  </CodeBook>\n"
        }
        let cases = snapshot.nodes.filter { $0.kind == .person || $0.kind == .organisation }
        if !cases.isEmpty {
            let variable = QDAGUID.of("variable:kind")
            xml += "  <Variables>\n" + #"    <Variable guid="\#(variable)" name="soort" typeOfVariable="Text">"# + "\n"
            xml += "      <Description>persoon of organisatie</Description>\n    </Variable>\n  </Variables>\n"
            xml += "  <Cases>\n"
            for node in cases {
                xml += #"    <Case guid="\#(QDAGUID.of("case:\(node.id)"))" name="\#(XMLText.attribute(node.label))">"# + "\n"
                if let text = node.text, text != node.label { xml += "      <Description>\(XMLText.escape(text))</Description>\n" }
                xml += #"      <VariableValue><VariableRef targetGUID="\#(variable)"/><TextValue>\#(node.kind == .person ? "persoon" : "organisatie")</TextValue></VariableValue>"# + "\n"
                if let source = sourceGUID[node.provenance.document] { xml += #"      <SourceRef targetGUID="\#(source)"/>"# + "\n" }
                xml += "    </Case>\n"
            }
            xml += "  </Cases>\n"
        }
        if !sourceList.isEmpty { xml += "  <Sources>\n" + body + "  </Sources>\n" }
        xml += "  <Description>De werkateliers als kwalitatief project: de documenten als tekst, de geeltjes als gecodeerde fragmenten, de thema's van de groepen, de automatische clusters en de systeemvragen als codes.</Description>\n"
        xml += "</Project>\n"
        return Project(xml: xml, sources: texts, unlocated: unlocated, selections: selectionCount)
    }

    /// A note placed in its source's text.
    struct Selection {
        var note: Node
        var start: Int
        var end: Int
    }

    /// The source's plain text with every note of `notes` found in it: in the blocks of its
    /// lines first, then anywhere in the text, and else added under ``unlocatedHeading``.
    static func locate(_ notes: [Node], in source: QDASource) -> (text: String, selections: [Selection], unlocated: Int) {
        var scalars: [Unicode.Scalar] = []
        var blockStart: [Int] = []
        for (offset, block) in source.blocks.enumerated() {
            if offset > 0 { scalars.append("\n") }
            blockStart.append(scalars.count)
            scalars += block.text.unicodeScalars
        }
        let blockEnd = source.blocks.indices.map { blockStart[$0] + source.blocks[$0].text.unicodeScalars.count }
        // The blocks by the lines they cover, for finding a note's block quickly.
        var blocksAtLine: [Int: [Int]] = [:]
        for (offset, block) in source.blocks.enumerated() where block.endLine - block.line < 1000 {
            for line in block.line...max(block.line, block.endLine) { blocksAtLine[line, default: []].append(offset) }
        }
        var taken: Set<Int> = []  // start offsets already selected, so equal notes get their own spans
        var selections: [Selection] = []
        var missing: [Node] = []
        for note in notes {
            let wanted = Array((note.text ?? note.label).unicodeScalars)
            guard !wanted.isEmpty else { continue }
            var found: Int?
            let lines = note.provenance.line...max(note.provenance.line, note.provenance.endLine)
            let candidates = lines.flatMap { blocksAtLine[$0] ?? [] }
            for block in candidates {
                if let at = find(wanted, in: scalars, from: blockStart[block], to: blockEnd[block], skipping: taken) {
                    found = at
                    break
                }
            }
            if found == nil { found = find(wanted, in: scalars, from: 0, to: scalars.count, skipping: taken) }
            if let at = found {
                taken.insert(at)
                selections.append(Selection(note: note, start: at, end: at + wanted.count))
            } else {
                missing.append(note)
            }
        }
        if !missing.isEmpty {
            if !scalars.isEmpty { scalars += "\n\n".unicodeScalars }
            scalars += unlocatedHeading.unicodeScalars
            for note in missing {
                scalars.append("\n")
                let wanted = Array((note.text ?? note.label).unicodeScalars)
                selections.append(Selection(note: note, start: scalars.count, end: scalars.count + wanted.count))
                scalars += wanted
            }
        }
        scalars.append("\n")
        selections.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return (text, selections, missing.count)
    }

    /// The first offset in `from..<to` where `wanted` starts, skipping offsets in `skipping`.
    static func find(_ wanted: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int, to: Int, skipping: Set<Int>) -> Int? {
        guard let first = wanted.first, to - from >= wanted.count else { return nil }
        var at = from
        while at + wanted.count <= to {
            if text[at] == first, !skipping.contains(at) {
                var matches = true
                for offset in 1..<wanted.count where text[at + offset] != wanted[offset] {
                    matches = false
                    break
                }
                if matches { return at }
            }
            at += 1
        }
        return nil
    }
}

/// The relations of the graph a project needs: notes per document, the codes of each note,
/// and the codebook trees.
private struct Relations {
    let snapshot: GraphSnapshot
    /// The notes of each document, in graph order.
    var notes: [String: [Node]] = [:]
    var noteDocuments: [String] = []
    var themeOf: [String: String] = [:]
    var groupOf: [String: String] = [:]
    var clusterOf: [String: String] = [:]
    var systemicOf: [String: [String]] = [:]
    var nodes: [String: Node] = [:]

    init(_ snapshot: GraphSnapshot) {
        self.snapshot = snapshot
        for node in snapshot.nodes {
            nodes[node.id] = node
            guard node.kind == .note else { continue }
            if notes[node.provenance.document] == nil { noteDocuments.append(node.provenance.document) }
            notes[node.provenance.document, default: []].append(node)
        }
        var themeLinks: [String: [String]] = [:]
        var asked: [String: [String]] = [:]
        for edge in snapshot.edges {
            switch edge.kind {
            case .belongsTo where themeOf[edge.source] == nil: themeOf[edge.source] = edge.target
            case .partOf where groupOf[edge.source] == nil: groupOf[edge.source] = edge.target
            case .assignedTo where clusterOf[edge.source] == nil: clusterOf[edge.source] = edge.target
            case .linksTo where nodes[edge.target]?.kind == .systemicQuestion: themeLinks[edge.source, default: []].append(edge.target)
            case .asks: asked[edge.source, default: []].append(edge.target)
            default: break
            }
        }
        // A theme's systemic questions: its own links and those of the questions asked for it.
        for node in snapshot.nodes where node.kind == .theme {
            var linked = themeLinks[node.id] ?? []
            for question in asked[node.id] ?? [] { linked += themeLinks[question] ?? [] }
            var seen: Set<String> = []
            systemicOf[node.id] = linked.filter { seen.insert($0).inserted }
        }
    }

    /// The code names (stable ids) a note is coded with: its theme (else its group), its
    /// cluster, and the systemic questions its theme links to.
    func codes(of note: String) -> [String] {
        var codes: [String] = []
        if let theme = themeOf[note], nodes[theme]?.kind == .theme {
            codes.append("code:theme:\(theme)")
        } else if let group = groupOf[note], nodes[group]?.kind == .group {
            codes.append("code:group:\(group)")
        }
        if let cluster = clusterOf[note], nodes[cluster]?.kind == .cluster { codes.append("code:cluster:\(cluster)") }
        if let theme = themeOf[note] { codes += (systemicOf[theme] ?? []).map { "code:systemic:\($0)" } }
        return codes
    }

    mutating func codebook() -> [QDACode] {
        var roots: [QDACode] = []
        // The groups' own themes, per workshop and group.
        var themesOf: [String: [Node]] = [:]
        var groupsOf: [String: [Node]] = [:]
        var looseGroups: [Node] = []
        for node in snapshot.nodes {
            switch node.kind {
            case .theme:
                if let group = groupOf[node.id], nodes[group]?.kind == .group { themesOf[group, default: []].append(node) }
            case .group:
                if let workshop = groupOf[node.id], nodes[workshop]?.kind == .workshop { groupsOf[workshop, default: []].append(node) } else { looseGroups.append(node) }
            default: break
            }
        }
        func groupCode(_ group: Node) -> QDACode {
            let themes = (themesOf[group.id] ?? []).enumerated().map { offset, theme in
                QDACode(name: "code:theme:\(theme.id)", label: theme.label, codable: true, description: theme.text == theme.label ? nil : theme.text, colour: GraphAppearance.palette[offset % GraphAppearance.palette.count].hex)
            }
            return QDACode(name: "code:group:\(group.id)", label: group.label, codable: true, description: nil, colour: nil, children: themes)
        }
        var human: [QDACode] = []
        for workshop in snapshot.nodes where workshop.kind == .workshop {
            let groups = (groupsOf[workshop.id] ?? []).map(groupCode)
            guard !groups.isEmpty else { continue }
            human.append(QDACode(name: "code:workshop:\(workshop.id)", label: workshop.label, codable: false, description: workshop.properties[.date], colour: nil, children: groups))
        }
        let groupsWithNotes = Set(notes.values.joined().compactMap { groupOf[$0.id] })
        human += looseGroups.filter { groupsWithNotes.contains($0.id) || themesOf[$0.id] != nil }.map(groupCode)
        if !human.isEmpty {
            roots.append(QDACode(name: "code:root:themes", label: "Thema's van de groepen", codable: false, description: "De thema's waaronder de groepen hun geeltjes legden, per werkatelier en groep.", colour: nil, children: human))
        }

        // The automatic clusters, per group (or whatever holds them).
        var clustersIn: [String: [Node]] = [:]
        var holders: [String] = []
        var loose: [Node] = []
        for node in snapshot.nodes where node.kind == .cluster {
            if let holder = groupOf[node.id], nodes[holder] != nil {
                if clustersIn[holder] == nil { holders.append(holder) }
                clustersIn[holder, default: []].append(node)
            } else {
                loose.append(node)
            }
        }
        func clusterCode(_ offset: Int, _ cluster: Node) -> QDACode {
            let keywords = cluster.properties.list(.keywords)
            return QDACode(name: "code:cluster:\(cluster.id)", label: cluster.label, codable: true, description: keywords.isEmpty ? nil : "kernwoorden: " + keywords.joined(separator: ", "), colour: GraphAppearance.palette[offset % GraphAppearance.palette.count].hex)
        }
        var automatic: [QDACode] = holders.compactMap { holder in
            guard let node = nodes[holder] else { return nil }
            let label = node.properties[.workshop].map { "\(node.label) (\($0))" } ?? node.label
            return QDACode(name: "code:clusters:\(holder)", label: label, codable: false, description: nil, colour: nil, children: (clustersIn[holder] ?? []).enumerated().map(clusterCode))
        }
        automatic += loose.enumerated().map(clusterCode)
        if !automatic.isEmpty {
            roots.append(QDACode(name: "code:root:clusters", label: "Automatische clusters", codable: false, description: "\(QDAConvention.automaticMarker) De clusters die agenda op tekstgelijkenis maakte, per groep.", colour: nil, children: automatic))
        }

        let systemic = snapshot.nodes.filter { $0.kind == .systemicQuestion }.map { node in
            QDACode(name: "code:systemic:\(node.id)", label: node.label, codable: true, description: node.text == node.label ? nil : node.text, colour: nil)
        }
        if !systemic.isEmpty {
            roots.append(QDACode(name: "code:root:systemic", label: "Systeemvragen", codable: false, description: "\(QDAConvention.automaticMarker) De systeemvragen van de ontwikkelgroep; een geeltje draagt er een wanneer agenda zijn thema eraan koppelde.", colour: nil, children: systemic))
        }
        return roots
    }
}

/// A code of the codebook, with its children.
struct QDACode {
    /// The stable name its GUID is made from.
    var name: String
    var label: String
    var codable: Bool
    var description: String?
    var colour: String?
    var children: [QDACode] = []

    func write(indent: Int, to output: inout String) {
        let pad = String(repeating: " ", count: indent)
        var open = #"\#(pad)<Code guid="\#(QDAGUID.of(name))" name="\#(XMLText.attribute(label))" isCodable="\#(codable)""#
        if let colour { open += #" color="\#(colour)""# }
        guard description != nil || !children.isEmpty else {
            output += open + "/>\n"
            return
        }
        output += open + ">\n"
        if let description { output += "\(pad)  <Description>\(XMLText.escape(description))</Description>\n" }
        for child in children { child.write(indent: indent + 2, to: &output) }
        output += "\(pad)</Code>\n"
    }
}
