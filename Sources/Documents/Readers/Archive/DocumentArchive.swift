import Graph
import Zip
import Foundation

/// A zipped office document being read: its entries inflated within one budget, its XML parts
/// parsed with the hostile-file defences of ``XMLDocument``, and every failure a ``GraphError``
/// that names the file and the program that can repair it.
struct DocumentArchive {
    /// The program a damaged file should be opened in and saved again ("Word", "LibreOffice").
    let program: String
    private let archive: ZipArchive
    private let file: String
    private let entryLimit: Int
    private var budget: Int

    /// Opens `data`, the bytes of `file`.
    ///
    /// - Throws: ``GraphError`` when the zip structure is broken or cut off.
    init(_ data: Data, file: String, format: String, program: String, limits: ArchiveLimits) throws(GraphError) {
        do {
            archive = try ZipArchive(data)
        } catch {
            throw GraphError(.unsupportedFormat, file: file, problem: "the file is not a readable \(format) (its zip structure is broken or cut off)", remedy: "open it in \(program) and save it again")
        }
        self.file = file
        self.program = program
        entryLimit = limits.entryBytes
        budget = limits.totalBytes
    }

    /// The inflated bytes of entry `path`, or `nil` when the archive has none.
    ///
    /// - Throws: ``GraphError`` when the entry would inflate beyond the limits or cannot be inflated.
    mutating func entry(_ path: String) throws(GraphError) -> Data? {
        let limit = min(entryLimit, budget)
        let data: Data?
        do {
            data = try archive.contents(of: path, limit: limit)
        } catch .tooLarge(let claimed) {
            throw GraphError(.unsupportedFormat, file: file, problem: "\(path) would inflate to \(claimed) bytes, more than the limit of \(limit)", remedy: "check the file is a genuine \(program) document, or raise the limit with --max-inflate")
        } catch .inflatesBeyond {
            throw GraphError(.unsupportedFormat, file: file, problem: "\(path) inflates to more than the limit of \(limit) bytes", remedy: "check the file is a genuine \(program) document, or raise the limit with --max-inflate")
        } catch {
            throw GraphError(.unsupportedFormat, file: file, problem: "\(path) cannot be inflated (the archive is damaged or cut off)", remedy: "open it in \(program) and save it again")
        }
        if let data { budget -= data.count }
        return data
    }

    /// Entry `path` parsed as XML, or `nil` when the archive has none.
    mutating func xml(_ path: String) throws(GraphError) -> XMLDocument? {
        guard let data = try entry(path) else { return nil }
        return try XMLDocument(data, file: file, program: program)
    }
}
