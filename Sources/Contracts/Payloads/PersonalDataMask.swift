/// How a customer's phone, name and account are masked wherever they leave the service that holds them: in
/// `complaint.closed` and in log lines (ServiceKit's `PersonalData`). Each mask keeps enough for a person to
/// recognise a customer or a call, not to dial or look them up, and always gives a value that the closed record's
/// pattern for that field accepts, whatever it is given.
///
/// - Phone (`^[0-9]{0,3}\*{4,}[0-9]{0,4}$`): the digits of the number as `PhoneDigits` reads them (full-width
///   digits counting as digits, the country code and the extension left out). Of those, a number of 11 digits or
///   more keeps its first 3 and last 4 (`139****0001`, `047****3456`); one of 6 to 10 digits keeps its last 2
///   (`*****56`); a shorter one, or text without digits (`不详`), keeps none. At least 4 digits are always hidden and
///   at most 7 shown; there are as many stars as hidden digits, and never fewer than 4.
/// - Name (`^[^*]{0,1}\*+$`): the first character, then a star for each other character and at least one
///   (`王女士` → `王**`, `王` → `王*`, empty → `*`). A first character the pattern cannot hold as one (several code
///   points, as a decomposed `é`, or a star) becomes a star too.
/// - Account (`^\*+[0-9A-Za-z-]{0,4}$`): stars, at least one, then at most the last 4 characters, fewer when the
///   account is shorter than 5 so that a star still shows (`1234` → `*234`), and only the trailing ones that are
///   ASCII letters, digits or dashes (`0472-100234` → `*******0234`, `户号0234` → `**0234`, empty → `*`).
///
/// Surrounding whitespace is ignored throughout.
public enum PersonalDataMask {
    /// The phone masked: `13904720001` → `139****0001`, `0472 5123456转802` → `047****3456`, `不详` → `****`.
    public static func phone(_ phone: String) -> String {
        let digits = PhoneDigits(phone).subscriber
        // At least 4 digits stay hidden: 3 + 4 are kept from 11 digits up, 2 from 6 up.
        let (head, tail) = digits.count >= 11 ? (3, 4) : digits.count >= 6 ? (0, 2) : (0, 0)
        let stars = max(4, digits.count - head - tail)
        return String(digits.prefix(head)) + String(repeating: "*", count: stars) + String(digits.suffix(tail))
    }

    /// The name masked: `王女士` → `王**`, `王` → `王*`, empty → `*`.
    public static func name(_ name: String) -> String {
        let characters = name.trimmedCharacters
        guard let first = characters.first, first.unicodeScalars.count == 1, first != "*"
        else { return String(repeating: "*", count: max(1, characters.count)) }
        return String(first) + String(repeating: "*", count: max(1, characters.count - 1))
    }

    /// The account masked: `0472-100234` → `*******0234`, `1234` → `*234`, empty → `*`.
    public static func account(_ account: String) -> String {
        let characters = account.trimmedCharacters.map { $0.asciiDigit ?? $0 }
        let candidates = characters.suffix(min(4, max(0, characters.count - 1)))
        let kept = candidates.reversed().prefix { character in
            // An ASCII letter, digit or dash.
            guard let ascii = character.asciiValue else { return false }
            return ascii == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ascii)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii | 0x20)
        }.reversed()
        return String(repeating: "*", count: max(1, characters.count - kept.count)) + String(kept)
    }
}

extension ComplaintClosed.MaskedCustomer {
    /// The closed record's customer for `customer`, masked by `PersonalDataMask`; the address is left out, absent
    /// fields stay absent and `named` is kept.
    public init(masking customer: Customer) {
        self.init(
            account: customer.account.map(PersonalDataMask.account),
            name: customer.name.map(PersonalDataMask.name),
            phone: customer.phone.map(PersonalDataMask.phone),
            named: customer.named)
    }
}
