import Foundation

/// Beijing time (Asia/Shanghai), in which every business rule is stated and every contract time is written: UTC+8
/// all year, with no daylight saving time since 1991, so a fixed offset needs no time-zone database.
package enum BeijingTime {
    /// China Standard Time's offset east of UTC.
    package static let offsetSeconds = 8 * 3600

    /// The calendar day `instant` falls on in Beijing.
    package static func date(of instant: Date) -> CivilDate {
        let localSeconds = instant.timeIntervalSince1970 + TimeInterval(offsetSeconds)
        return CivilDate(daysSince1970: Int((localSeconds / 86_400).rounded(.down)))
    }

    /// 00:00 in Beijing on `day`.
    package static func midnight(_ day: CivilDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.daysSince1970 * 86_400 - offsetSeconds))
    }

    /// The same Beijing clock time `months` calendar months later (earlier when negative); a day the target month
    /// lacks becomes its last day, so one month before 31 March 10:00 is 28 or 29 February 10:00.
    package static func adding(months: Int, to instant: Date) -> Date {
        let day = date(of: instant)
        // Without daylight saving, moving the wall-clock day moves the instant by whole days.
        let days = day.adding(months: months).daysSince1970 - day.daysSince1970
        return instant.addingTimeInterval(TimeInterval(days) * 86_400)
    }
}
