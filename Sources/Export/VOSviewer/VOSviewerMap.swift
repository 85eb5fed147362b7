public import Clustering
public import Graph

/// A map for VOSviewer: items with a position, a cluster and weights, and the links between
/// them. Written as VOSviewer's map file and network file (File → Create → "Create a map based
/// on network data" → "Read data from VOSviewer files").
///
/// Two maps come from the toolkit: ``agenda(_:layout:)``, the agenda's network as the report
/// draws it, and ``notes(_:x:y:clusters:similar:themes:)``, every note on the report's map of
/// the notes with its automatic cluster and links to its most similar notes.
public struct VOSviewerMap: Sendable, Hashable {
    /// One item (a row of the map file).
    public struct Item: Sendable, Hashable {
        /// 1, 2, … in the order of the map.
        public var id: Int
        public var label: String
        public var description: String
        public var x: Double
        public var y: Double
        /// 1…1000; VOSviewer colours items by it.
        public var cluster: Int
        /// Named non-negative weights (`weight<Links>`, …), in the map's column order.
        public var weights: [Double]
    }

    /// One undirected link (a row of the network file), written once per pair.
    public struct Link: Sendable, Hashable {
        public var first: Int
        public var second: Int
        public var strength: Double
    }

    /// The names of the weight columns.
    public var weightNames: [String]
    public var items: [Item]
    public var links: [Link]

    /// The most clusters VOSviewer accepts.
    public static let maximumCluster = 1000

    public init(weightNames: [String], items: [Item], links: [Link]) {
        self.weightNames = weightNames
        self.items = items
        self.links = links
    }

    /// The agenda's network: themes, questions, systemic questions, initiatives and
    /// stakeholder groups at the report's positions, one cluster per kind, linked where the
    /// graph links them (strength: the number of edges between the two), weighted by their
    /// links and by the notes under them.
    public static func agenda(_ snapshot: GraphSnapshot) -> VOSviewerMap {
        // Only the network is on this map: its own layout, without placing every other node.
        let network = GraphLayout.network(of: snapshot)
        let kindOrder: [NodeKind] = [.theme, .question, .systemicQuestion, .initiative, .stakeholderGroup]
        var notesUnder: [String: Int] = [:]
        for edge in snapshot.edges where edge.kind == .belongsTo { notesUnder[edge.target, default: 0] += 1 }
        var strength: [Pair: Double] = [:]
        for edge in network.edges where edge.source != edge.target {
            strength[Pair(edge.source + 1, edge.target + 1), default: 0] += 1
        }
        var linkCount: [Int: Int] = [:]
        for pair in strength.keys {
            linkCount[pair.first, default: 0] += 1
            linkCount[pair.second, default: 0] += 1
        }
        let items = network.nodes.enumerated().map { offset, node in
            let description = [node.kind.rawValue, node.text.flatMap { $0 == node.label ? nil : $0 }, "\(node.provenance.document), regel \(node.provenance.line)"]
                .compactMap { $0 }.joined(separator: " — ")
            return Item(
                id: offset + 1, label: node.label, description: description, x: network.layout.x[offset], y: network.layout.y[offset],
                cluster: (kindOrder.firstIndex(of: node.kind) ?? kindOrder.count) + 1,
                weights: [Double(linkCount[offset + 1] ?? 0), Double(notesUnder[node.id] ?? 0)])
        }
        let links = strength.sorted { ($0.key.first, $0.key.second) < ($1.key.first, $1.key.second) }
            .map { Link(first: $0.key.first, second: $0.key.second, strength: $0.value) }
        return VOSviewerMap(weightNames: ["Links", "Notes"], items: items, links: links)
    }

    /// Notes on a map: `notes` at (`x`, `y`) (the report's map of the notes), in the automatic
    /// clusters `clusters` (0-based, one per note), each linked to its most similar notes
    /// `similar` (strength: their similarity), described by their text, group and theme.
    public static func notes(_ notes: [Node], x: [Double], y: [Double], clusters: [Int], similar: [[SimilarNote]], themes: [String: String] = [:]) -> VOSviewerMap {
        var strength: [Pair: Double] = [:]
        for (offset, neighbours) in similar.enumerated() {
            for neighbour in neighbours where neighbour.index != offset && neighbour.index < notes.count && neighbour.similarity > 0 {
                let pair = Pair(offset + 1, neighbour.index + 1)
                strength[pair] = max(strength[pair] ?? 0, (neighbour.similarity * 10_000).rounded() / 10_000)
            }
        }
        var linkCount: [Int: Int] = [:]
        for (pair, value) in strength where value > 0 {
            linkCount[pair.first, default: 0] += 1
            linkCount[pair.second, default: 0] += 1
        }
        let items = notes.enumerated().map { offset, node in
            let description = [node.text ?? node.label, node.properties[.group], themes[node.id].map { "thema: \($0)" }, "\(node.provenance.document), regel \(node.provenance.line)"]
                .compactMap { $0 }.joined(separator: " — ")
            return Item(
                id: offset + 1, label: node.label, description: description,
                x: offset < x.count ? x[offset] : 0, y: offset < y.count ? y[offset] : 0,
                cluster: min(maximumCluster, (offset < clusters.count ? clusters[offset] : 0) + 1),
                weights: [Double(linkCount[offset + 1] ?? 0)])
        }
        let links = strength.filter { $0.value > 0 }.sorted { ($0.key.first, $0.key.second) < ($1.key.first, $1.key.second) }
            .map { Link(first: $0.key.first, second: $0.key.second, strength: $0.value) }
        return VOSviewerMap(weightNames: ["Links"], items: items, links: links)
    }

    /// The map file: a header and one tab-separated row per item.
    public func writeMap(to output: inout some TextOutputStream) {
        output.write((["id", "label", "description", "x", "y", "cluster"] + weightNames.map { "weight<\($0)>" }).joined(separator: "\t") + "\n")
        for item in items {
            var row = [String(item.id), Self.field(item.label), Self.field(item.description), String(item.x), String(item.y), String(item.cluster)]
            row += item.weights.map { Self.number($0) }
            output.write(row.joined(separator: "\t") + "\n")
        }
    }

    /// The network file: no header, `id1 TAB id2 TAB strength`, each pair once.
    public func writeNetwork(to output: inout some TextOutputStream) {
        for link in links {
            output.write("\(link.first)\t\(link.second)\t\(Self.number(link.strength))\n")
        }
    }

    /// A label or description as VOSviewer reads it: on one line, and in double quotes (inner
    /// quotes doubled) when it holds a comma, semicolon or quote.
    static func field(_ text: String) -> String {
        var flat = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t", "\n", "\r": flat += " "
            case _ where scalar.value < 0x20: continue
            default: flat.unicodeScalars.append(scalar)
            }
        }
        guard flat.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" }) else { return flat }
        return "\"" + flat.replacingQuotes() + "\""
    }

    /// A number without a needless `.0`: `3`, `0.25`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// An unordered pair of item ids, smaller first.
    struct Pair: Hashable {
        var first: Int
        var second: Int
        init(_ a: Int, _ b: Int) {
            first = min(a, b)
            second = max(a, b)
        }
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var out = ""
        for character in self {
            if character == "\"" { out += "\"\"" } else { out.append(character) }
        }
        return out
    }
}
