import BusinessTime
import Foundation
import HandlingLadder
import TestFixtures
import Testing

/// The national limits on whole tickets (domain, "National time limits"), with the shipped defaults.
@Suite struct TicketBoundTests {
    let ladder: Ladder
    let calendar: BusinessCalendar

    init() throws {
        ladder = try shippedLadder()
        calendar = try shippedCalendar()
    }

    /// 95598 complaint: contact within 24 hours, answered within 4 working days (5, 6, 9 and 10 March).
    @Test func a95598ComplaintIsContactedWithin24HoursAndAnsweredWithinFourWorkingDays() throws {
        let due = try ladder.ticketDeadlines(
            type: .complaint, channel: .hotline95598, receivedAt: beijingMinute("2026-03-04 10:00"), calendar: calendar)
        #expect(try due == TicketDeadlines(contactBy: beijingMinute("2026-03-05 10:00"), answerBy: beijingMinute("2026-03-10 10:00")))
    }

    /// H4 governs first contact: on a Friday at 16:00 the step is due Monday 16:00, while the national 24 hours
    /// (kept for reporting) end on Saturday.
    @Test func firstContactStepFollowsH4WhileTheNational24HoursEndOnSaturday() throws {
        let received = try beijingMinute("2026-03-06 16:00")
        let due = try ladder.ticketDeadlines(type: .complaint, channel: .hotline95598, receivedAt: received, calendar: calendar)
        #expect(try due?.contactBy == beijingMinute("2026-03-07 16:00"))
        #expect(try ladder.dueAt(.h4, from: received, calendar: calendar) == beijingMinute("2026-03-09 16:00"))
    }

    /// 12398: closed within 10 working days; from 30 September 2026 across National Day and the make-up Saturday
    /// 10 October (8, 9, 10, 12–16, 19 and 20 October). No 24-hour contact: the channel's own bound replaces it.
    @Test func a12398ComplaintIsClosedWithinTenWorkingDaysAcrossNationalDay() throws {
        let due = try ladder.ticketDeadlines(
            type: .complaint, channel: .regulator12398, receivedAt: beijingMinute("2026-09-30 10:00"), calendar: calendar)
        #expect(try due == TicketDeadlines(contactBy: nil, answerBy: beijingMinute("2026-10-20 10:00")))
    }

    /// 12345: closed within 7 working days (3–6 and 9–11 March).
    @Test func a12345ComplaintIsClosedWithinSevenWorkingDays() throws {
        let due = try ladder.ticketDeadlines(
            type: .complaint, channel: .government12345, receivedAt: beijingMinute("2026-03-02 09:00"), calendar: calendar)
        #expect(try due == TicketDeadlines(answerBy: beijingMinute("2026-03-11 09:00")))
    }

    /// Report: answered within 9 working days; from 9 February 2026, the make-up Saturday 14 February counts and the
    /// Spring Festival does not (10–14 and 24–27 February).
    @Test func aReportIsAnsweredWithinNineWorkingDaysAcrossTheSpringFestival() throws {
        let due = try ladder.ticketDeadlines(
            type: .report, channel: nil, receivedAt: beijingMinute("2026-02-09 09:00"), calendar: calendar)
        #expect(try due == TicketDeadlines(answerBy: beijingMinute("2026-02-27 09:00")))
    }

    /// A report through 12398 has no bound of its own, so the report bound applies; a hall complaint gets the
    /// complaint bound; a consultation has none.
    @Test func aChannelWithoutItsOwnBoundFallsBackToTheTypesBound() throws {
        #expect(ladder.bound(for: .report, channel: .regulator12398)?.answer == .workingDays(9))
        #expect(ladder.bound(for: .complaint, channel: .hall)?.answer == .workingDays(4))
        #expect(ladder.bound(for: .complaint, channel: .regulator12398)?.answer == .workingDays(10))
        #expect(ladder.bound(for: .consultation, channel: .hotline95598) == nil)
    }

    /// A report received on Christmas 2026 is answered in 2027, which has no calendar file: the error names the bound.
    @Test func aReportBoundIntoAYearWithoutACalendarIsRefusedNamingTheBound() throws {
        #expect(throws: LadderDeadlineError(deadline: .ticketAnswer(.report, channel: nil), cause: .yearNotCovered(2027))) {
            try ladder.ticketDeadlines(type: .report, channel: nil, receivedAt: beijingMinute("2026-12-25 10:00"), calendar: calendar)
        }
    }
}
