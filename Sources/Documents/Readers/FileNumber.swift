import Foundation

/// Whole numbers read from a document's markup, kept to the range a document can mean.
///
/// A file may say anything in a number attribute — `-1`, `9223372036854775807`, a hundred digits.
/// Every count, level and position a reader takes from a file goes through here, so arithmetic
/// on it can never overflow and a hostile value reads as the nearest sensible one.
enum FileNumber {
    /// List start values and counters: Word and LibreOffice both stop at 32767.
    static let listStart: ClosedRange<Int> = 0...32_767

    /// The whole number `text` says, clamped into `range`; `nil` when `text` is not a whole number.
    /// Digit strings too long for `Int` clamp to the end of the range their sign points to.
    static func value(_ text: String?, in range: ClosedRange<Int>) -> Int? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let number = Int(trimmed) { return min(max(number, range.lowerBound), range.upperBound) }
        var digits = Substring(trimmed)
        let negative = digits.first == "-"
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return negative ? range.lowerBound : range.upperBound
    }

    /// The number after `number` in a count; a count already at `Int.max` stays there.
    static func next(after number: Int) -> Int {
        number < .max ? number + 1 : number
    }
}
