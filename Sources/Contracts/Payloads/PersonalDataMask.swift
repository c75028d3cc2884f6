/// How a customer's phone, name and account are masked wherever they leave the service that holds them: in
/// `complaint.closed` and in log lines (ServiceKit's `PersonalData`). Each mask keeps enough for a person to
/// recognise a customer or a call, not to dial or look them up, and always gives a value that the closed record's
/// pattern for that field accepts, whatever it is given.
///
/// - Phone (`^[0-9]{0,3}\*{4,}[0-9]{0,4}$`): the digits of the number as given, full-width digits counting as digits.
///   A leading country code is dropped (`+86`, `0086`, and a bare `86` before a mobile number), and so is an
///   extension: everything after `转`, `分机`, `ext` or `x`, and a last group of 1–6 digits after a separator when the
///   groups before it already hold 10 digits (`0472-5123456-802`). Of what is left, a number of 11 digits or more
///   keeps its first 3 and last 4 (`139****0001`, `047****3456`); one of 6 to 10 digits keeps its last 2
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
        let digits = subscriberDigits(phone)
        // At least 4 digits stay hidden: 3 + 4 are kept from 11 digits up, 2 from 6 up.
        let (head, tail) = digits.count >= 11 ? (3, 4) : digits.count >= 6 ? (0, 2) : (0, 0)
        let stars = max(4, digits.count - head - tail)
        return String(digits.prefix(head)) + String(repeating: "*", count: stars) + String(digits.suffix(tail))
    }

    /// The name masked: `王女士` → `王**`, `王` → `王*`, empty → `*`.
    public static func name(_ name: String) -> String {
        let characters = trimmed(name)
        guard let first = characters.first, first.unicodeScalars.count == 1, first != "*"
        else { return String(repeating: "*", count: max(1, characters.count)) }
        return String(first) + String(repeating: "*", count: max(1, characters.count - 1))
    }

    /// The account masked: `0472-100234` → `*******0234`, `1234` → `*234`, empty → `*`.
    public static func account(_ account: String) -> String {
        let characters = trimmed(account).map { asciiDigit($0) ?? $0 }
        let candidates = characters.suffix(min(4, max(0, characters.count - 1)))
        let kept = candidates.reversed().prefix { character in
            // An ASCII letter, digit or dash.
            guard let ascii = character.asciiValue else { return false }
            return ascii == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ascii)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii | 0x20)
        }.reversed()
        return String(repeating: "*", count: max(1, characters.count - kept.count)) + String(kept)
    }

    /// The digits that identify the line: country code and extension dropped, digits folded to ASCII.
    private static func subscriberDigits(_ phone: String) -> [Character] {
        // Most numbers are typed as ASCII digits only: one group, no sign, no extension, only a country code to drop.
        if phone.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            let digits = Array(phone)
            return Array(digits.dropFirst(countryCodeLength(digits, afterPlus: false)))
        }
        var text = trimmed(phone)
        let folded = text.map { $0.isASCII && $0.isUppercase ? Character($0.lowercased()) : $0 }
        if let mark = extensionMarks.compactMap({ mark in firstStart(of: mark, in: folded) }).min() {
            text = Array(text[..<mark])
        }
        var groups: [[Character]] = []
        var startsWithPlus = false, inGroup = false
        for character in text {
            if let digit = asciiDigit(character) {
                if !inGroup { groups.append([]) }
                groups[groups.count - 1].append(digit)
                inGroup = true
            } else {
                if groups.isEmpty, character == "+" || character == "＋" { startsWithPlus = true }
                inGroup = false
            }
        }
        dropDigits(countryCodeLength(groups.flatMap { $0 }, afterPlus: startsWithPlus), from: &groups)
        if groups.count >= 2, let last = groups.last, (1...6).contains(last.count),
           groups.dropLast().joined().count >= 10 {
            groups.removeLast()
        }
        return groups.flatMap { $0 }
    }

    /// Where an extension starts; matched with ASCII letters in lower case.
    private static let extensionMarks: [[Character]] = ["转", "分机", "ext", "x"].map(Array.init)

    /// Where `mark` first starts in `text`. (The standard library's `firstRange(of:)` does the same, but its general
    /// search costs most of a phone's masking.)
    private static func firstStart(of mark: [Character], in text: [Character]) -> Int? {
        guard mark.count <= text.count else { return nil }
        return (0...(text.count - mark.count)).first { start in text[start..<(start + mark.count)].elementsEqual(mark) }
    }

    /// How many leading digits are a country code: `0086`, `86` after a plus, or a bare `86` before a mobile number.
    private static func countryCodeLength(_ digits: [Character], afterPlus: Bool) -> Int {
        if digits.starts(with: "0086") { return 4 }
        guard digits.starts(with: "86") else { return 0 }
        if afterPlus { return 2 }
        let rest = digits.dropFirst(2)
        let isMobile = rest.count >= 11 && rest.first == "1" && ("3"..."9").contains(rest.dropFirst().first ?? "0")
        return isMobile ? 2 : 0
    }

    /// Removes `count` digits from the front of `groups`, and the groups that empties.
    private static func dropDigits(_ count: Int, from groups: inout [[Character]]) {
        var remaining = count
        while remaining > 0, !groups.isEmpty {
            let taken = min(remaining, groups[0].count)
            groups[0].removeFirst(taken)
            remaining -= taken
            if groups[0].isEmpty { groups.removeFirst() }
        }
    }

    /// `character` as an ASCII digit when it is a decimal digit of any script (`７` → `7`); nil otherwise, also for
    /// numerals that are not digits (`五`, `④`).
    private static func asciiDigit(_ character: Character) -> Character? {
        // ASCII first: most numbers are typed in it, and its digits need no Unicode properties.
        if let ascii = character.asciiValue {
            return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ascii) ? character : nil
        }
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
              scalar.properties.numericType == .decimal, let value = character.wholeNumberValue
        else { return nil }
        return Character(String(value))
    }

    /// The characters of `text` without leading and trailing whitespace.
    private static func trimmed(_ text: String) -> [Character] {
        if let first = text.first, let last = text.last, !first.isWhitespace, !last.isWhitespace { return Array(text) }
        return Array(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
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
