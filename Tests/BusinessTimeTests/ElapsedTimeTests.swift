import BusinessTime
import Foundation
import TestFixtures
import Testing

/// Hours and minutes are wall-clock (domain, "Time"): they run through nights, weekends and holidays.
@Suite struct ElapsedTimeTests {
    let calendar: BusinessCalendar

    init() throws {
        calendar = try shippedCalendar()
    }

    @Test func hoursRunAcrossAWeekend() throws {
        #expect(try calendar.adding(hours: 24, to: beijingMinute("2026-03-06 22:00")) == beijingMinute("2026-03-07 22:00"))
        #expect(try calendar.adding(hours: 72, to: beijingMinute("2026-03-06 16:00")) == beijingMinute("2026-03-09 16:00"))
    }

    @Test func hoursRunThroughAHoliday() throws {
        #expect(try calendar.adding(hours: 1, to: beijingMinute("2026-02-17 10:00")) == beijingMinute("2026-02-17 11:00"))
    }

    @Test func minutesRunAcrossMidnight() throws {
        #expect(try calendar.adding(minutes: 10, to: beijingMinute("2026-03-06 23:55")) == beijingMinute("2026-03-07 00:05"))
    }
}
