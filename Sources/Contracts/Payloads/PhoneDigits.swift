import CivilTime

/// A caller number as typed, read into its digit groups: the one reading of a phone that the masking
/// (`PersonalDataMask`) and the intake's normalisation (`PhoneNumber`) share, so that what the closed record shows of
/// a number and what the intake registers of it never disagree.
///
/// Digits of any script count (`１３９` is `139`); every other character between them separates groups. An extension
/// is cut off: everything after `转`, `分机`, `ext` or `x` (any case), and a last group of 1–6 digits after a separator
/// when the groups before it already hold 10 digits (`0472-5123456-802`). A leading country code is dropped: `0086`,
/// `86` after a plus, or a bare `86` before a mobile number. Surrounding whitespace is ignored.
package struct PhoneDigits: Sendable, Equatable {
    /// The number's digit groups in ASCII, country code and extension left out; empty when the text holds no digit.
    package var groups: [String]
    /// The extension's digits, when one was cut off; empty when its mark is followed by no digit.
    package var extensionDigits: String?
    /// Whether the text holds anything besides digits, separators (spaces, dashes, dots, parentheses, in either
    /// width), a leading plus and an extension mark: a word such as 电话 or 见备注, which no rule reads as a number.
    package var hasWords: Bool

    /// The number's digits, country code and extension left out.
    package var subscriber: String { groups.joined() }

    /// Reads `raw`.
    package init(_ raw: String) {
        // Most numbers come as bare ASCII digits: one group, no mark, no words, nothing to trim. Read as such, they
        // skip the search for marks and the characters' Unicode properties: half the intake's review of a ticket.
        if !raw.isEmpty, raw.utf8.allSatisfy(ASCIIDigits.contains) {
            var groups = [Array(raw)]
            Self.dropDigits(Self.countryCodeLength(groups[0], afterPlus: false), from: &groups)
            self.groups = groups.map { String($0) }
            extensionDigits = nil
            hasWords = false
            return
        }
        var text = raw.trimmedCharacters
        let folded = text.map { $0.isASCII && $0.isUppercase ? Character($0.lowercased()) : $0 }
        var afterMark: ArraySlice<Character>?
        let marks = Self.extensionMarks.compactMap { mark in Self.firstStart(of: mark, in: folded).map { ($0, mark.count) } }
        if let (start, length) = marks.min(by: { $0.0 < $1.0 }) {
            afterMark = text[(start + length)...]
            text = Array(text[..<start])
        }
        var groups: [[Character]] = []
        var startsWithPlus = false, inGroup = false
        var words = afterMark?.contains { $0.asciiDigit == nil && !Self.isSeparator($0) } ?? false
        for character in text {
            if let digit = character.asciiDigit {
                if !inGroup { groups.append([]) }
                groups[groups.count - 1].append(digit)
                inGroup = true
            } else {
                if groups.isEmpty, character == "+" || character == "＋" { startsWithPlus = true }
                words = words || !Self.isSeparator(character)
                inGroup = false
            }
        }
        Self.dropDigits(Self.countryCodeLength(groups.flatMap { $0 }, afterPlus: startsWithPlus), from: &groups)
        // A short last group after a whole number is an extension, also before a marked one (`-802转99`), so that
        // the number itself reads the same with or without the mark.
        var dashExtension: [Character]?
        if groups.count >= 2, let last = groups.last, (1...6).contains(last.count), groups.dropLast().joined().count >= 10 {
            dashExtension = groups.removeLast()
        }
        self.groups = groups.map { String($0) }
        extensionDigits = afterMark.map { String($0.compactMap(\.asciiDigit)) } ?? dashExtension.map { String($0) }
        hasWords = words
    }

    /// Where an extension starts; matched with ASCII letters in lower case.
    private static let extensionMarks: [[Character]] = ["转", "分机", "ext", "x"].map(Array.init)

    /// Characters agents type between digit groups, in half and full width; a plus is allowed only at the start,
    /// where it marks the country code, but a stray one reads no differently.
    private static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || "-－—–‐.．()（）+＋".contains(character)
    }

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
}

extension String {
    /// The text without leading and trailing whitespace.
    ///
    /// Walked by index from both ends: the `drop(while:)`, `reversed()` and `Array` wrappers this was written with
    /// before on any `StringProtocol`, generic and unspecialised across modules, cost more than the rest of the
    /// intake's review of a ticket's fields (docs/benchmarks.md, "Intake").
    package var trimmed: Substring {
        var start = startIndex, end = endIndex
        while start < end, self[start].isWhitespace { formIndex(after: &start) }
        while start < end {
            let last = index(before: end)
            guard self[last].isWhitespace else { break }
            end = last
        }
        return self[start..<end]
    }

    /// The characters without leading and trailing whitespace.
    package var trimmedCharacters: [Character] { Array(trimmed) }
}

extension Character {
    /// The character as an ASCII digit when it is a decimal digit of any script (`７` → `7`); nil otherwise, also for
    /// numerals that are not digits (`五`, `④`).
    package var asciiDigit: Character? {
        // ASCII first: most numbers are typed in it, and its digits need no Unicode properties.
        if let ascii = asciiValue {
            return ASCIIDigits.contains(ascii) ? self : nil
        }
        guard unicodeScalars.count == 1, let scalar = unicodeScalars.first,
              scalar.properties.numericType == .decimal, let value = wholeNumberValue
        else { return nil }
        return Character(String(value))
    }
}
