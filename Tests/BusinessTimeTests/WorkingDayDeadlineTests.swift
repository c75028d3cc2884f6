import BusinessTime
import Foundation
import TestFixtures
import Testing

/// "Within N working days from T" (domain, "Time"): each expectation was checked by hand against the calendar files.
@Suite struct WorkingDayDeadlineTests {
    let calendar: BusinessCalendar

    init() throws {
        calendar = try shippedCalendar()
    }

    /// H4: a ticket at Friday 16:00 is due Monday 16:00.
    @Test func workingDayFromFridayAfternoonIsDueMonday() throws {
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-03-06 16:00")) == beijingMinute("2026-03-09 16:00"))
    }

    @Test func workingDayFromAWeekdayIsTheNextDaySameTime() throws {
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-03-04 09:15")) == beijingMinute("2026-03-05 09:15"))
    }

    /// Saturday 10:00: counting starts Monday 00:00, so one working day later is Tuesday 00:00, the end of Monday.
    @Test func workingDayFromAWeekendCountsFromMondayMorning() throws {
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-03-07 10:00")) == beijingMinute("2026-03-10 00:00"))
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-03-08 23:59")) == beijingMinute("2026-03-10 00:00"))
    }

    /// Friday 13 February 2026 is followed by the make-up Saturday, then the Spring Festival (15–23 February).
    @Test func springFestivalIsSkippedAndItsMakeUpSaturdayCounts() throws {
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-02-13 10:00")) == beijingMinute("2026-02-14 10:00"))
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-02-14 10:00")) == beijingMinute("2026-02-24 10:00"))
        #expect(try calendar.adding(workingDays: 2, to: beijingMinute("2026-02-13 10:00")) == beijingMinute("2026-02-24 10:00"))
    }

    /// 2025: Monday 27 January, then the holiday from 28 January to 4 February; Wednesday 5 February is next.
    @Test func springFestival2025IsSkipped() throws {
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2025-01-27 09:00")) == beijingMinute("2025-02-05 09:00"))
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2025-01-26 09:00")) == beijingMinute("2025-01-27 09:00"))
    }

    /// Friday 9 October 2026 is followed by the make-up Saturday 10 October.
    @Test func makeUpWorkingDayIsCounted() throws {
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-10-09 15:00")) == beijingMinute("2026-10-10 15:00"))
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-02-27 09:30")) == beijingMinute("2026-02-28 09:30"))
    }

    /// A complaint answered within 4 working days, from the eve of Labour Day 2026 (1–5 May off): Wednesday 6,
    /// Thursday 7, Friday 8 and the make-up Saturday 9 May.
    @Test func fourWorkingDaysFromTheEveOfLabourDayEndOnTheMakeUpSaturday() throws {
        #expect(try calendar.adding(workingDays: 4, to: beijingMinute("2026-04-30 14:00")) == beijingMinute("2026-05-09 14:00"))
    }

    /// 3 October 2026 is a holiday; Thursday 8 October is the first working day, so one working day is the end of it.
    @Test func ticketOnAHolidayCountsFromTheNextWorkingDay() throws {
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-10-03 10:00")) == beijingMinute("2026-10-09 00:00"))
    }

    @Test func zeroWorkingDaysIsTheMomentItselfOnAWorkingDay() throws {
        #expect(try calendar.adding(workingDays: 0, to: beijingMinute("2026-03-06 16:00")) == beijingMinute("2026-03-06 16:00"))
    }

    @Test func zeroWorkingDaysOnAHolidayIsTheStartOfTheNextWorkingDay() throws {
        #expect(try calendar.adding(workingDays: 0, to: beijingMinute("2026-10-03 10:00")) == beijingMinute("2026-10-08 00:00"))
    }

    @Test func negativeWorkingDaysAreRefused() throws {
        #expect(throws: BusinessCalendarError.negativeWorkingDays(-1)) {
            try calendar.adding(workingDays: -1, to: beijingMinute("2026-03-06 16:00"))
        }
    }

    /// Wednesday 31 December 2025; 1–3 January 2026 are off and Sunday 4 January is a make-up working day.
    @Test func yearEndCrossesIntoTheNextYearsFile() throws {
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2025-12-31 10:00")) == beijingMinute("2026-01-04 10:00"))
    }

    /// Thursday 31 December 2026: the next day is in 2027, which has no file yet.
    @Test func yearEndIntoAYearWithoutAFileIsRefused() throws {
        #expect(throws: BusinessCalendarError.yearNotCovered(2027)) {
            try calendar.adding(workingDays: 1, to: beijingMinute("2026-12-31 10:00"))
        }
    }

    /// Friday 00:30 in Beijing is Thursday in UTC; the result must keep Beijing's day and clock time.
    @Test func clockTimeIsKeptInBeijingTime() throws {
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-03-06 00:30")) == beijingMinute("2026-03-09 00:30"))
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-03-06 23:30")) == beijingMinute("2026-03-09 23:30"))
    }
}
