import Foundation

/// The English WordNet as Debian's `wordnet-base` installs it (`/usr/share/wordnet`): a word's
/// first senses and their hypernyms become concepts, so "papers" and "publications" meet.
///
/// The files are read on first use, so a setup may carry WordNet at no cost for Dutch notes;
/// the index files are parsed whole, a synset's line in a data file when it is first needed.
public final class WordNet: ConceptSource, @unchecked Sendable {
    // @unchecked: all mutable state (the tables, read once, and the hypernym cache) is
    // reached only under `lock`.
    private struct Tables {
        var index: [String: [(pos: Character, offset: Int)]] = [:]
        var data: [Character: [UInt8]] = [:]
        var exceptions: [String: String] = [:]
    }
    private var tables: Tables?
    private var cache: [String: [Int]] = [:]
    private let lock = NSLock()
    /// The folder the files are read from.
    public let folder: String
    /// How many senses of a word count, and how many hypernym levels above them.
    public let senses: Int
    public let depth: Int

    /// Where Debian installs WordNet.
    public static let defaultFolder = "/usr/share/wordnet"
    private static let parts: [(name: String, pos: Character)] = [("noun", "n"), ("verb", "v"), ("adj", "a")]
    /// The files a WordNet folder must hold.
    public static let requiredFiles = parts.flatMap { ["index.\($0.name)", "data.\($0.name)"] }

    /// WordNet in `folder`, or `nil` when its index and data files are not there.
    public init?(folder: String = WordNet.defaultFolder, senses: Int = 2, depth: Int = 2) {
        guard Self.requiredFiles.allSatisfy({ FileManager.default.isReadableFile(atPath: "\(folder)/\($0)") }) else { return nil }
        self.folder = folder
        self.senses = senses
        self.depth = depth
    }

    /// The tables, read from the files the first time they are needed. Call under `lock`.
    private func loadedTables() -> Tables {
        if let tables { return tables }
        var loaded = Tables()
        for (name, pos) in Self.parts {
            guard let indexData = FileManager.default.contents(atPath: "\(folder)/index.\(name)"),
                let dataData = FileManager.default.contents(atPath: "\(folder)/data.\(name)")
            else { continue }
            loaded.data[pos] = [UInt8](dataData)
            for line in String(decoding: indexData, as: UTF8.self).split(separator: "\n") where line.first != " " {
                let fields = line.split(separator: " ")
                guard fields.count > 4, let synsetCount = Int(fields[2]) else { continue }
                let offsets = fields.suffix(synsetCount).compactMap { Int($0) }
                loaded.index[String(fields[0]), default: []] += offsets.prefix(senses).map { (pos, $0) }
            }
            if let exc = FileManager.default.contents(atPath: "\(folder)/\(name).exc") {
                for line in String(decoding: exc, as: UTF8.self).split(separator: "\n") {
                    let fields = line.split(separator: " ")
                    if fields.count >= 2 { loaded.exceptions[String(fields[0])] = String(fields[1]) }
                }
            }
        }
        tables = loaded
        return loaded
    }

    /// The base forms WordNet may list `word` under ("studies" → "study").
    func lemmas(_ word: String) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return lemmas(word, in: loadedTables())
    }

    private func lemmas(_ word: String, in tables: Tables) -> [String] {
        let (index, exceptions) = (tables.index, tables.exceptions)
        var candidates = [word]
        if let exception = exceptions[word] { candidates.append(exception) }
        for (suffix, replacement) in [("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", "")] where word.hasSuffix(suffix) {
            candidates.append(String(word.dropLast(suffix.count)) + replacement)
        }
        var seen: Set<String> = []
        return candidates.filter { index[$0] != nil && seen.insert($0).inserted }
    }

    public func concepts(of word: String) -> [(concept: String, weight: Double)] {
        lock.lock()
        defer { lock.unlock() }
        let tables = loadedTables()
        guard let lemma = lemmas(word, in: tables).first, let synsets = tables.index[lemma] else { return [] }
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
                    if level < depth { next += hypernyms(pos: p, offset: o, in: tables).map { (p, $0) } }
                }
                frontier = next
                weight /= 2
            }
        }
        return result
    }

    /// The hypernym synsets of a synset, read from its line in the data file. Call under `lock`.
    private func hypernyms(pos: Character, offset: Int, in tables: Tables) -> [Int] {
        let key = "\(pos)\(offset)"
        if let known = cache[key] { return known }
        guard let bytes = tables.data[pos], offset < bytes.count else { return [] }
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
