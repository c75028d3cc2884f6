/// The fields of an RFC 3339 date-time, checked the way the reference validator (`rfc3339-validator`, used by
/// Python's jsonschema) checks them: `T` and `Z` in either case, any number of fraction digits, no leap second,
/// year 0001 or later, and a day that exists in its month.
struct RFC3339Parts {
    var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
    /// The fraction rounded to milliseconds (1000 when it rounds up to the next second).
    var millisecond = 0
    /// The offset east of UTC.
    var offsetSeconds = 0

    init?(_ text: String) {
        let bytes = Array(text.utf8)
        // YYYY-MM-DDTHH:MM:SS then a zone of at least one character.
        guard bytes.count >= 20 else { return nil }
        func number(_ start: Int, _ length: Int) -> Int? {
            var value = 0
            for byte in bytes[start..<start + length] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func isByte(_ index: Int, _ characters: String) -> Bool {
            index < bytes.count && characters.utf8.contains(bytes[index])
        }
        guard let year = number(0, 4), isByte(4, "-"), let month = number(5, 2), isByte(7, "-"), let day = number(8, 2),
              isByte(10, "Tt"), let hour = number(11, 2), isByte(13, ":"), let minute = number(14, 2), isByte(16, ":"),
              let second = number(17, 2)
        else { return nil }
        guard year >= 1, (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day),
              hour <= 23, minute <= 59, second <= 59
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second) = (hour, minute, second)

        var index = 19
        if isByte(index, ".") {
            index += 1
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > start else { return nil }
            // Three digits decide the millisecond, the fourth rounds it; further digits cannot change the result.
            var milliseconds = 0
            for position in 0..<3 {
                let digit = start + position < index ? Int(bytes[start + position] - UInt8(ascii: "0")) : 0
                milliseconds = milliseconds * 10 + digit
            }
            if start + 3 < index, bytes[start + 3] >= UInt8(ascii: "5") { milliseconds += 1 }
            millisecond = milliseconds
        }
        if isByte(index, "Zz") {
            index += 1
        } else if isByte(index, "+-"), index + 6 == bytes.count, isByte(index + 3, ":"),
                  let offsetHour = number(index + 1, 2), let offsetMinute = number(index + 4, 2),
                  offsetHour <= 23, offsetMinute <= 59 {
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            offsetSeconds = sign * (offsetHour * 3600 + offsetMinute * 60)
            index += 6
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }
    }
}
