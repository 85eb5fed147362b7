public import Graph

/// How a node kind is drawn: a colour (for Gephi, Cytoscape and yEd), a size and a yEd shape.
public struct NodeStyle: Sendable, Hashable {
    public var red: Int
    public var green: Int
    public var blue: Int
    /// Gephi's node size.
    public var size: Double
    /// The yEd shape name.
    public var shape: String

    /// The colour as `#RRGGBB`.
    public var hex: String {
        "#" + [red, green, blue].map { value in
            let digits = String(value, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// The style of each kind: a colour-blind-safe palette, larger shapes for wider things.
    public static func of(_ kind: NodeKind) -> NodeStyle {
        switch kind {
        case .workshop: NodeStyle(red: 0x1F, green: 0x4E, blue: 0x79, size: 40, shape: "hexagon")
        case .group: NodeStyle(red: 0x4E, green: 0x79, blue: 0xA7, size: 28, shape: "octagon")
        case .theme: NodeStyle(red: 0xF2, green: 0x8E, blue: 0x2B, size: 22, shape: "roundrectangle")
        case .question: NodeStyle(red: 0xE1, green: 0x57, blue: 0x59, size: 16, shape: "diamond")
        case .note: NodeStyle(red: 0xED, green: 0xC9, blue: 0x48, size: 8, shape: "rectangle")
        case .person: NodeStyle(red: 0x59, green: 0xA1, blue: 0x4F, size: 14, shape: "ellipse")
        case .organisation: NodeStyle(red: 0x76, green: 0xB7, blue: 0xB2, size: 16, shape: "rectangle3d")
        case .stakeholderGroup: NodeStyle(red: 0x9C, green: 0x75, blue: 0x5F, size: 16, shape: "parallelogram")
        case .initiative: NodeStyle(red: 0xB0, green: 0x7A, blue: 0xA1, size: 20, shape: "star6")
        case .systemicQuestion: NodeStyle(red: 0x7F, green: 0x3C, blue: 0x8D, size: 22, shape: "trapezoid")
        case .cluster: NodeStyle(red: 0xBA, green: 0xB0, blue: 0xAC, size: 18, shape: "ellipse")
        }
    }
}
