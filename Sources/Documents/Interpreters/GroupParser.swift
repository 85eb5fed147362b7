import Graph
/// Reads the blocks of one group's report into themes, notes and questions.
///
/// The group's own grouping is read from the structure of its text, not from its wording:
/// - a numbered item opens a theme; prose right after it describes the theme, and the
///   bullets, letters and numerals after that are the notes under it;
/// - a short label ending in a colon ("Decent jobs:") followed by items opens a theme, unless
///   it only announces the list ("Vragen:", "Onderliggende geeltjes:");
/// - a list of three or more "Label: elaboration" items outside any theme names themes;
/// - an item that starts with "(2)" belongs to theme 2;
/// - a short unbulleted line right under an item is an item that lost its bullet;
/// - a heading, or prose after the items, closes the theme; items outside a theme are
///   notes without a theme.
/// A numbered or lettered item that asks something is also a question; lettered and
/// numeral items under a question are its sub-questions.
struct GroupParser {
    let lexicon: Lexicon
    let groupID: String
    let context: Properties  // workshop and group labels for every note

    private var themeIDs: [String] = []
    /// The numbered themes in order, with the number each shows.
    private var numberedThemes: [(number: Int, id: String)] = []
    private var openTheme: String?
    private var openThemeIsNumbered = false
    /// The list level of the numbered item that opened the current theme: ordered items deeper
    /// than it are its sub-items, however they are numbered (Word's *List Number 2* shows "1.").
    private var numberedThemeLevel: Int?
    /// The outermost level at which the group numbers items: 1, unless every numbered list of
    /// the group is indented (Word's *List Number 2* used for the top list), when it is theirs.
    private var outermostNumberedLevel = 1
    private var openThemeHasItems = false
    private var openLabelTheme = false
    private var lastItemLine: Int?
    private var questionStack: [(level: Int, id: String)] = []
    private var noteCount = 0
    private var questionCount = 0
    private var prose: [String] = []

    /// Whether the document marks its lists up (``Outline/marksLists``).
    var marksLists = false

    init(lexicon: Lexicon, groupID: String, context: Properties) {
        self.lexicon = lexicon
        self.groupID = groupID
        self.context = context
    }

