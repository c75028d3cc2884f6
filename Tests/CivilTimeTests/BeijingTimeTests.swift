import CivilTime
import Foundation
import Testing

/// Beijing time as a fixed UTC+8 offset, checked against Foundation's Asia/Shanghai time zone since 1992, after the
/// last daylight saving time.
@Suite struct BeijingTimeTests {
    private let shanghai: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        return calendar
    }()

    /// Every 26,000 seconds (7 h 13 min 20 s) from 1992 to 2040, so every hour of the day and day of the month comes up.
    private var instants: some Sequence<Date> {
        stride(from: 694_224_000.0, through: 2_208_988_800, by: 26_000).lazy.map { Date(timeIntervalSince1970: $0) }
    }

    @Test func theDayAgreesWithFoundationsShanghaiCalendar() {
        for instant in instants {
            let parts = shanghai.dateComponents([.year, .month, .day], from: instant)
            let day = BeijingTime.date(of: instant)
            #expect([day.year, day.month, day.day] == [parts.year, parts.month, parts.day], "\(instant)")
        }
    }

    @Test func oneMonthBeforeAgreesWithFoundationsShanghaiCalendar() {
        for instant in instants {
            #expect(BeijingTime.adding(months: -1, to: instant) == shanghai.date(byAdding: .month, value: -1, to: instant))
        }
    }

    @Test func aMonthBeforeTheThirtyFirstIsTheEndOfFebruaryAtTheSameClockTime() throws {
        // 2026-03-31T10:00:00+08:00 and 2026-02-28T10:00:00+08:00.
        let march = Date(timeIntervalSince1970: 1_774_922_400)
        #expect(BeijingTime.adding(months: -1, to: march) == Date(timeIntervalSince1970: 1_772_244_000))
    }
}
