/// A proleptic Gregorian date with no time zone, as calendar files and timestamps write it: `2026-02-14`.
///
/// Day counts use Howard Hinnant's `days_from_civil` and `civil_from_days`, so no `Calendar` is needed and every
/// platform gives the same answer.
package struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    /// A valid Gregorian date, or nil.
    package init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.daysIn(month: month, of: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, zero-padded); anything else, or a day the month lacks, is nil.
    package init?(parsing text: String) {
        self.init(parsing: Array(text.utf8)[...])
    }

    /// `init(parsing:)` over UTF-8 bytes, for parsers that read a date inside a longer text.
    init?(parsing bytes: ArraySlice<UInt8>) {
        let start = bytes.startIndex
        guard bytes.count == 10, bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
              let year = ASCIIDigits.value(bytes[start..<start + 4]),
              let month = ASCIIDigits.value(bytes[start + 5..<start + 7]),
              let day = ASCIIDigits.value(bytes[start + 8..<start + 10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date `days` after 1970-01-01 (before it when negative).
    package init(daysSince1970 days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days from 1970-01-01 to this day (negative before it).
    package var daysSince1970: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day after this one.
    package var next: CivilDate {
        CivilDate(daysSince1970: daysSince1970 + 1)
    }

    /// The same day of the month `months` months later (earlier when negative); a day the target month lacks becomes
    /// its last day, as in "one month before 31 March is 28 or 29 February".
    package func adding(months: Int) -> CivilDate {
        let monthIndex = year * 12 + (month - 1) + months
        let (targetYear, targetMonth) = (monthIndex.floorDivided(by: 12), monthIndex.floorModulo(12) + 1)
        let targetDay = min(day, Self.daysIn(month: targetMonth, of: targetYear))
        guard let date = CivilDate(year: targetYear, month: targetMonth, day: targetDay) else {
            preconditionFailure("a clamped day always exists in its month")
        }
        return date
    }

    /// Saturday or Sunday. Pure arithmetic, so it holds in every time zone.
    package var isWeekend: Bool { daysSinceMonday >= 5 }

    /// Monday 0 … Sunday 6, as ISO weeks count (1970-01-01 was a Thursday).
    package var daysSinceMonday: Int { (daysSince1970 + 3).floorModulo(7) }

    /// `YYYY-MM-DD`.
    package var description: String {
        "\(year.zeroPadded(to: 4))-\(month.zeroPadded(to: 2))-\(day.zeroPadded(to: 2))"
    }

    package static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days in `month` (1–12) of `year`.
    package static func daysIn(month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
