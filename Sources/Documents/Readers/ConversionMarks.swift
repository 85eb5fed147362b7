import Graph
/// Removes the marks that converting Word and PowerPoint files to text leaves behind.
///
/// `[image: …]` and `[bookmark: …]` placeholders go, and `**bold**` or `__bold__` slide
/// emphasis keeps its words but loses its asterisks. What remains is the text as written.
enum ConversionMarks {
    /// Placeholders that stand for a picture, a bookmark or a similar non-text object.
    static let placeholderPrefixes = ["[image:", "[bookmark:", "[picture:", "[chart:"]

    /// Returns `line` without placeholders and emphasis markers; white space is left as it is.
    static func strip(_ line: Substring) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var rest = line[...]
        while let open = rest.firstIndex(of: "[") {
            out += rest[..<open]
            let tail = rest[open...]
            if placeholderPrefixes.contains(where: { tail.lowercased().hasPrefix($0) }),
                let close = tail.firstIndex(of: "]")
            {
                rest = tail[tail.index(after: close)...]
            } else {
                out.append("[")
                rest = tail.dropFirst()
            }
        }
        out += rest
        return stripEmphasis(out)
    }

    /// Drops paired `**` and `__` markers; a lone pair of asterisks in prose stays.
    static func stripEmphasis(_ text: String) -> String {
        var result = text
        for marker in ["**", "__"] {
            let parts = result.components(separatedBy: marker)
            // An odd number of parts means the markers come in pairs.
            if parts.count >= 3, parts.count % 2 == 1 {
                result = parts.joined()
            }
        }
        return result
    }
}
