import BusinessTime
import Foundation
import HandlingLadder
import TestFixtures
import Testing

/// Working-day steps across weekends and holidays (domain, "Time"), and the calendar's edge: a year without a file.
@Suite struct CalendarStepTests {
    let ladder: Ladder
    let calendar: BusinessCalendar

    init() throws {
        ladder = try shippedLadder()
        calendar = try shippedCalendar()
    }

    /// H4: the domain's own example, Friday 16:00 is due Monday 16:00.
    @Test func stationResponsibilityFromFridayAfternoonIsDueMondayAtTheSameTime() throws {
        #expect(try ladder.dueAt(.h4, from: beijingMinute("2026-03-06 16:00"), calendar: calendar) == beijingMinute("2026-03-09 16:00"))
    }

    /// H6: a Saturday counts from Monday 00:00, so one working day is Tuesday 00:00, the end of Monday.
    @Test func stationHeadOnASaturdayIsDueAtTheEndOfMonday() throws {
        #expect(try ladder.dueAt(.h6, from: beijingMinute("2026-03-07 10:00"), calendar: calendar) == beijingMinute("2026-03-10 00:00"))
    }

    /// H4: Friday 13 February 2026 is followed by the make-up Saturday 14 February, which is a working day.
    @Test func stationResponsibilityBeforeTheSpringFestivalIsDueOnTheMakeUpSaturday() throws {
        #expect(try ladder.dueAt(.h4, from: beijingMinute("2026-02-13 10:00"), calendar: calendar) == beijingMinute("2026-02-14 10:00"))
    }

    /// H7: from the make-up Saturday, the Spring Festival (15–23 February) is skipped to Tuesday 24 February.
    @Test func cscFromTheMakeUpSaturdayIsDueAfterTheSpringFestival() throws {
        #expect(try ladder.dueAt(.h7, from: beijingMinute("2026-02-14 10:00"), calendar: calendar) == beijingMinute("2026-02-24 10:00"))
    }

    /// H8: Friday 27 February is followed by the second make-up Saturday, 28 February.
    @Test func marketingOnTheFridayBeforeTheSecondMakeUpSaturdayIsDueThatSaturday() throws {
        #expect(try ladder.dueAt(.h8, from: beijingMinute("2026-02-27 09:30"), calendar: calendar) == beijingMinute("2026-02-28 09:30"))
    }

    /// H7 on a Spring Festival day counts from Tuesday 24 February 00:00; H2's hour stays wall-clock.
    @Test func aTicketDuringTheSpringFestivalCountsWorkingDaysFromTheNextWorkingDayButHoursFromNow() throws {
        #expect(try ladder.dueAt(.h7, from: beijingMinute("2026-02-17 10:00"), calendar: calendar) == beijingMinute("2026-02-25 00:00"))
        #expect(try ladder.dueAt(.h2, from: beijingMinute("2026-02-17 10:00"), calendar: calendar) == beijingMinute("2026-02-17 11:00"))
    }

    /// H4 on National Day (3 October 2026): Thursday 8 October is the first working day, so it is due at its end.
    @Test func stationResponsibilityOnANationalDayHolidayIsDueAtTheEndOfTheFirstWorkingDay() throws {
        #expect(try ladder.dueAt(.h4, from: beijingMinute("2026-10-03 10:00"), calendar: calendar) == beijingMinute("2026-10-09 00:00"))
    }

    /// H4 on Thursday 31 December 2026: 2027 has no calendar file, and the error names the step.
    @Test func stationResponsibilityIntoAYearWithoutACalendarIsRefusedNamingTheStep() throws {
        #expect(throws: LadderDeadlineError(deadline: .step(.h4), cause: .yearNotCovered(2027))) {
            try ladder.dueAt(.h4, from: beijingMinute("2026-12-31 10:00"), calendar: calendar)
        }
    }

    /// H2: an hour needs no calendar, so it is placed in a year without a file.
    @Test func verificationIntoAYearWithoutACalendarIsStillPlaced() throws {
        #expect(try ladder.dueAt(.h2, from: beijingMinute("2026-12-31 23:30"), calendar: calendar) == beijingMinute("2027-01-01 00:30"))
    }
}
