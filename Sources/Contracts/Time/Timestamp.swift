import CivilTime
import Foundation

/// RFC 3339 times as the contract writes them: Asia/Shanghai (+08:00), milliseconds only when there are any.
///
/// One helper for `ce_time` and every date in a payload, so a replayed event is byte for byte the same. Formatting
/// and parsing are done by hand rather than with `ISO8601DateFormatter`, whose fraction handling differs between
/// platforms and cannot both write and read "with or without a fraction".
public enum Timestamp {
    /// The offset every written time carries: China Standard Time, which has no daylight saving.
    public static let offsetSeconds = BeijingTime.offsetSeconds

    /// `date` as `2026-03-02T09:00:00+08:00`, or `2026-03-02T09:00:00.250+08:00` when it has a fraction of a second.
    public static func format(_ date: Date) -> String {
        let local = milliseconds(of: date) + Int64(offsetSeconds) * 1000
        let day = CivilDate(daysSince1970: Int(local.floorDivided(by: 86_400_000)))
        let millisecondOfDay = Int(local.floorModulo(86_400_000))
        let second = millisecondOfDay / 1000, fraction = millisecondOfDay % 1000
        // Written byte by byte into one string: every date of every published event passes here, and joining the
        // fields as strings cost most of an event's dates.
        return String(unsafeUninitializedCapacity: 40) { text in
            var count = 0
            func write(_ byte: Unicode.Scalar) {
                text[count] = UInt8(ascii: byte)
                count += 1
            }
            // `number` in decimal, zero-filled on the left to `digits`.
            func write(_ number: Int, digits: Int) {
                if number < 0 { write("-") }
                var power: UInt = 1, width = 1
                while width < digits || number.magnitude / power >= 10 { (power, width) = (power * 10, width + 1) }
                for _ in 0..<width {
                    text[count] = UInt8(ascii: "0") + UInt8(number.magnitude / power % 10)
                    count += 1
                    power /= 10
                }
            }
            func write(_ separator: Unicode.Scalar, _ field: Int) {
                write(separator)
                write(field, digits: 2)
            }
            write(day.year, digits: 4)
            write("-", day.month)
            write("-", day.day)
            write("T", second / 3600)
            write(":", second / 60 % 60)
            write(":", second % 60)
            if fraction != 0 {
                write(".")
                write(fraction, digits: 3)
            }
            for byte in "+08:00".unicodeScalars { write(byte) }
            return count
        }
    }

    /// Parses any RFC 3339 date-time (`Z` or an offset, with or without a fraction); nil when `text` is not one.
    /// Fractions are kept to the millisecond, so parsing what `format` wrote gives the same `Date` back.
    public static func parse(_ text: String) -> Date? {
        guard let parts = RFC3339DateTime(contract: text) else { return nil }
        let milliseconds = Int64(parts.secondsSince1970) * 1000 + Int64(parts.millisecond)
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// `date` rounded to the millisecond: what a written and re-read time compares equal to.
    public static func rounded(_ date: Date) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds(of: date)) / 1000)
    }

    private static func milliseconds(of date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
