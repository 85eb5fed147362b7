import Foundation

/// The one JSON encoder of the command line: sorted keys and pretty printing, so output
/// is stable byte for byte and easy to diff.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        Console.out(String(decoding: data, as: UTF8.self))
    }
}