    mutating func parse(_ blocks: ArraySlice<OutlineBlock>, into builder: inout DeltaBuilder) {
        let blocks = Array(blocks)
        outermostNumberedLevel = blocks.compactMap { block -> Int? in
            guard case .listItem(let level, .number) = block.kind else { return nil }
            return level
        }.min() ?? 1
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            defer { index += 1 }
            switch block.kind {
            case .caption:
                continue
            case .listItem(let level, let marker):
                if case .number = marker, !isNestedUnderNumberedTheme(level) {
                    openNumberedTheme(block, number: marker.ordinal ?? 0, level: level, into: &builder)
                    continue
                }
                if openTheme == nil, let run = labelledRun(blocks, from: index) {
                    for item in run { addLabelledTheme(item, into: &builder) }
                    index += run.count - 1
                    continue
                }
                if openTheme == nil, Self.isListLabel(block, next: next) { continue }
                addItem(block, level: level, marker: marker, into: &builder)
            case .heading, .paragraph, .tableRow:
                handleProse(block, next: next, into: &builder)
            }
        }
        if !prose.isEmpty {
            builder.update(groupID) { $0.text = prose.joined(separator: "\n") }
        }
    }

    // MARK: Themes

    private mutating func openNumberedTheme(_ block: OutlineBlock, number: Int, level: Int, into builder: inout DeltaBuilder) {
        let themeID = newTheme(label: TextCues.label(block.text), text: block.text, block: block, number: number, into: &builder)
        openThemeIsNumbered = true
        numberedThemeLevel = level
        questionStack = []
        if TextCues.isQuestion(block.text) {
            let questionID = addQuestion(block, parent: nil, theme: themeID, into: &builder)
            questionStack = [(level, questionID)]
        }
    }

    private mutating func addLabelledTheme(_ block: OutlineBlock, into builder: inout DeltaBuilder) {
        guard let (label, _) = TextCues.labelledItem(block.text) else { return }
        _ = newTheme(label: label, text: block.text, block: block, number: nil, into: &builder)
        closeTheme()
    }

    private mutating func newTheme(label: String, text: String, block: OutlineBlock, number: Int?, into builder: inout DeltaBuilder) -> String {
        let themeID = "\(groupID).t\(themeIDs.count + 1)"
        var properties = context
        if let number { properties[.number] = String(number) }
        builder.add(Node(id: themeID, kind: .theme, label: label, text: text, provenance: builder.provenance(block), properties: properties))
        builder.connect(themeID, groupID, .partOf)
        themeIDs.append(themeID)
        if let number { numberedThemes.append((number, themeID)) }
        openTheme = themeID
        openThemeHasItems = false
        openThemeIsNumbered = false
        numberedThemeLevel = nil
        openLabelTheme = false
        return themeID
    }

    private mutating func closeTheme() {
        openTheme = nil
        openThemeHasItems = false
        openThemeIsNumbered = false
        numberedThemeLevel = nil
        openLabelTheme = false
        questionStack = []
    }

    /// Whether an item at `level` sits under the numbered item that opened the current theme, or
    /// in an indented list, which no theme opens.
    private func isNestedUnderNumberedTheme(_ level: Int) -> Bool {
        level > (openTheme == nil ? outermostNumberedLevel : numberedThemeLevel ?? outermostNumberedLevel)
    }

    /// Three or more consecutive "Label: elaboration" items outside a theme.
    private func labelledRun(_ blocks: [OutlineBlock], from start: Int) -> ArraySlice<OutlineBlock>? {
        var end = start
        while end < blocks.count, blocks[end].listLevel != nil, TextCues.labelledItem(blocks[end].text) != nil {
            end += 1
        }
        let runEndsList = end >= blocks.count || blocks[end].listLevel == nil
        guard end - start >= 3, runEndsList, start == 0 || blocks[start - 1].listLevel == nil else { return nil }
        return blocks[start..<end]
    }

    // MARK: Items

    /// Outside a theme, a one-word item with more items under it labels them rather than being a note.
    private static func isListLabel(_ block: OutlineBlock, next: OutlineBlock?) -> Bool {
        guard TextShape.wordCount(block.text) == 1, block.text.allSatisfy({ $0.isLetter || $0 == "-" }),
            next?.listLevel != nil
        else { return false }
        return true
    }

    /// The theme "(n) …" refers to: the one numbered n while the group's themes count 1, 2, 3,
    /// …; the n-th numbered theme when the numbers shown do not (a list whose restarts a
    /// conversion lost shows 1, 1, 2, 3 where the author wrote 1, 2, 3, 4).
    private func referencedTheme(_ number: Int) -> String? {
        let counted = numberedThemes.enumerated().allSatisfy { $0.element.number == $0.offset + 1 }
        if !counted, numberedThemes.indices.contains(number - 1) { return numberedThemes[number - 1].id }
        return numberedThemes.first { $0.number == number }?.id
    }

    private mutating func addItem(_ block: OutlineBlock, level: Int, marker: ListMarker?, into builder: inout DeltaBuilder) {
        var text = block.text
        var theme = openTheme
        if let reference = TextCues.themeReference(text), let referenced = referencedTheme(reference.number) {
            theme = referenced
            text = reference.rest
        }
        noteCount += 1
        let noteID = "\(groupID).n\(noteCount)"
        var properties = context
        if let theme, let themeNode = builder.node(theme) { properties[.theme] = themeNode.label }
        if let marker { properties[.marker] = marker.written }
        builder.add(Node(id: noteID, kind: .note, label: TextCues.label(text, maxWords: 10), text: text, provenance: builder.provenance(block), properties: properties))
        builder.connect(noteID, groupID, .partOf)
        if let theme { builder.connect(noteID, theme, .belongsTo) }
        if theme == openTheme, openTheme != nil { openThemeHasItems = true }
        lastItemLine = block.endLine

        // A sub-item: a letter or numeral, or any ordered item nested under a numbered theme.
        let nesting = max(marker?.nestingRank ?? 0, marker?.isOrdered == true ? level - (numberedThemeLevel ?? 1) : 0)
        if marker != nil, nesting > 0, TextCues.isQuestion(text) {
            while let top = questionStack.last, top.level >= level { questionStack.removeLast() }
            let questionID = addQuestion(block, text: text, parent: questionStack.last?.id, theme: theme, into: &builder)
            questionStack.append((level, questionID))
        }
    }

    @discardableResult
    private mutating func addQuestion(_ block: OutlineBlock, text: String? = nil, parent: String?, theme: String?, into builder: inout DeltaBuilder) -> String {
        questionCount += 1
        let questionID = "\(groupID).q\(questionCount)"
        let text = text ?? block.text
        var properties = context
        if let theme, let themeNode = builder.node(theme) { properties[.theme] = themeNode.label }
        properties[.level] = parent == nil ? "main" : "sub"
        builder.add(Node(id: questionID, kind: .question, label: TextCues.label(text), text: text, provenance: builder.provenance(block), properties: properties))
        if let parent {
            builder.connect(questionID, parent, .subQuestionOf)
        } else if let theme {
            builder.connect(theme, questionID, .asks)
        } else {
            builder.connect(questionID, groupID, .partOf)
        }
        return questionID
    }

    // MARK: Prose

    private mutating func handleProse(_ block: OutlineBlock, next: OutlineBlock?, into builder: inout DeltaBuilder) {
        let text = block.text
        // An item that lost its bullet: short, right under the previous item. Where lists are
        // marked up (Word, LibreOffice) nothing loses a bullet, and paragraphs follow each other
        // without blank lines: a short paragraph that heads more prose is a sub-heading there
        // ("Achterliggende discussie"), and only one that closes the run of items counts as one.
        let headsProse = next.map { $0.kind == .paragraph || $0.isGuessed } ?? false
        if !(marksLists && headsProse), let last = lastItemLine, block.line == last + 1, TextShape.wordCount(text) <= 12, !TextCues.isLabel(text) {
            addItem(block, level: 1, marker: nil, into: &builder)
            return
        }
        lastItemLine = nil
        if TextCues.isLabel(text) {
            if openTheme != nil, openThemeIsNumbered, !openThemeHasItems {
                appendDescription(text, into: &builder)
                return
            }
            let label = String(text.dropLast()).trimmingWhitespace()
            if let next, let nextMarker = next.marker, !nextMarker.isNumberMarker, isThemeLabel(label) {
                _ = newTheme(label: label, text: label, block: block, number: nil, into: &builder)
                openLabelTheme = true
                return
            }
            closeTheme()
            prose.append(text)
            return
        }
        if TextCues.isHeadingLike(block) {
            closeTheme()
            return
        }
        if openTheme != nil, !openThemeHasItems, !openLabelTheme {
            appendDescription(text, into: &builder)
            return
        }
        closeTheme()
        prose.append(text)
    }

    private func appendDescription(_ text: String, into builder: inout DeltaBuilder) {
        guard let openTheme else { return }
        builder.update(openTheme) { theme in
            theme.properties[.description] = [theme.properties[.description], text].compactMap { $0 }.joined(separator: "\n")
        }
    }

    /// A label names a theme when it is short and not one of the words that only announce a list.
    private func isThemeLabel(_ label: String) -> Bool {
        guard TextShape.wordCount(label) <= 5 else { return false }
        let words = label.lowercased().split(whereSeparator: { !$0.isLetter })
        return !words.contains { word in lexicon.sectionWords.contains(String(word)) }
    }
}

extension ListMarker {
    var isNumberMarker: Bool {
        if case .number = self { return true }
        return false
    }
}
