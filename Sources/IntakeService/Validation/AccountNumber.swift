import Contracts
import CivilTime

/// An electricity account number (户号) as the bureau's marketing system writes it: 6 to 13 digits, optionally led by
/// the 3- or 4-digit area code (`0472-100234`, `3204567890`). Agents type the area code with or without a dash, so
/// the register keeps the digits alone: `0472-100234` and `0472100234` are one account (R2 matches on it).
public struct AccountNumber: Sendable, Equatable, Hashable {
    public static let formatDescription = "6 to 13 digits, optionally after an area code and a dash (0472-100234)"

    /// The account's digits, in ASCII and without the dash: how the register stores and looks it up.
    public let normalized: String

    /// Reads `raw`: digits of any width, one dash, space or full-width dash after the area code, surrounding spaces;
    /// nil when it is not in the format.
    public init?(_ raw: String) {
        guard let digits = Self.digitGroups(raw) else { return nil }
        switch digits.count {
        case 1: guard (6...13).contains(digits[0].count) else { return nil }
        case 2:
            guard digits[0].first == "0", (3...4).contains(digits[0].count), (6...13).contains(digits[1].count) else { return nil }
        default: return nil
        }
        normalized = digits.joined()
    }

    /// The digits between the separators, in ASCII; nil when a group is empty or holds anything but digits.
    private static func digitGroups(_ raw: String) -> [String]? {
        // The marketing system's own form, ASCII digits and dashes, needs neither trimming nor the characters' Unicode
        // properties: told apart by its bytes, it is split as it is.
        if raw.utf8.allSatisfy({ ASCIIDigits.contains($0) || $0 == UInt8(ascii: "-") }) {
            let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
            return parts.contains(where: \.isEmpty) ? nil : parts.map(String.init)
        }
        let parts = raw.trimmedCharacters.split(omittingEmptySubsequences: false) { "- －".contains($0) }
        let digitParts = parts.map { part in part.map(\.asciiDigit) }
        guard digitParts.allSatisfy({ !$0.isEmpty && !$0.contains(nil) }) else { return nil }
        return digitParts.map { String($0.compactMap { $0 }) }
    }
}
