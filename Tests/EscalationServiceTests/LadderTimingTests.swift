import Contracts
@testable import EscalationService
import Foundation
import HandlingLadder
import Testing

/// The ladder's steps as escalation times them (issue 13 items 1 and 2): each step urged at 80 % of its window,
/// missed at its due time, and the ticket moved up one step (P2).
@Suite struct LadderTimingTests {
    /// H2: a station's staff verify within 1 hour of the assignment. Urged at 48 minutes, missed at the hour, and the
    /// ticket goes up to the technician (H5), level V.
    @Test func h2UnverifiedWithinAnHourIsUrgedMissedAndMovesToTheTechnician() throws {
        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(at: at("2026-03-02T09:00"))
        try story.assign("st-machi", step: .h2, at: at("2026-03-02T09:00"))
        story.advance(to: at("2026-03-02T10:05"))
        #expect(story.types == ["deadline.approaching", "deadline.missed", "complaint.escalated"])
        let urge = try #require(story.published(DeadlineApproaching.self).first)
        #expect(story.events[0].time == at("2026-03-02T09:48"))
        #expect(urge.step == "H2" && urge.dueAt == at("2026-03-02T10:00") && urge.unit == "st-machi" && urge.urge == 1)
        let missed = try #require(story.published(DeadlineMissed.self).first)
        #expect(missed.step == "H2" && missed.dueAt == at("2026-03-02T10:00"))
        let escalated = try #require(story.published(ComplaintEscalated.self).first)
        #expect(escalated.fromTier == .station && escalated.toTier == .station && escalated.fromUnit == "st-machi")
        #expect(escalated.level == .v && escalated.reason == .deadlineMissed && escalated.ruleId == .h5)
    }

    /// H4: the station's responsibility, contact within 1 working day of the verification; contact in time ends it.
    @Test func h4ContactWithinOneWorkingDayEndsTheStep() throws {
        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(at: at("2026-03-02T09:00"))
        try story.assign("st-machi", step: .h2, at: at("2026-03-02T09:00"))
        try story.verify(.station, at: at("2026-03-02T09:30"))
        #expect(story.ticket?.step?.id == .h4)
        #expect(story.timers[.step] == at("2026-03-03T09:30"))
        try story.contact(at: at("2026-03-03T09:00"))
        #expect(story.ticket?.step == nil)
        #expect(story.timers[.step] == nil && story.timers[.stepUrge] == nil)
        story.advance(to: at("2026-03-04T09:00"))
        #expect(!story.types.contains("deadline.missed"))
    }

    /// H3: the customer's responsibility, feedback within 1 hour; missed, it moves to the technician like H4.
    @Test func h3FeedbackWithinAnHour() throws {
        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(at: at("2026-03-02T09:00"))
        try story.assign("st-machi", step: .h2, at: at("2026-03-02T09:00"))
        try story.verify(.customer, at: at("2026-03-02T09:20"))
        #expect(story.timers[.step] == at("2026-03-02T10:20"))
        story.advance(to: at("2026-03-02T10:20"))
        #expect(story.published(DeadlineMissed.self).map(\.step) == ["H3"])
        #expect(story.published(ComplaintEscalated.self).map(\.ruleId) == [.h5])
    }

