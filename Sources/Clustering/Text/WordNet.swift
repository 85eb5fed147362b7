import Foundation

/// The English WordNet as Debian's `wordnet-base` installs it (`/usr/share/wordnet`): a word's
/// first senses and their hypernyms become concepts, so "papers" and "publications" meet.
///
/// Only the index files are read at start; synsets are read from the data files as needed.
public final class WordNet: ConceptSource, @unchecked Sendable {
    // @unchecked: the dictionaries are filled once in `init` and only read afterwards, apart
    // from the hypernym cache, which a lock guards.
    private let index: [String: [(pos: Character, offset: Int)]]
    private let data: [Character: [UInt8]]
    private let exceptions: [String: String]
    private var cache: [String: [Int]] = [:]
    private let lock = NSLock()
    /// How many senses of a word count, and how many hypernym levels above them.
    public let senses: Int
    public let depth: Int

    /// Where Debian installs WordNet.
    public static let defaultFolder = "/usr/share/wordnet"

    /// Loads WordNet from `folder`, or returns `nil` when it is not there.
    public init?(folder: String = WordNet.defaultFolder, senses: Int = 2, depth: Int = 2) {
        var index: [String: [(Character, Int)]] = [:]
        var data: [Character: [UInt8]] = [:]
        var exceptions: [String: String] = [:]
        for (name, pos) in [("noun", Character("n")), ("verb", "v"), ("adj", "a")] {
            guard let indexData = FileManager.default.contents(atPath: "\(folder)/index.\(name)"),
                let dataData = FileManager.default.contents(atPath: "\(folder)/data.\(name)")
            else { return nil }
            data[pos] = [UInt8](dataData)
            for line in String(decoding: indexData, as: UTF8.self).split(separator: "\n") where line.first != " " {
                let fields = line.split(separator: " ")
                guard fields.count > 4, let synsetCount = Int(fields[2]) else { continue }
                let offsets = fields.suffix(synsetCount).compactMap { Int($0) }
                index[String(fields[0]), default: []] += offsets.prefix(senses).map { (pos, $0) }
            }
            if let exc = FileManager.default.contents(atPath: "\(folder)/\(name).exc") {
                for line in String(decoding: exc, as: UTF8.self).split(separator: "\n") {
                    let fields = line.split(separator: " ")
                    if fields.count >= 2 { exceptions[String(fields[0])] = String(fields[1]) }
                }
            }
        }
        self.index = index
        self.data = data
        self.exceptions = exceptions
        self.senses = senses
        self.depth = depth
    }

    /// The base forms WordNet may list `word` under ("studies" → "study").
    func lemmas(_ word: String) -> [String] {
        var candidates = [word]
        if let exception = exceptions[word] { candidates.append(exception) }
        for (suffix, replacement) in [("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", "")] where word.hasSuffix(suffix) {
            candidates.append(String(word.dropLast(suffix.count)) + replacement)
        }
        return candidates.filter { index[$0] != nil }
    }

    public func concepts(of word: String) -> [(concept: String, weight: Double)] {
        guard let lemma = lemmas(word).first, let synsets = index[lemma] else { return [] }
        var result: [(String, Double)] = []
        var seen: Set<String> = []
        for (pos, offset) in synsets.prefix(senses) {
            var frontier = [(pos, offset)]
            var weight = 0.6
            for level in 0...depth {
                var next: [(Character, Int)] = []
                for (p, o) in frontier {
                    let key = "\(p)\(o)"
                    if seen.insert(key).inserted { result.append(("wn:" + key, weight)) }
                    if level < depth { next += hypernyms(pos: p, offset: o).map { (p, $0) } }
                }
                frontier = next
                weight /= 2
            }
        }
        return result
    }

    /// The hypernym synsets of a synset, read from its line in the data file.
    func hypernyms(pos: Character, offset: Int) -> [Int] {
        let key = "\(pos)\(offset)"
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[key] { return known }
        guard let bytes = data[pos], offset < bytes.count else { return [] }
        var end = offset
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let line = String(decoding: bytes[offset..<end], as: UTF8.self)
        let fields = line.split(separator: " ")
        var result: [Int] = []
        // offset lex_filenum ss_type w_cnt (word lex_id)* p_cnt (symbol offset pos source)*
        if fields.count > 4, let wordCount = Int(fields[3], radix: 16) {
            let pointerIndex = 4 + 2 * wordCount
            if pointerIndex < fields.count, let pointerCount = Int(fields[pointerIndex]) {
                for p in 0..<pointerCount {
                    let base = pointerIndex + 1 + 4 * p
                    guard base + 2 < fields.count else { break }
                    if fields[base] == "@" || fields[base] == "@i", fields[base + 2].first == pos, let target = Int(fields[base + 1]) {
                        result.append(target)
                    }
                }
            }
        }
        cache[key] = result
        return result
    }
}
