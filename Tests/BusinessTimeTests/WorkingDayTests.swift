import BusinessTime
import Foundation
import TestFixtures
import Testing

/// Which days are working days: the official calendar, in Beijing time.
@Suite struct WorkingDayTests {
    let calendar: BusinessCalendar

    init() throws {
        calendar = try shippedCalendar()
    }

    @Test func weekdayIsAWorkingDay() throws {
        #expect(try calendar.isWorkingDay(beijingMinute("2026-03-04 10:00")))  // Wednesday
    }

    @Test func weekendIsOff() throws {
        #expect(try !calendar.isWorkingDay(beijingMinute("2026-03-07 10:00")))  // Saturday
        #expect(try !calendar.isWorkingDay(beijingMinute("2026-03-08 23:59")))  // Sunday
    }

    @Test func statutoryHolidayOnAWeekdayIsOff() throws {
        #expect(try !calendar.isWorkingDay(beijingMinute("2026-02-17 10:00")))  // Tuesday, Spring Festival
        #expect(try !calendar.isWorkingDay(beijingMinute("2025-10-08 10:00")))  // Wednesday, National Day 2025
    }

    @Test func makeUpWorkingDayOnAWeekendIsOn() throws {
        #expect(try calendar.isWorkingDay(beijingMinute("2026-02-14 10:00")))  // Saturday 调休
        #expect(try calendar.isWorkingDay(beijingMinute("2026-01-04 10:00")))  // Sunday 调休
        #expect(try calendar.isWorkingDay(beijingMinute("2025-01-26 10:00")))  // Sunday 调休
    }

    /// Saturday 07:00 in Beijing is still Friday in UTC; the day must be taken in the calendar's zone.
    @Test func dayIsTakenInBeijingTimeNotUTC() throws {
        #expect(try !calendar.isWorkingDay(beijingMinute("2026-03-07 07:00")))
        #expect(try calendar.isWorkingDay(beijingMinute("2026-03-06 00:30")))  // Friday; Thursday 16:30 in UTC
        #expect(calendar.timeZone.identifier == "Asia/Shanghai")
    }

    @Test func yearWithoutAFileIsRefusedNotGuessed() throws {
        #expect(throws: BusinessCalendarError.yearNotCovered(2027)) {
            try calendar.isWorkingDay(beijingMinute("2027-01-04 10:00"))
        }
        #expect(throws: BusinessCalendarError.yearNotCovered(2024)) {
            try calendar.isWorkingDay(beijingMinute("2024-12-31 10:00"))
        }
    }

    /// Both years count 248 working days: 365 days, 104 weekend days, 18 (2025) or 19 (2026) holidays on weekdays,
    /// 5 or 6 make-up days, counted by hand from the State Council notices.
    @Test(arguments: [2025, 2026]) func shippedYearHas248WorkingDays(year: Int) throws {
        var day = try beijingMinute("\(year)-01-01 12:00")
        let end = try beijingMinute("\(year + 1)-01-01 00:00")
        var count = 0
        while day < end {
            if try calendar.isWorkingDay(day) { count += 1 }
            day = day.addingTimeInterval(86_400)
        }
        #expect(count == 248)
    }

    @Test func nextWorkingDayStartSkipsTheHolidayWeek() throws {
        #expect(try calendar.nextWorkingDayStart(after: beijingMinute("2026-09-30 15:00")) == beijingMinute("2026-10-08 00:00"))
        #expect(try calendar.nextWorkingDayStart(after: beijingMinute("2026-02-13 23:59")) == beijingMinute("2026-02-14 00:00"))
    }
}
