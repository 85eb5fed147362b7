/// Makes every node id of the graph, so the id scheme lives in one place.
///
/// A document's own nodes are `document:suffix`; people, organisations and stakeholder groups
/// are shared by every document that names them (`person:paul-van-der-aa`); the clusters of a
/// run are `run:part.cN`. The same input always gives the same ids.
public enum NodeID {
    /// The id of the document read from the file at `path`: its file name without the extension
    /// (`corpus/bpa-werkateliers-2018.txt` → `bpa-werkateliers-2018`), so two formats of one
    /// report are one document.
    public static func document(file path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The node `suffix` of `document`: `bpa:w1.g2`.
    public static func local(_ document: String, _ suffix: String) -> String { "\(document):\(suffix)" }

    /// The person called `name`, shared across documents.
    public static func person(named name: String) -> String { "person:" + slug(name) }

    /// The organisation whose folded name is `key`, shared across documents.
    public static func organisation(key: String) -> String { "organisation:" + key }

    /// The stakeholder group called `name`, shared across documents.
    public static func stakeholderGroup(named name: String) -> String { "stakeholder-group:" + slug(name) }

    /// Cluster `number` (1-based) of the part `part` (a group, a workshop, `all`) of the run stored as `run`.
    public static func cluster(run: String, part: String, number: Int) -> String { "\(run):\(token(part)).c\(number)" }

    /// `bpa:w1.g2` → `bpa_w1.g2`: an id as a fragment safe inside another id.
    public static func token(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" })
    }

    /// "Paul van der Aa" → "paul-van-der-aa"; "Coöperatie" → "cooperatie": a name as an id fragment.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            let folded = latinFold[character] ?? character
            if folded.isASCII, folded.isLetter || folded.isNumber {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(folded)
            } else if folded != "’", folded != "'" {
                pendingHyphen = true
            }
        }
        return out
    }

    /// Latin letters with diacritics and their base letters.
    private static let latinFold: [Character: Character] = {
        let pairs = [
            ("àáâäãå", "a"), ("èéêë", "e"), ("ìíîï", "i"), ("òóôöõø", "o"), ("ùúûü", "u"),
            ("ýÿ", "y"), ("ç", "c"), ("ñ", "n"),
        ]
        var map: [Character: Character] = [:]
        for (letters, base) in pairs {
            for letter in letters { map[letter] = Character(base) }
        }
        return map
    }()
}
