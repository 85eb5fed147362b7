import Graph
/// A table read from CSV or TSV text: a header and rows, each row with the line it starts on.
///
/// Follows RFC 4180: fields may be quoted, a quoted field may hold the delimiter, doubled
/// quotes and line breaks. The delimiter (comma, semicolon as Excel writes it in Dutch
/// locales, or tab) is taken from the header line.
public struct CSVTable: Sendable, Hashable {
    public var header: [String]
    /// The 1-based line the header stands on.
    public var headerLine: Int
    public var rows: [Row]
    /// The line on which a quoted cell opens that never closes, where the text has one: every
    /// line after it would be read into that one cell.
    public var unclosedQuoteLine: Int?

    /// One data row.
    public struct Row: Sendable, Hashable {
        public var fields: [String]
        /// The 1-based line the row starts on.
        public var line: Int
    }

    /// Parses `text`; the first non-empty record is the header.
    public init(parsing text: String) {
        let delimiter = Self.delimiter(of: text)
        var records: [Row]
        (records, unclosedQuoteLine) = Self.records(text, delimiter: delimiter)
        records.removeAll { $0.fields.allSatisfy { $0.isEmpty } }
        header = records.first?.fields.map { $0.trimmingWhitespace() } ?? []
        headerLine = records.first?.line ?? 1
        rows = Array(records.dropFirst())
    }

    /// The index of the first header column whose name is one of `names` (case-insensitive).
    public func column(named names: [String]) -> Int? {
        Self.column(in: header, named: names)
    }

    /// The index of the first column of `header` whose name is one of `names`, in the order of
    /// `names` (case and surrounding white space ignored).
    public static func column(in header: [String], named names: [String]) -> Int? {
        let lowered = header.map { $0.trimmingWhitespace().lowercased() }
        for name in names {
            if let index = lowered.firstIndex(of: name.lowercased()) { return index }
        }
        return nil
    }

    /// The delimiter that occurs most often outside quotes on the first line.
    static func delimiter(of text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if !quoted, character == "\n" || character == "\r" || character == "\r\n" { break }
            if !quoted, counts[character] != nil { counts[character, default: 0] += 1 }
        }
        // Ties go to the first of semicolon, tab and comma, the same on every run.
        var best: (delimiter: Character, count: Int) = (",", 0)
        for delimiter: Character in [";", "\t", ","] where (counts[delimiter] ?? 0) > best.count {
            best = (delimiter, counts[delimiter] ?? 0)
        }
        return best.delimiter
    }

    /// The records of `text`, and the line of a quoted cell that opens and never closes.
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func records(_ text: String, delimiter: Character) -> (rows: [Row], unclosedQuote: Int?) {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var quoteLine = 1
        var line = 1
        var rowLine = 1
        var characters = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let character = pending {
                pending = nil
                return character
            }
            return characters.next()
        }
        while let character = next() {
            let isBreak = character == "\n" || character == "\r" || character == "\r\n"
            if quoted {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            pending = following
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    if isBreak { line += 1 }
                    field.append(character == "\r\n" ? "\n" : character)
                }
                continue
            }
            if character == "\"", field.isEmpty {
                quoted = true
                quoteLine = line
            } else if character == delimiter {
                fields.append(field)
                field = ""
            } else if isBreak {
                fields.append(field)
                rows.append(Row(fields: fields, line: rowLine))
                fields = []
                field = ""
                line += 1
                rowLine = line
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append(Row(fields: fields, line: rowLine))
        }
        return (rows, quoted ? quoteLine : nil)
    }
}
