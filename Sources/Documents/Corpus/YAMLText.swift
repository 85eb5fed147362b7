internal import CYaml
public import Foundation
import Yams

/// The YAML files a corpus folder holds (`corpus.yaml`, `lexicon.yaml`, `clusters.yaml`),
/// read within bounds a mailed folder cannot push past.
///
/// Anchors and aliases let a few hundred bytes stand for billions of nodes, and a YAML reader
/// compares alias keys node by node; nesting lets a reader recurse without end. Before a file is
/// decoded its events are counted: the nodes it stands for with every alias expanded, and how
/// deep it nests. A file over either bound, larger than ``maximumBytes`` or not UTF-8 is refused
/// with one sentence saying which.
public enum YAMLText {
    /// The most bytes a YAML file of the corpus may have.
    public static let maximumBytes = 16 << 20
    /// The most nodes a file may stand for, aliases expanded.
    public static let maximumNodes = 1_000_000
    /// The deepest a file may nest.
    public static let maximumDepth = 200

    /// What is wrong with a YAML file, said as the middle of a sentence.
    public struct Problem: Error, Sendable, Hashable {
        /// What is wrong, such as "the file is UTF-16".
        public var problem: String
        /// The line it is on, where known.
        public var line: Int?
        /// What the person can do, where it differs from the caller's own remedy.
        public var remedy: String?

        public init(problem: String, line: Int? = nil, remedy: String? = nil) {
            self.problem = problem
            self.line = line
            self.remedy = remedy
        }
    }

    /// The text of the file at `url`, or `nil` when there is no file there.
    ///
    /// - Throws: ``Problem`` when the file cannot be read, is larger than ``maximumBytes``, or is not UTF-8.
    public static func text(of url: URL) throws(Problem) -> String? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try text(decoding: try bytes(of: url))
    }

    /// The bytes of the YAML file at `url`, at most ``maximumBytes``.
    ///
    /// - Throws: ``Problem`` when the file cannot be read or is larger.
    public static func bytes(of url: URL) throws(Problem) -> Data {
        do {
            return try BoundedFile.read(url, maximumBytes: maximumBytes)
        } catch {
            // No option raises this bound: a corpus's YAML is a few kilobytes.
            throw Problem(problem: error.problem, remedy: error.code == .tooLarge ? "keep it under \(maximumBytes >> 20) MB" : error.remedy)
        }
    }

    /// The bytes of a YAML file as text.
    ///
    /// - Throws: ``Problem`` when they are UTF-16 or not UTF-8.
    public static func text(decoding data: Data) throws(Problem) -> String {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) || (data.count >= 2 && (data[data.startIndex] == 0 || data[data.startIndex + 1] == 0)) {
            throw Problem(problem: "the file is UTF-16, which agenda does not read in YAML", remedy: "save it as UTF-8 (in a text editor: Save As, encoding UTF-8)")
        }
        guard let text = String(data: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data, encoding: .utf8) else {
            throw Problem(problem: "the file is not UTF-8", remedy: "save it as UTF-8 (in a text editor: Save As, encoding UTF-8)")
        }
        return text
    }

    /// Decodes `text` as `T`, after checking its aliases and nesting stay within bounds.
    ///
    /// - Throws: ``Problem`` naming the line where the YAML is malformed or not of `T`'s shape.
    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws(Problem) -> T {
        try checkBounds(text)
        do {
            return try YAMLDecoder().decode(type, from: text)
        } catch {
            throw Problem(problem: YAMLErrorLine.summary(of: error), line: YAMLErrorLine.line(of: error))
        }
    }

    /// Counts the nodes `text` stands for, aliases expanded, and how deep it nests, and says
    /// where the YAML is malformed.
    static func checkBounds(_ text: String) throws(Problem) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        let result: Problem? = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var sizes: [String: Int] = [:]  // anchor → nodes it stands for
            var open: [(anchor: String?, nodes: Int)] = [(nil, 0)]
            func add(_ nodes: Int, anchor: String?, line: Int) -> Problem? {
                guard let last = open.indices.last else { return nil }
                open[last].nodes += nodes
                if let anchor { sizes[anchor] = nodes }
                guard open[last].nodes <= maximumNodes else {
                    return Problem(problem: "its anchors and aliases (&name, *name) stand for more than \(maximumNodes) values", line: line, remedy: "write the values out instead of repeating them through aliases")
                }
                return nil
            }
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    let said = parser.problem.map { String(cString: $0) } ?? "it is malformed"
                    let line = Int(parser.problem_mark.line) + 1
                    if said.lowercased().contains("nest") || said.contains("depth") { return tooDeep(line: line) }
                    return Problem(problem: "it is not valid YAML: \(said)", line: line)
                }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                switch event.type {
                case YAML_SCALAR_EVENT:
                    if let problem = add(1, anchor: string(event.data.scalar.anchor), line: line) { return problem }
                case YAML_ALIAS_EVENT:
                    if let problem = add(string(event.data.alias.anchor).flatMap { sizes[$0] } ?? 1, anchor: nil, line: line) { return problem }
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                    open.append((string(anchor), 0))
                    guard open.count <= maximumDepth + 1 else { return tooDeep(line: line) }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard open.count > 1, let closed = open.popLast() else { return nil }
                    if let problem = add(closed.nodes + 1, anchor: closed.anchor, line: line) { return problem }
                case YAML_STREAM_END_EVENT, YAML_NO_EVENT:
                    return nil
                default:
                    continue
                }
            }
        }
        if let result { throw result }
    }

    /// Nesting past ``maximumDepth`` (counted here) or past libyaml's own bound (said by libyaml).
    private static func tooDeep(line: Int) -> Problem {
        Problem(problem: "it nests lists and mappings deeper than agenda reads (at most \(maximumDepth) levels)", line: line, remedy: "write it with fewer levels")
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
