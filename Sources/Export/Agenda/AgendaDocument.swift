/// The draft research agenda as one typed document, composed once (``AgendaComposer``) and
/// rendered by every agenda format (``AgendaRenderer``): Markdown, Word and the report's HTML
/// lay out these values, none of them reads another's output.
///
/// The document is a tree of sections holding blocks — paragraphs, quotes, lists, tables —
/// whose text is ``Inline``: plain words, emphasis, and sources as ``Citation`` values. List
/// items say what they are about (``Subject``: an indicative question, a link to a systemic
/// question, a case), so that a view can act on them.
public struct AgendaDocument: Sendable, Hashable {
    public var title: String
    /// What stands under the title before its first section.
    public var introduction: [Block]
    public var sections: [Section]

    public init(title: String, introduction: [Block], sections: [Section]) {
        self.title = title
        self.introduction = introduction
        self.sections = sections
    }

    /// A heading and what stands under it; subsections one level deeper.
    public struct Section: Sendable, Hashable {
        public var heading: Inline
        public var blocks: [Block]
        public var sections: [Section]
        /// What the section is about, when it is one item of the agenda (an agenda theme).
        public var subject: Subject?

        public init(_ heading: Inline, blocks: [Block], sections: [Section] = [], subject: Subject? = nil) {
            self.heading = heading
            self.blocks = blocks
            self.sections = sections
            self.subject = subject
        }
    }

    public enum Block: Sendable, Hashable {
        case paragraph(Inline)
        /// A text quoted as its authors wrote it (a systemic question).
        case quote(Inline)
        case list(List)
        case table(Table)
    }

    public struct List: Sendable, Hashable {
        public var ordered: Bool
        public var items: [Item]

        public init(ordered: Bool, items: [Item]) {
            self.ordered = ordered
            self.items = items
        }
    }

    /// A list item, what it is about, and the items under it (one level).
    public struct Item: Sendable, Hashable {
        public var content: Inline
        public var subject: Subject?
        public var children: [Item]

        public init(_ content: Inline, subject: Subject? = nil, children: [Item] = []) {
            self.content = content
            self.subject = subject
            self.children = children
        }
    }

    /// What a list item or section stands for, named as a reviewer's decision names it
    /// (`agenda-review.yaml`): by the sources' text, a systemic question's id, a case's id.
    public enum Subject: Sendable, Hashable {
        /// An indicative question, by the node and text of its leading formulation.
        case question(node: String, text: String)
        /// Another formulation of an indicative question, by its node and text.
        case formulation(node: String, text: String)
        /// A link to a systemic question (by its id) from the questions or themes with these texts.
        case systemicLink(from: [String], systemicQuestion: String)
        /// A research question that connects to a systemic question, by its node.
        case connectedQuestion(node: String)
        /// A practice case (by the initiative's id) shown with the theme of this text.
        case practiceCase(initiative: String, theme: String)
        /// An agenda theme, by its leading formulation's text.
        case theme(text: String)
    }

    /// A table: its header cells and rows of cells.
    public struct Table: Sendable, Hashable {
        /// The column headings; a soft hyphen (U+00AD) marks where a long one may break in a
        /// narrow column.
        public var header: [String]
        public var rows: [[Inline]]

        public init(header: [String], rows: [[Inline]]) {
            self.header = header
            self.rows = rows
        }
    }

    /// Where a formulation stands: the group and workshop that wrote it (either may be empty),
    /// the document and the line.
    public struct Citation: Sendable, Hashable {
        public var group: String
        public var workshop: String
        public var document: String
        public var line: Int

        /// Whether the text around names the workshop and document (a speerpunt's section
        /// drawn from one workshop's report): the citation then gives the group and line only.
        public var brief: Bool

        public init(group: String, workshop: String, document: String, line: Int, brief: Bool = false) {
            self.group = group
            self.workshop = workshop
            self.document = document
            self.line = line
            self.brief = brief
        }
    }

    /// A piece of running text.
    public enum Span: Sendable, Hashable {
        case text(String)
        case emphasis(String)
        /// A source, shown small and in italics; the report makes it open the cited lines.
        case source(Citation)
    }

    /// Running text: spans in order. A string literal is one plain span.
    public struct Inline: Sendable, Hashable, ExpressibleByStringLiteral {
        public var spans: [Span]

        public init(_ spans: [Span]) { self.spans = spans }
        public init(stringLiteral value: String) { spans = [.text(value)] }

        /// Plain words, on one line: the agenda shows a formulation written over several lines
        /// as one, each line break with the spaces around it one space.
        public static func text(_ text: String) -> Inline { Inline([.text(oneLine(text))]) }
        public static func emphasis(_ text: String) -> Inline { Inline([.emphasis(oneLine(text))]) }

        private static func oneLine(_ text: String) -> String {
            guard text.contains(where: \.isNewline) else { return text }
            let lines = text.split(whereSeparator: \.isNewline)
            return lines.enumerated().map { offset, line in
                var piece = Substring(line)
                if offset > 0 { piece = piece.drop { $0 == " " || $0 == "\t" } }
                if offset < lines.count - 1 { while piece.last == " " || piece.last == "\t" { piece = piece.dropLast() } }
                return String(piece)
            }.joined(separator: " ")
        }
        public static func source(_ citation: Citation) -> Inline { Inline([.source(citation)]) }

        public static func + (a: Inline, b: Inline) -> Inline { Inline(a.spans + b.spans) }

        /// The words without markup, a source as "group, werkatelier ‘…’, document, regel N".
        public var plainText: String {
            spans.map { span in
                switch span {
                case .text(let text), .emphasis(let text): text
                case .source(let citation): citation.plainText
                }
            }.joined()
        }
    }
}

extension AgendaDocument.Citation {
    /// The citation as the agenda words it — "group, werkatelier ‘…’, document, regel N", or
    /// "group, regel N" when ``brief`` — with the source's own words passed through `escape` and
    /// the document and line through `place` (told whether to name the document).
    func worded(escape: (String) -> String, place: (_ document: String, _ line: Int, _ named: Bool) -> String) -> String {
        var parts: [String] = []
        if !group.isEmpty { parts.append(escape(group)) }
        if !workshop.isEmpty, !brief { parts.append("werkatelier ‘\(escape(workshop))’") }
        parts.append(place(document, line, !brief))
        return parts.joined(separator: ", ")
    }

    /// The citation as plain words.
    public var plainText: String {
        worded(escape: { $0 }, place: { SourceCitation.written(document: $0, line: $1, named: $2) })
    }
}