    /// P2, H5–H9: missed at every step, the ticket climbs staff → technician → head → CSC → marketing → deputy →
    /// leadership; the level follows the highest tier (V … I); at the leadership a miss is reported and nothing
    /// moves, and an unresolvable report is refused.
    @Test func aTicketNobodyHandlesClimbsToTheTopAndStops() throws {
        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(at: at("2026-03-02T09:00"))
        let climb: [(String, Tier, UnitRole, LadderStepID)] = [
            ("st-machi", .station, .staff, .h2), ("st-machi", .station, .technician, .h5),
            ("st-machi", .station, .head, .h6), ("csc", .csc, .officer, .h7), ("marketing", .marketing, .officer, .h8),
            ("deputy-marketing", .deputy, .head, .h9Deputy), ("leadership", .leadership, .officer, .h9),
        ]
        var time = at("2026-03-02T09:00")
        for (unit, tier, role, step) in climb {
            try story.assign(unit, tier, role: role, step: step, reason: step == .h2 ? .area : .escalation, at: time)
            time = try #require(story.timers[.step]).addingTimeInterval(60)
            story.advance(to: time)
        }
        let escalations = story.published(ComplaintEscalated.self)
        #expect(escalations.map(\.toTier) == [.station, .station, .csc, .marketing, .deputy, .leadership])
        #expect(escalations.map(\.ruleId) == [.h5, .h6, .h7, .h8, .h9, .h9])
        #expect(escalations.map(\.level) == [.v, .v, .iv, .iii, .ii, .i])
        let missed = story.published(DeadlineMissed.self).map(\.step)
        #expect(missed.filter { $0 != "N1" } == ["H2", "H5", "H6", "H7", "H8", "H9d", "H9"])
        #expect(missed.filter { $0 == "N1" }.count == 1, "the national bound is missed on the way, and moves nothing")
        #expect(story.ticket?.level == .i)
        #expect(story.ticket?.step == nil, "nothing above the leadership: the miss is reported, nothing moves")
        #expect(throws: WatchRefusal.atTheTop("T1", unit: "leadership")) {
            try story.watch.unresolvable(
                HandlingUnresolvable(ticketNo: "T1", unit: "leadership", by: "局长", reason: "无法解决"), ticket: story.ticket!)
        }
    }

    /// H5–H9 by report: an unresolvable report moves the ticket up at once; a second reason before routing has
    /// placed it (a miss in the meantime) does not move it twice.
    @Test func anUnresolvableReportMovesTheTicketUpOnce() throws {
        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(at: at("2026-03-02T09:00"))
        try story.assign("st-machi", step: .h2, at: at("2026-03-02T09:00"))
        story.apply(try story.watch.unresolvable(
            HandlingUnresolvable(ticketNo: "T1", unit: "st-machi", by: "工作人员", reason: "需技术员"), ticket: story.ticket!))
        #expect(story.published(ComplaintEscalated.self).map(\.reason) == [.unresolvable])
        #expect(story.timers[.step] == nil, "the step was left")
        story.apply(try story.watch.unresolvable(
            HandlingUnresolvable(ticketNo: "T1", unit: "st-machi", by: "工作人员", reason: "再次"), ticket: story.ticket!))
        #expect(story.published(ComplaintEscalated.self).count == 1)
    }

    /// Levels: the highest tier that had to act, never lower when supervision sends the ticket back down.
    @Test func theLevelNeverGoesDown() throws {
        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(at: at("2026-03-02T09:00"))
        try story.assign("csc", .csc, role: .officer, step: .h7, reason: .rule, at: at("2026-03-02T09:00"))
        try story.assign("st-machi", step: .h2, reason: .supervision, at: at("2026-03-02T10:00"))
        #expect(story.ticket?.level == .iv)
    }

    /// H10: after the leadership's result its callback is due within 1 working day; the callback ends the step.
    @Test func h10TheLeadershipCallsBackWithinAWorkingDay() throws {
        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(at: at("2026-03-02T09:00"))
        try story.assign("leadership", .leadership, role: .officer, step: .h9, reason: .escalation, at: at("2026-03-02T09:00"))
        try story.resolve(by: "leadership", at: at("2026-03-02T15:00"))
        #expect(story.ticket?.step?.id == .h10)
        #expect(story.timers[.step] == at("2026-03-03T15:00"))
        try story.callBack(.satisfied, at: at("2026-03-03T10:00"))
        #expect(story.timers[.step] == nil)
    }

    /// Item 1: consultations, repairs and praise have no bound in the limits file and are not watched.
    @Test func aConsultationIsNotWatched() throws {
        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(.consultation, at: at("2026-03-02T09:00"))
        try story.assign("st-machi", step: .h2, at: at("2026-03-02T09:00"))
        #expect(story.timers.isEmpty)
        story.advance(to: at("2026-03-10T09:00"))
        #expect(story.events.isEmpty)
    }
}
