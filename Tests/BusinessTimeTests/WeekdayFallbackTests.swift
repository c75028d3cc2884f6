import BusinessTime
import Foundation
import Synchronization
import TestFixtures
import Testing

/// Issue 13 item 7: a deadline that runs into a year without a calendar file counts Monday–Friday (weekends off, no
/// holidays, no make-up days) and the year is reported, once. 2027 has no file; 1 January 2027 is a Friday.
@Suite struct WeekdayFallbackTests {
    /// The years reported through `onMissingYear`, in the order they were reported.
    private let reported = ReportedYears()
    private let shipped: BusinessCalendar
    private let calendar: BusinessCalendar

    init() throws {
        shipped = try shippedCalendar()
        calendar = shipped.fallingBackToWeekdays(onMissingYear: reported.append)
    }

    /// H4 on Thursday 31 December 2026 16:00 is due Friday 1 January 2027 16:00: a plain weekday in a guessed year.
    @Test func workingDayFromNewYearsEveIsDueOnTheGuessedFirstOfJanuary() throws {
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-12-31 16:00")) == beijingMinute("2027-01-01 16:00"))
        #expect(calendar.guessedYears == [2027])
    }

    /// Friday 16:00 + 1 is Monday 16:00 in a guessed year too; a weekend start counts from Monday 00:00.
    @Test func guessedYearHasWeekendsOff() throws {
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2027-01-01 16:00")) == beijingMinute("2027-01-04 16:00"))
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2027-01-02 10:00")) == beijingMinute("2027-01-05 00:00"))
        #expect(try calendar.nextWorkingDayStart(after: beijingMinute("2027-01-01 16:00")) == beijingMinute("2027-01-04 00:00"))
        #expect(try calendar.isWorkingDay(beijingMinute("2027-01-01 09:00")))
        #expect(try !calendar.isWorkingDay(beijingMinute("2027-01-03 09:00")))
    }

    /// The fallback changes nothing in a year with a file: National Day 2026 is still skipped, the make-up Saturday
    /// still counts, and nothing is reported.
    @Test func coveredYearsAreAnsweredAsBefore() throws {
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-09-30 10:00")) == beijingMinute("2026-10-08 10:00"))
        #expect(try calendar.adding(workingDays: 1, to: beijingMinute("2026-10-09 15:00")) == beijingMinute("2026-10-10 15:00"))
        #expect(try !calendar.isWorkingDay(beijingMinute("2026-10-05 10:00")))
        #expect(calendar.guessedYears.isEmpty)
        #expect(reported.years.isEmpty)
    }

    /// Asked many times, through copies, about many days of 2027 and one of 2024: each year is reported once, and
    /// `guessedYears` lists them in order.
    @Test func eachGuessedYearIsReportedOnce() throws {
        let copy = calendar
        for day in 1...20 {
            _ = try calendar.adding(workingDays: day, to: beijingMinute("2026-12-31 16:00"))
            _ = try copy.isWorkingDay(beijingMinute("2027-01-01 16:00").addingTimeInterval(TimeInterval(day) * 86_400))
        }
        _ = try copy.isWorkingDay(beijingMinute("2024-06-03 10:00"))
        #expect(reported.years == [2027, 2024])
        #expect(calendar.guessedYears == [2024, 2027])
        #expect(copy.guessedYears == [2024, 2027])
    }

    /// A count long enough to cross two years without a file still ends: 400 working days are 80 whole weeks.
    @Test func longCountThroughGuessedYearsEnds() throws {
        #expect(try calendar.adding(workingDays: 400, to: beijingMinute("2026-12-31 16:00")) == beijingMinute("2028-07-13 16:00"))
        #expect(calendar.guessedYears == [2027, 2028])
    }

    /// The calendar the fallback was made from still refuses 2027, and guesses nothing.
    @Test func calendarWithoutTheFallbackStillRefusesAYearWithoutAFile() throws {
        #expect(throws: BusinessCalendarError.yearNotCovered(2027)) {
            try shipped.adding(workingDays: 1, to: beijingMinute("2026-12-31 16:00"))
        }
        #expect(shipped.guessedYears.isEmpty)
        #expect(reported.years.isEmpty)
    }
}

/// Collects what `onMissingYear` reports, from any thread.
private final class ReportedYears: Sendable {
    private let reported = Mutex<[Int]>([])

    var years: [Int] { reported.withLock { $0 } }

    func append(_ year: Int) {
        reported.withLock { $0.append(year) }
    }
}
