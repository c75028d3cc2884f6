import Foundation

/// An RFC 3339 date-time (`2026-02-13T10:00:00+08:00`, `2026-02-13T02:00:00.5Z`), read strictly: Foundation's ISO 8601
/// parsers take `2026-02-30` as March 2, where a typo in a configuration or a message must be refused instead.
///
/// `T` and `Z` may be in either case, the fraction may have any number of digits, and the day must exist in its
/// month; a leap second, an offset of 24 hours or more, and a missing zone are refused.
package struct RFC3339DateTime: Sendable {
    package let date: CivilDate
    package let hour: Int
    package let minute: Int
    package let second: Int
    /// The digits after the decimal point (empty when there is no fraction).
    package let fractionDigits: String
    /// The offset east of UTC.
    package let offsetSeconds: Int

    /// Parses `text`; `allowingSpace` also takes a space between date and time, which RFC 3339 (5.6) lets
    /// applications accept for readability.
    package init?(_ text: String, allowingSpace: Bool = false) {
        let bytes = Array(text.utf8)
        let separators = allowingSpace ? "Tt " : "Tt"
        // YYYY-MM-DDTHH:MM:SS, then a zone of at least one character.
        guard bytes.count >= 20,
              let date = CivilDate(parsing: bytes[0..<10]),
              separators.utf8.contains(bytes[10]), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let hour = ASCIIDigits.value(bytes[11..<13]), hour <= 23,
              let minute = ASCIIDigits.value(bytes[14..<16]), minute <= 59,
              let second = ASCIIDigits.value(bytes[17..<19]), second <= 59
        else { return nil }

        var index = 19
        var fraction: ArraySlice<UInt8> = []
        if bytes[index] == UInt8(ascii: ".") {
            fraction = bytes[(index + 1)...].prefix(while: ASCIIDigits.contains)
            guard !fraction.isEmpty else { return nil }
            index += 1 + fraction.count
        }

        let zone = bytes[index...]
        if zone.count == 1, "Zz".utf8.contains(bytes[index]) {
            offsetSeconds = 0
        } else if zone.count == 6, "+-".utf8.contains(bytes[index]), bytes[index + 3] == UInt8(ascii: ":"),
                  let offsetHour = ASCIIDigits.value(bytes[(index + 1)..<(index + 3)]), offsetHour <= 23,
                  let offsetMinute = ASCIIDigits.value(bytes[(index + 4)..<(index + 6)]), offsetMinute <= 59 {
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            offsetSeconds = sign * (offsetHour * 3600 + offsetMinute * 60)
        } else {
            return nil
        }
        (self.date, self.hour, self.minute, self.second) = (date, hour, minute, second)
        fractionDigits = String(decoding: fraction, as: UTF8.self)
    }

    /// Whole seconds from 1970-01-01T00:00:00Z to this time, its fraction left out.
    package var secondsSince1970: Int {
        date.daysSince1970 * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
    }

    /// The fraction rounded to milliseconds (1000 when it rounds up to the next second).
    package var millisecond: Int {
        // Three digits decide the millisecond, the fourth rounds it; further digits cannot change the result.
        let digits = Array(fractionDigits.utf8)
        var milliseconds = 0
        for position in 0..<3 {
            let digit = position < digits.count ? Int(digits[position] - UInt8(ascii: "0")) : 0
            milliseconds = milliseconds * 10 + digit
        }
        if digits.count > 3, digits[3] >= UInt8(ascii: "5") { milliseconds += 1 }
        return milliseconds
    }

    /// The instant, its fraction kept to `Double` precision.
    package var instant: Date {
        let fraction = fractionDigits.isEmpty ? 0 : Double("0." + fractionDigits) ?? 0
        return Date(timeIntervalSince1970: TimeInterval(secondsSince1970) + fraction)
    }
}
