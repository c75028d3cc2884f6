import Contracts
@testable import EscalationService
import Foundation
import HandlingLadder
import Testing

/// Deadlines on the working-day calendar (issue 13 items 1, 3 and 9): the national bounds, holidays, make-up
/// Saturdays, a Friday evening, and the clock paused while the ticket waits on the customer.
@Suite struct CalendarTimingTests {
    /// National bounds: a 95598 complaint is answered within 4 working days, a report within 9, a 12398 complaint
    /// within 10; the bound's miss is reported as step N1 and does not move the ticket (the steps govern).
    @Test func theNationalBoundsByTypeAndChannel() throws {
        func bound(_ type: TicketType, _ channel: Channel) throws -> Date? {
            var story = Story(at: at("2026-03-02T09:00"))
            try story.register(type, channel: channel, at: at("2026-03-02T09:00"))
            return story.timers[.bound]
        }
        #expect(try bound(.complaint, .hotline95598) == at("2026-03-06T09:00"))
        #expect(try bound(.report, .hotline95598) == at("2026-03-13T09:00"))
        #expect(try bound(.opinion, .hall) == at("2026-03-13T09:00"))
        #expect(try bound(.complaint, .regulator12398) == at("2026-03-16T09:00"))

        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(at: at("2026-03-02T09:00"))
        try story.assign("st-machi", step: .h2, at: at("2026-03-02T09:00"))
        try story.verify(.station, at: at("2026-03-02T09:30"))
        try story.contact(at: at("2026-03-02T10:00"))
        story.advance(to: at("2026-03-06T09:00"))
        #expect(story.published(DeadlineMissed.self).map(\.step) == ["N1"])
        #expect(story.published(DeadlineApproaching.self).map(\.step) == ["N1"])
        #expect(story.published(ComplaintEscalated.self).isEmpty)
    }

    /// Spring Festival 2026 (15–23 February off, Saturdays 14 and 28 February worked): H4 from Friday 13 February is
    /// due on the make-up Saturday; from that Saturday it skips the whole festival to Tuesday 24 February; from Friday
    /// 27 February it is due on the make-up Saturday 28 February. A complaint received on the 13th is answered by
    /// the 26th.
    @Test func theSpringFestivalWeekAndItsMakeUpSaturdays() throws {
        func h4Due(verifiedAt time: Date) throws -> Date? {
            var story = Story(at: time)
            try story.register(at: time)
            try story.assign("st-machi", step: .h2, at: time)
            try story.verify(.station, at: time)
            return story.timers[.step]
        }
        #expect(try h4Due(verifiedAt: at("2026-02-13T10:00")) == at("2026-02-14T10:00"))
        #expect(try h4Due(verifiedAt: at("2026-02-14T10:00")) == at("2026-02-24T10:00"))
        #expect(try h4Due(verifiedAt: at("2026-02-27T10:00")) == at("2026-02-28T10:00"))
        var story = Story(at: at("2026-02-13T10:00"))
        try story.register(at: at("2026-02-13T10:00"))
        #expect(story.timers[.bound] == at("2026-02-26T10:00"))
    }

    /// A ticket received on a National Day holiday (3 October 2026): hours run on the wall clock (H2 due at 11:00 the
    /// same day), working days count from the first working day after the holiday (8 October), and the make-up
    /// Saturday 10 October counts: the bound of 4 working days (8, 9, 10 and 12 October) ends at 00:00 of 13 October.
    @Test func aTicketReceivedOnANationalDayHoliday() throws {
        var story = Story(at: at("2026-10-03T10:00"))
        try story.register(at: at("2026-10-03T10:00"))
        try story.assign("st-machi", step: .h2, at: at("2026-10-03T10:00"))
        #expect(story.timers[.step] == at("2026-10-03T11:00"))
        #expect(story.timers[.bound] == at("2026-10-13T00:00"))
        try story.verify(.station, at: at("2026-10-03T10:30"))
        #expect(story.timers[.step] == at("2026-10-09T00:00"), "H4: one working day from 8 October 00:00")
    }

