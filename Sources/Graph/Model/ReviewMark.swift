/// What a person decided about an item of the draft agenda; the value of ``PropertyKey/review``.
public enum ReviewMark: String, Sendable, Hashable, Codable, CaseIterable {
    /// A person confirmed it (a suggested link accepted, or a link a person added).
    case confirmed = "bevestigd"
    /// A person marked a text the toolkit took for a research question as none (a framing
    /// sentence, an aside): it is no indicative question of the agenda.
    case notAQuestion = "geen onderzoeksvraag"
    /// A person chose this formulation to lead its indicative question.
    case leading = "voorop"
    /// A person split this formulation out: it is an indicative question of its own, merged
    /// with no other unless a person merges it.
    case separate = "apart"
}
