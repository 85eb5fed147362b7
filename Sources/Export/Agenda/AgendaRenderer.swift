public import Foundation

/// A format the agenda is written in: its name on the command line and its file extension.
public struct AgendaFormat: Sendable, Hashable {
    public var name: String
    public var fileExtension: String

    public init(name: String, fileExtension: String) {
        self.name = name
        self.fileExtension = fileExtension
    }

    public static let markdown = AgendaFormat(name: "markdown", fileExtension: "md")
    public static let word = AgendaFormat(name: "docx", fileExtension: "docx")
}

/// Lays out an ``AgendaDocument`` in one format. A new format (a PDF, a review view) is one
/// renderer and one registration in ``AgendaRenderers``.
public protocol AgendaRenderer: Sendable {
    var format: AgendaFormat { get }
    /// The file's bytes; the same document gives the same bytes.
    func render(_ document: AgendaDocument) throws -> Data
}

/// The agenda's formats, by name, as the reader registry holds the input formats.
public struct AgendaRenderers: Sendable {
    private var renderers: [any AgendaRenderer] = []

    public init() {}

    /// Markdown and Word.
    public static func standard() -> AgendaRenderers {
        var renderers = AgendaRenderers()
        renderers.register(AgendaMarkdownRenderer())
        renderers.register(AgendaWordRenderer())
        return renderers
    }

    /// Adds `renderer`, replacing one registered for the same format.
    public mutating func register(_ renderer: any AgendaRenderer) {
        renderers.removeAll { $0.format == renderer.format }
        renderers.append(renderer)
    }

    public var formats: [AgendaFormat] { renderers.map(\.format) }

    /// The renderer of `format`.
    ///
    /// - Throws: ``ExportError`` naming the formats there are, when none renders `format`.
    public func renderer(for format: AgendaFormat) throws -> any AgendaRenderer {
        guard let renderer = renderers.first(where: { $0.format == format }) else {
            throw ExportError(problem: "the agenda has no \(format.name) format", remedy: "choose one of \(formats.map(\.name).joined(separator: ", "))")
        }
        return renderer
    }
}
