public import Graph

extension ReportData {
    /// The words and colours the page draws with, sent with the data so that the script spells
    /// no kind, level or colour of its own: the network's kinds with their Dutch names and the
    /// colours GraphML, GEXF and Cytoscape give them, the map levels' names, and the clusters'
    /// palette.
    public struct Legend: Sendable, Hashable, Codable {
        /// A node kind of the network, as the page names and colours it.
        public struct Kind: Sendable, Hashable, Codable {
            public var kind: NodeKind
            public var name: String
            /// `#RRGGBB`, the kind's colour in every export (``NodeStyle``).
            public var colour: String
        }

        /// A map level, with the word the map chooser puts before the map's title (none for all).
        public struct Level: Sendable, Hashable, Codable {
            public var level: NoteMap.Level
            public var name: String
        }

        /// The network's kinds (``GraphLayout/networkKinds``), in the order the page lists them.
        public var kinds: [Kind]
        public var levels: [Level]
        /// The automatic clusters' colours, by cluster number (repeating), as in GEXF and Cytoscape.
        public var clusterColours: [String]

        /// The legend of the toolkit's own styles.
        public static let standard = Legend(
            kinds: GraphLayout.networkKinds.map {
                Kind(kind: $0, name: name(of: $0), colour: NodeStyle.of($0).hex)
            },
            levels: NoteMap.Level.allCases.map { Level(level: $0, name: $0 == .all ? "" : $0.rawValue) },
            clusterColours: GraphAppearance.palette.map(\.hex))

        /// A kind's name in the report's Dutch.
        public static func name(of kind: NodeKind) -> String {
            switch kind {
            case .workshop: "werkatelier"
            case .group: "groep"
            case .theme: "thema"
            case .question: "onderzoeksvraag"
            case .note: "geeltje"
            case .person: "persoon"
            case .organisation: "organisatie"
            case .stakeholderGroup: "betrokkenen"
            case .initiative: "initiatief"
            case .systemicQuestion: "systeemvraag"
            case .cluster: "cluster"
            }
        }
    }
}
