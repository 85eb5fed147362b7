/// Something that knows which concepts a word stands for, beyond its spelling: a thesaurus
/// such as WordNet, or the lexicon's synonym groups.
public protocol ConceptSource: Sendable {
    /// The concepts of `word` (lower case) with weights in 0 … 1.
    func concepts(of word: String) -> [(concept: String, weight: Double)]
}
