import Contracts

/// A caller number as the intake registers it: an 11-digit mainland mobile number, a landline with its area code
/// and an optional extension, or a landline's local number whose area code the agent left out. Read from any form
/// agents type (`+86-139-0472-0001`, `86 13904720001`, `(0472)5123456`, `０４７２－５１２３４５６`,
/// `0472 5123456转802`, `5123456`) through `PhoneDigits`, which the masking reads numbers with too.
public enum PhoneNumber: Sendable, Equatable {
    case mobile(String)
    case landline(areaCode: String, number: String, extension: String?)
    /// A landline's 7 or 8 digits without the area code: registered, and the missing area code reported.
    case local(number: String, extension: String?)

    /// Reads `raw`; nil when it is none of the three, or holds words besides the number (`电话13904720001`, `不详`).
    public init?(_ raw: String) {
        let read = PhoneDigits(raw)
        guard !read.hasWords, !read.groups.isEmpty else { return nil }
        let digits = read.subscriber
        // A mark with nothing after it (`0472-5123456转`) adds nothing to the number.
        let ext = read.extensionDigits.flatMap { $0.isEmpty ? nil : $0 }
        if let ext, !(1...6).contains(ext.count) { return nil }

        if digits.count == 11, digits.first == "1", let second = digits.dropFirst().first, ("3"..."9").contains(second) {
            // A mobile number has no extension: a short group after it is a typing slip, not a line to ask for.
            guard ext == nil else { return nil }
            self = .mobile(digits)
        } else if digits.first == "0" {
            // Area codes 010 and 020–029 have three digits; every other mainland area code has four. When the digits
            // come in groups, the area code is the first of them.
            let areaLength = digits.hasPrefix("01") || digits.hasPrefix("02") ? 3 : 4
            guard read.groups.count == 1 || read.groups[0].count == areaLength else { return nil }
            let local = String(digits.dropFirst(areaLength))
            guard Self.isLocalNumber(local) else { return nil }
            self = .landline(areaCode: String(digits.prefix(areaLength)), number: local, extension: ext)
        } else if Self.isLocalNumber(digits) {
            self = .local(number: digits, extension: ext)
        } else {
            return nil
        }
    }

    /// A landline's local number: 7 or 8 digits, never starting with 0 (an area code) or 1 (mobiles, service numbers).
    private static func isLocalNumber(_ digits: String) -> Bool {
        (7...8).contains(digits.count) && ("2"..."9").contains(digits.first ?? "0")
    }

    /// The number as the registered ticket carries it: `13904720001`, `0472-5123456`, `0472-5123456-802`, `5123456`.
    public var normalized: String {
        switch self {
        case .mobile(let digits): digits
        case .landline(let areaCode, let number, let ext): ([areaCode, number] + [ext].compactMap { $0 }).joined(separator: "-")
        case .local(let number, let ext): ([number] + [ext].compactMap { $0 }).joined(separator: "-")
        }
    }

    /// The number as repeat-demand matching (R2) compares it: digits only, no country code, no extension. A local number
    /// matches only the same local number: without its area code it cannot be told from another city's line.
    public var matchingKey: String {
        switch self {
        case .mobile(let digits): digits
        case .landline(let areaCode, let number, _): areaCode + number
        case .local(let number, _): number
        }
    }
}
