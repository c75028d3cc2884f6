import BusinessTime
import Foundation
import HandlingLadder
import TestFixtures
import Testing

/// Each step of the ladder on an ordinary March week of 2026, with the shipped limits; every expectation was worked
/// out by hand from the 2026 calendar file.
@Suite struct StepDeadlineTests {
    let ladder: Ladder
    let calendar: BusinessCalendar

    init() throws {
        ladder = try shippedLadder()
        calendar = try shippedCalendar()
    }

    /// H2.
    @Test func verificationIsDueOneHourAfterTheAssignment() throws {
        #expect(try ladder.dueAt(.h2, from: beijingMinute("2026-03-04 09:15"), calendar: calendar) == beijingMinute("2026-03-04 10:15"))
    }

    /// H3.
    @Test func customersResponsibilityFeedbackIsDueOneHourAfterTheVerification() throws {
        #expect(try ladder.dueAt(.h3, from: beijingMinute("2026-03-04 17:30"), calendar: calendar) == beijingMinute("2026-03-04 18:30"))
    }

    /// H4.
    @Test func stationResponsibilityIsDueTheNextWorkingDayAtTheSameTime() throws {
        #expect(try ladder.dueAt(.h4, from: beijingMinute("2026-03-04 10:00"), calendar: calendar) == beijingMinute("2026-03-05 10:00"))
    }

    /// H5: an hour is wall-clock, so a hand-over late on Friday is due in the night, on the weekend.
    @Test func handOverToTheTechnicianIsDueOneHourLaterEvenIntoTheWeekend() throws {
        #expect(try ladder.dueAt(.h5, from: beijingMinute("2026-03-06 23:30"), calendar: calendar) == beijingMinute("2026-03-07 00:30"))
    }

    /// H6.
    @Test func stationHeadActsWithinOneWorkingDay() throws {
        #expect(try ladder.dueAt(.h6, from: beijingMinute("2026-03-10 08:45"), calendar: calendar) == beijingMinute("2026-03-11 08:45"))
    }

    /// H7.
    @Test func cscActsWithinOneWorkingDay() throws {
        #expect(try ladder.dueAt(.h7, from: beijingMinute("2026-03-12 11:00"), calendar: calendar) == beijingMinute("2026-03-13 11:00"))
    }

    /// H8: Thursday 18 June 2026 is followed by the Dragon Boat holiday (19–21 June), so Monday 22 June.
    @Test func marketingActsWithinOneWorkingDaySkippingTheDragonBoatHoliday() throws {
        #expect(try ladder.dueAt(.h8, from: beijingMinute("2026-06-18 09:00"), calendar: calendar) == beijingMinute("2026-06-22 09:00"))
    }

    /// H9, the deputy's part (level II).
    @Test func deputyDirectorActsWithinOneWorkingDay() throws {
        #expect(
            try ladder.dueAt(.h9Deputy, from: beijingMinute("2026-03-16 14:00"), calendar: calendar) == beijingMinute("2026-03-17 14:00"))
    }

    /// H9.
    @Test func leadershipActsWithinOneWorkingDay() throws {
        #expect(try ladder.dueAt(.h9, from: beijingMinute("2026-03-17 14:00"), calendar: calendar) == beijingMinute("2026-03-18 14:00"))
    }

    /// H10: Friday 3 April 2026 is followed by Qingming (4–6 April), so Tuesday 7 April.
    @Test func leadershipCallbackIsDueOneWorkingDayLaterSkippingQingming() throws {
        #expect(try ladder.dueAt(.h10, from: beijingMinute("2026-04-03 15:00"), calendar: calendar) == beijingMinute("2026-04-07 15:00"))
    }

    /// C1.
    @Test func callbackAfterAResultIsDueTenMinutesLater() throws {
        #expect(try ladder.dueAt(.c1, from: beijingMinute("2026-03-04 16:55"), calendar: calendar) == beijingMinute("2026-03-04 17:05"))
    }

    /// C3: minutes are wall-clock, on a Sunday too.
    @Test func callbackAfterAStationSolvedItIsDueTenMinutesLaterOnASunday() throws {
        #expect(try ladder.dueAt(.c3, from: beijingMinute("2026-03-08 10:00"), calendar: calendar) == beijingMinute("2026-03-08 10:10"))
    }

    /// Issue 12 item 6: routing puts the step an assignment starts and its due time on `complaint.assigned`.
    @Test func anAssignmentToTheCscCarriesStepH7DueOneWorkingDayLater() throws {
        let deadline = try ladder.step(.started(by: .csc)).assignmentDeadline(
            from: beijingMinute("2026-03-12 11:00"), calendar: calendar)
        #expect(deadline.step == "H7")
        #expect(try deadline.dueAt == beijingMinute("2026-03-13 11:00"))
    }
}
