/// A caller number in one of the mainland formats the hotline records: an 11-digit mobile number (optionally with
/// the +86 country code), or a landline with its area code and an optional extension.
public enum PhoneNumber: Sendable, Equatable {
    case mobile(String)
    case landline(areaCode: String, number: String, extension: String?)

    /// Parses `raw`; nil when it is neither format. Spaces and dashes between digit groups are allowed, as agents
    /// type them (`139 0472 0001`, `0472-5123456`, `0472-5123456-802`, `0472 5123456转802`).
    public init?(_ raw: String) {
        var text = Substring(raw.filter { $0 != " " })
        var extensionDigits: Substring?
        if let transfer = text.firstIndex(of: "转") {
            extensionDigits = text[text.index(after: transfer)...]
            text = text[..<transfer]
        }
        if text.hasPrefix("+86") { text = text.dropFirst(3) } else if text.hasPrefix("0086") { text = text.dropFirst(4) }
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let digits = groups.joined()

        if extensionDigits == nil, digits.count == 11, digits.first == "1", let second = digits.dropFirst().first,
           ("3"..."9").contains(second) {
            self = .mobile(digits)
            return
        }
        guard digits.first == "0" else { return nil }
        // Area codes 010 and 020–029 have three digits; every other mainland area code has four.
        let areaLength = digits.hasPrefix("01") || digits.hasPrefix("02") ? 3 : 4
        let afterArea = digits.dropFirst(areaLength)
        // A dash may separate the area code, the number and an extension; without dashes there is no extension.
        var local = afterArea
        if groups.count == 3, extensionDigits == nil, groups[0].count == areaLength {
            local = groups[1][...]
            extensionDigits = groups[2]
        } else if groups.count > 2 || (groups.count == 2 && groups[0].count != areaLength) {
            return nil
        }
        guard (7...8).contains(local.count), let first = local.first, ("2"..."9").contains(first) else { return nil }
        if let extensionDigits {
            guard (1...6).contains(extensionDigits.count), extensionDigits.allSatisfy(\.isASCIIDigit) else { return nil }
        }
        self = .landline(
            areaCode: String(digits.prefix(areaLength)), number: String(local), extension: extensionDigits.map(String.init))
    }

    /// The number as repeat-demand matching compares it: digits only, no country code, no extension.
    public var matchingKey: String {
        switch self {
        case .mobile(let digits): digits
        case .landline(let areaCode, let number, _): areaCode + number
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
