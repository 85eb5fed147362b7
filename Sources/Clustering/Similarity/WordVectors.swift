import Foundation

/// Pretrained word vectors a user brings (fastText's Dutch vectors, for instance), in the
/// common text format: an optional "count dimension" header, then a word and its numbers
/// per line.
public struct WordVectors: Sendable {
    public let dimension: Int
    private let vectors: [String: [Double]]

    public init(vectors: [String: [Double]]) {
        self.vectors = vectors
        dimension = vectors.values.first?.count ?? 0
    }

    /// Reads `text`, keeping only the words in `vocabulary` when one is given (the files are large).
    ///
    /// - Throws: ``ClusteringError`` naming the line where a vector has the wrong length or a
    ///   number does not parse.
    public static func parse(_ text: String, file: String, vocabulary: Set<String>? = nil) throws(ClusteringError) -> WordVectors {
        var vectors: [String: [Double]] = [:]
        var dimension: Int?
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard !fields.isEmpty else { continue }
            if lineNumber == 1, fields.count == 2, Int(fields[0]) != nil, let size = Int(fields[1]) {
                dimension = size
                continue
            }
            let word = String(fields[0]).lowercased()
            if let vocabulary, !vocabulary.contains(word) { continue }
            let numbers = fields.dropFirst().compactMap { Double($0) }
            guard numbers.count == fields.count - 1, !numbers.isEmpty else {
                throw ClusteringError(file: file, line: lineNumber, problem: "the vector of '\(word)' holds something that is not a number", remedy: "use the text format: a word and its numbers, separated by spaces")
            }
            if let dimension, numbers.count != dimension {
                throw ClusteringError(file: file, line: lineNumber, problem: "the vector of '\(word)' has \(numbers.count) numbers where \(dimension) were expected", remedy: "give every word the same number of values")
            }
            dimension = numbers.count
            vectors[word] = numbers
        }
        return WordVectors(vectors: vectors)
    }

    /// Reads the file at `path`.
    public static func load(path: String, vocabulary: Set<String>? = nil) throws(ClusteringError) -> WordVectors {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ClusteringError(file: path, problem: "the vectors file cannot be read", remedy: "check the path given to --vectors")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path, vocabulary: vocabulary)
    }

    public func vector(_ word: String) -> [Double]? { vectors[word] }
}
