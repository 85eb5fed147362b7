/// A practice case told briefly: one or two sentences of its own text, under about 300
/// characters, that say what the initiative does.
///
/// Sentences that name the case count most; sentences about the meeting it was presented at
/// ("co-referaat", "presentatie"), questions and fragments count least, and one that starts in
/// lower case (the tail of a sentence) is never chosen; when only such
/// sentences are left the summary is empty. No word is added: a sentence too long to fit is
/// cut at a word and marked with "…".
struct CaseSummary {
    /// The longest summary, in characters.
    static let limit = 300

    var meetingWords: Set<String>

    init(lexicon: Lexicon) {
        meetingWords = Set(lexicon.meetingWords + lexicon.logisticsWords)
    }

    func summary(of text: String, name: String) -> String {
        let sentences = WorkshopReportInterpreter.sentences(of: text.split(whereSeparator: \.isNewline).joined(separator: " "))
        guard !sentences.isEmpty else { return "" }
        let lowered = name.lowercased()
        func score(_ sentence: String) -> Int {
            let words = Set(sentence.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init))
            var score = 0
            if sentence.lowercased().contains(lowered) { score += 2 }
            // A sentence that opens with the name says what the case is or does.
            if Self.opens(sentence.lowercased(), with: lowered) { score += 1 }
            if words.contains(where: isMeetingWord) { score -= 3 }
            if sentence.hasSuffix("?") { score -= 2 }
            if sentence.count < 40 { score -= 1 }
            return score
        }
        // A sentence that starts in lower case is the tail of one the reader split: no summary.
        let scores = sentences.map { $0.first?.isLowercase == true ? Int.min / 2 : score($0) }
        // Only sentences about the meeting: better no description than one about who spoke.
        guard let best = scores.indices.max(by: { scores[$0] != scores[$1] ? scores[$0] < scores[$1] : $0 > $1 }), scores[best] >= 0 else { return "" }
        var chosen = sentences[best]
        // A short sentence is followed by the next one when that one says something too.
        if chosen.count < 160, best + 1 < sentences.count, scores[best + 1] >= 0, chosen.count + 1 + sentences[best + 1].count <= Self.limit {
            chosen += " " + sentences[best + 1]
        }
        return Self.cut(chosen)
    }

    /// Whether `word` is a meeting word or a form of one ("co-referaten", "presentaties"):
    /// it starts with all of a meeting word but its last two letters.
    func isMeetingWord(_ word: String) -> Bool {
        meetingWords.contains { meeting in
            meeting == word || meeting.count >= 7 && word.hasPrefix(meeting.prefix(meeting.count - 2))
        }
    }

    /// Whether `sentence` opens with `name`, after an article ("De ZorgHub richt …").
    static func opens(_ sentence: String, with name: String) -> Bool {
        for article in ["", "de ", "het ", "een ", "the ", "a "] where sentence.hasPrefix(article + name) { return true }
        return false
    }

    /// `text`, cut at the last word that fits within ``limit`` and marked with "…".
    static func cut(_ text: String) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit - 1)
        let end = head.lastIndex(of: " ") ?? head.endIndex
        return head[..<end].trimmingWhitespace() + " …"
    }
}