    /// A Friday-evening ticket: H2 (1 hour) runs through the evening; H4 from Friday 19:00 is due Monday 19:00.
    @Test func aFridayEveningTicket() throws {
        var story = Story(at: at("2026-03-06T18:30"))
        try story.register(at: at("2026-03-06T18:30"))
        try story.assign("st-machi", step: .h2, at: at("2026-03-06T18:30"))
        #expect(story.timers[.step] == at("2026-03-06T19:30"))
        try story.verify(.station, at: at("2026-03-06T19:00"))
        #expect(story.timers[.step] == at("2026-03-09T19:00"))
        #expect(story.timers[.stepUrge] == at("2026-03-09T19:00").addingTimeInterval(-0.2 * 72 * 3600))
    }

    /// Item 3, H3: while the ticket waits on the customer the clock is paused; the pause and the resume are events,
    /// and a pause over a weekend (Friday 17:00 to Monday 09:00, 64 hours) moves the national bound by as much.
    @Test func aPauseSpanningAWeekendMovesTheBound() throws {
        var story = Story(at: at("2026-03-05T09:00"))
        try story.register(at: at("2026-03-05T09:00"))
        #expect(story.timers[.bound] == at("2026-03-11T09:00"))
        try story.assign("st-machi", step: .h2, at: at("2026-03-06T16:30"))
        try story.verify(.customer, at: at("2026-03-06T17:00"))
        #expect(story.timers[.bound] == nil, "paused: the bound does not count")
        #expect(story.published(ClockPaused.self).map(\.step) == ["H3"])
        try story.contact(at: at("2026-03-06T17:30"))
        // The feedback was given in time; the wait on the customer ended with the contact.
        #expect(story.published(ClockResumed.self).map(\.pausedSeconds) == [1800])

        // Nobody reaches the customer on Friday evening: H3 is missed and the technician, then the head, get the
        // ticket at the same station; the wait on the customer goes on until the contact on Monday morning.
        var weekend = Story(at: at("2026-03-05T09:00"))
        try weekend.register(at: at("2026-03-05T09:00"))
        try weekend.assign("st-machi", step: .h2, at: at("2026-03-06T16:30"))
        try weekend.verify(.customer, at: at("2026-03-06T17:00"))
        try weekend.assign("st-machi", role: .technician, step: .h5, reason: .escalation, at: at("2026-03-06T18:01"))
        try weekend.assign("st-machi", role: .head, step: .h6, reason: .escalation, at: at("2026-03-06T19:02"))
        try weekend.contact(at: at("2026-03-09T09:00"))
        #expect(weekend.published(ComplaintEscalated.self).map(\.ruleId) == [.h5, .h6])
        let resumed = try #require(weekend.published(ClockResumed.self).first)
        #expect(resumed.pausedSeconds == 64 * 3600 && resumed.totalPausedSeconds == 64 * 3600)
        #expect(weekend.timers[.bound] == at("2026-03-11T09:00").addingTimeInterval(64 * 3600))
        #expect(weekend.ticket?.pausedSeconds == 64 * 3600)
    }

    /// Item 7: a step that runs into 2027, whose calendar is not published, is still set, on Monday–Friday: H4 from
    /// Thursday 31 December 2026 16:00 is due Friday 1 January 2027 16:00, and the bound of a complaint received then
    /// runs to Wednesday 6 January.
    @Test func aDeadlineIntoAYearWithoutACalendarIsStillSet() throws {
        let watch = TicketWatch(
            ladder: shippedWatch.ladder, calendar: shippedWatch.calendar.fallingBackToWeekdays { _ in },
            settings: shippedWatch.settings)
        var story = Story(at: at("2026-12-31T16:00"), watch: watch)
        try story.register(at: at("2026-12-31T16:00"))
        try story.assign("st-machi", step: .h2, at: at("2026-12-31T16:00"))
        try story.verify(.station, at: at("2026-12-31T16:00"))
        #expect(story.timers[.step] == at("2027-01-01T16:00"))
        #expect(story.timers[.bound] == at("2027-01-06T16:00"))
        #expect(watch.calendar.guessedYears == [2027])
    }
}
