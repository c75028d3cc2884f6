/// An electricity account number (户号) as the bureau's marketing system writes it: 6 to 13 digits, optionally led by
/// the 3- or 4-digit area code and a dash (`0472-100234`, `3204567890`).
public enum AccountNumber {
    public static let formatDescription = "6 to 13 digits, optionally after an area code and a dash (0472-100234)"

    public static func isValid(_ account: String) -> Bool {
        let parts = account.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        switch parts.count {
        case 1: return (6...13).contains(parts[0].count)
        case 2: return parts[0].first == "0" && (3...4).contains(parts[0].count) && (6...13).contains(parts[1].count)
        default: return false
        }
    }
}
