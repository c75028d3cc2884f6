import Foundation

/// Strict RFC 3339 timestamps (`2026-02-13T10:00:00+08:00`, `2026-02-13T02:00:00.5Z`). Foundation's ISO 8601
/// parsers accept `2026-02-30` as March 2; a configuration typo must be refused instead.
enum RFC3339 {
    /// The instant `text` names, or nil unless it is a full timestamp with a real date, a time and an offset.
    static func date(from text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20,
              let day = CalendarDay(parsing: String(decoding: bytes[0..<10], as: UTF8.self)),
              [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[10]),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let hour = CalendarDay.number(bytes[11..<13]), hour < 24,
              let minute = CalendarDay.number(bytes[14..<16]), minute < 60,
              let second = CalendarDay.number(bytes[17..<19]), second < 60
        else { return nil }

        var index = 19
        var fraction = 0.0
        if bytes[index] == UInt8(ascii: ".") {
            let digits = bytes[(index + 1)...].prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            guard !digits.isEmpty, let value = Double("0." + String(decoding: digits, as: UTF8.self)) else { return nil }
            fraction = value
            index += 1 + digits.count
        }

        let offset: Int
        let zone = bytes[index...]
        if zone.count == 1, zone.first == UInt8(ascii: "Z") || zone.first == UInt8(ascii: "z") {
            offset = 0
        } else if zone.count == 6, let sign = zone.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
                  zone[index + 3] == UInt8(ascii: ":"),
                  let hours = CalendarDay.number(zone[(index + 1)..<(index + 3)]), hours < 24,
                  let minutes = CalendarDay.number(zone[(index + 4)..<(index + 6)]), minutes < 60 {
            offset = (sign == UInt8(ascii: "+") ? 1 : -1) * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }

        let seconds = day.daysSince1970 * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds) + fraction)
    }
}
