/// What a person decided about an item of the draft agenda; the value of ``PropertyKey/review``.
public enum ReviewMark: String, Sendable, Hashable, Codable, CaseIterable {
    /// A person confirmed it (a suggested link accepted, or a link a person added).
    case confirmed = "bevestigd"
    /// A person marked a text the toolkit took for a research question as none (a framing
    /// sentence, an aside): it is no indicative question of the agenda.
    case notAQuestion = "geen onderzoeksvraag"
}
