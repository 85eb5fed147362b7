public import Foundation
import Zip

/// Word and LibreOffice documents made in memory from a few lines of XML, so that a test can
/// say exactly the construct it is about — a list that starts at 2^63−1, a style that is a
/// list — without committing someone's file.
public enum OfficeFiles {
    public static let wordNamespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
    static let odfNamespaces = [
        #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0""#,
        #"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0""#,
        #"xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0""#,
        #"xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0""#,
    ].joined(separator: " ")

    /// A .docx whose body holds `body` (paragraphs `<w:p>…</w:p>`), with `numbering` inside
    /// `<w:numbering>` and `styles` inside `<w:styles>` where given.
    public static func docx(body: String, numbering: String? = nil, styles: String? = nil) throws -> Data {
        var zip = ZipWriter()
        // The package parts a word processor needs to find the body, its styles and its numbering.
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        try zip.add("[Content_Types].xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="\#(main).document.main+xml"/><Override PartName="/word/styles.xml" ContentType="\#(main).styles+xml"/><Override PartName="/word/numbering.xml" ContentType="\#(main).numbering+xml"/></Types>"#.utf8))
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        try zip.add("_rels/.rels", Data(#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="word/document.xml"/></Relationships>"#.utf8))
        var parts = ""
        if numbering != nil { parts += #"<Relationship Id="rId1" Type="\#(relationships)/numbering" Target="numbering.xml"/>"# }
        if styles != nil { parts += #"<Relationship Id="rId2" Type="\#(relationships)/styles" Target="styles.xml"/>"# }
        try zip.add("word/_rels/document.xml.rels", Data(#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(parts)</Relationships>"#.utf8))
        try zip.add("word/document.xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><w:document \#(wordNamespace)><w:body>\#(body)</w:body></w:document>"#.utf8))
        if let numbering {
            try zip.add("word/numbering.xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><w:numbering \#(wordNamespace)>\#(numbering)</w:numbering>"#.utf8))
        }
        if let styles {
            try zip.add("word/styles.xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><w:styles \#(wordNamespace)>\#(styles)</w:styles>"#.utf8))
        }
        return zip.data()
    }

    /// A Word paragraph of `text`, with the style `style` and the list `numId` at level `ilvl` where given.
    public static func wordParagraph(_ text: String, style: String? = nil, numId: String? = nil, ilvl: Int = 0) -> String {
        var properties = ""
        if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
        if let numId { properties += #"<w:numPr><w:ilvl w:val="\#(ilvl)"/><w:numId w:val="\#(numId)"/></w:numPr>"# }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">\(escaped(text))</w:t></w:r></w:p>"
    }

    /// A LibreOffice .odt whose body text holds `body`, with `automaticStyles` in the content's
    /// automatic styles and `styles` inside `styles.xml`'s `<office:styles>` where given.
    public static func odt(body: String, automaticStyles: String = "", styles: String? = nil) throws -> Data {
        var zip = ZipWriter()
        try zip.add("mimetype", Data("application/vnd.oasis.opendocument.text".utf8), method: .stored)
        try zip.add("content.xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><office:document-content \#(odfNamespaces) office:version="1.3"><office:automatic-styles>\#(automaticStyles)</office:automatic-styles><office:body><office:text>\#(body)</office:text></office:body></office:document-content>"#.utf8))
        if let styles {
            try zip.add("styles.xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><office:document-styles \#(odfNamespaces) office:version="1.3"><office:styles>\#(styles)</office:styles></office:document-styles>"#.utf8))
        }
        return zip.data()
    }

    /// `text` with the five XML special characters escaped.
    public static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
