import Contracts
@testable import EscalationService
import Foundation
import HandlingLadder
import Testing

/// The rest of a ticket's life (issue 13 items 2, 4, 5 and 6): callbacks and supervision, urges, the early warning
/// and the emergency plan, promises, the analysis report after closing, and the stop at closing.
@Suite struct TicketLifeTests {
    /// A ticket at st-machi's staff, verified the station's, contacted and resolved on Monday 2 March 2026.
    private func resolvedTicket(promising promise: Commitment? = nil) throws -> Story {
        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(at: at("2026-03-02T09:00"))
        try story.assign("st-machi", step: .h2, at: at("2026-03-02T09:00"))
        try story.verify(.station, at: at("2026-03-02T09:20"))
        try story.contact(at: at("2026-03-02T09:40"))
        try story.resolve(promising: promise, at: at("2026-03-02T11:00"))
        return story
    }

    /// C2, H6: an unsatisfied callback moves the ticket up one step and, once routing has placed it, opens
    /// supervision round 1 at the unit it reached; another unsatisfied callback opens round 2; a satisfied one ends it.
    @Test func anUnsatisfiedCallbackMovesTheTicketUpUnderSupervision() throws {
        var story = try resolvedTicket()
        try story.callBack(.unsatisfied, at: at("2026-03-02T11:10"))
        #expect(story.published(ComplaintEscalated.self).map(\.reason) == [.unsatisfied])
        #expect(story.published(SupervisionOpened.self).isEmpty, "opened where routing places it")
        try story.assign("st-machi", role: .technician, step: .h5, reason: .escalation, at: at("2026-03-02T11:11"))
        let first = try #require(story.published(SupervisionOpened.self).first)
        #expect(first.round == 1 && first.unit == "st-machi" && first.ruleId == .c2)
        try story.resolve(at: at("2026-03-02T11:50"))
        try story.callBack(.unsatisfied, at: at("2026-03-02T12:00"))
        try story.assign("st-machi", role: .head, step: .h6, reason: .escalation, at: at("2026-03-02T12:01"))
        #expect(story.published(SupervisionOpened.self).map(\.round) == [1, 2])
        try story.resolve(at: at("2026-03-02T15:00"))
        try story.callBack(.satisfied, at: at("2026-03-02T15:10"))
        #expect(story.ticket?.supervisionPending == false)
        #expect(story.published(ComplaintEscalated.self).count == 2)
    }

    /// C2 at the top: the leadership cannot pass the ticket up, so supervision opens there at once.
    @Test func atTheTopSupervisionOpensWhereTheTicketIs() throws {
        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(at: at("2026-03-02T09:00"))
        try story.assign("leadership", .leadership, role: .officer, step: .h9, reason: .escalation, at: at("2026-03-02T09:00"))
        try story.resolve(by: "leadership", at: at("2026-03-02T10:00"))
        try story.callBack(.unsatisfied, at: at("2026-03-02T10:10"))
        #expect(story.published(ComplaintEscalated.self).isEmpty)
        #expect(story.published(SupervisionOpened.self).map(\.unit) == ["leadership"])
    }

    /// R3c, item 2: a customer's urge is counted and passed on as 催办 with the step's due time unchanged.
    @Test func aCustomersUrgeIsCountedAndShortensNothing() throws {
        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(at: at("2026-03-02T09:00"))
        try story.assign("st-machi", step: .h2, at: at("2026-03-02T09:00"))
        try story.verify(.station, at: at("2026-03-02T09:20"))
        let due = story.timers[.step]
        story.apply(story.watch.urged(
            by: ComplaintMerged(
                ticketNo: "T1", mergedTicketNo: "T9", channel: .hotline95598, text: "催促", receivedAt: at("2026-03-02T10:00"),
                reason: "原工单处理中", ruleIds: [.r3c]),
            ticket: story.ticket!))
        #expect(story.ticket?.customerUrges == 1)
        #expect(story.timers[.step] == due)
        let urge = try #require(story.published(DeadlineApproaching.self).first)
        #expect(urge.step == "H4" && urge.dueAt == due && urge.urge == 1)
    }

    /// E3: an early warning raises the level to at least IV and notifies the leading group through routing.
    @Test func anEarlyWarningRaisesTheLevelAndNotifiesTheLeadingGroup() throws {
        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(at: at("2026-03-02T09:00"))
        try story.assign("st-machi", step: .h2, at: at("2026-03-02T09:00"))
        story.apply(try story.watch.warned(
            WarningFiled(ticketNo: "T1", unit: "st-machi", by: "所长 王强", cause: "线路老化", actionsTaken: "已派员抢修"),
            at: at("2026-03-02T09:30"), ticket: story.ticket!))
        let notice = try #require(story.published(ComplaintEscalated.self).first)
        #expect(notice.toTier == .leadership && notice.reason == .earlyWarning && notice.ruleId == .e3 && notice.level == .iv)
        #expect(story.ticket?.level == .iv)
        #expect(story.ticket?.step?.id == .h2, "the station keeps the ticket and its step")
        try story.assign("leadership", .leadership, role: .officer, step: .h2, reason: .warning, at: at("2026-03-02T09:31"))
        #expect(story.ticket?.holder?.unit == "st-machi", "the leadership's notice does not move the ticket")
    }

    /// E4, E7: the emergency plan's start and lift are kept on the ticket.
    @Test func theEmergencyPlanIsTrackedOnTheTicket() throws {
        var story = Story(at: at("2026-03-02T09:00"))
        try story.register(at: at("2026-03-02T09:00"))
        try story.assign("st-machi", step: .h2, at: at("2026-03-02T09:00"))
        story.apply(try story.watch.emergencyStarted(
            EmergencyStarted(ticketNo: "T1", unit: "leadership", by: "领导小组", reason: "群体投诉"),
            at: at("2026-03-02T10:00"), ticket: story.ticket!))
        story.apply(try story.watch.emergencyLifted(
            EmergencyLifted(ticketNo: "T1", unit: "leadership", by: "领导小组"), at: at("2026-03-03T10:00"), ticket: story.ticket!))
        #expect(story.ticket?.emergencyStartedAt == at("2026-03-02T10:00"))
        #expect(story.ticket?.emergencyLiftedAt == at("2026-03-03T10:00"))
    }

    /// R5: a promise kept (the unit reports the work done before it is due) and one broken (`commitment.overdue`).
    @Test func aCommitmentKeptAndOneBroken() throws {
        let promise = Commitment(description: "更换电能表", dueAt: at("2026-03-04T17:00"))
        var kept = try resolvedTicket(promising: promise)
        #expect(kept.timers[.commitment] == at("2026-03-04T17:00"))
        try kept.resolve(at: at("2026-03-04T10:00"))
        #expect(kept.ticket?.promises.entries.map(\.fate) == [.kept])
        kept.advance(to: at("2026-03-05T00:00"))
        #expect(kept.published(CommitmentOverdue.self).isEmpty)

        var broken = try resolvedTicket(promising: promise)
        broken.advance(to: at("2026-03-05T00:00"))
        let overdue = try #require(broken.published(CommitmentOverdue.self).first)
        #expect(overdue.commitment == promise && overdue.unit == "st-machi" && overdue.tier == .station)
        #expect(broken.ticket?.promises.entries.map(\.fate) == [.broken])
    }

    /// Item 6 and E8: once closed nothing more fires (not the bound, not the promise), a unit's report is refused,
    /// and the complained-about unit's analysis is due within 3 working days: missing, it is reported as E8.
    @Test func aClosedTicketStopsExceptForItsAnalysis() throws {
        let promise = Commitment(description: "更换电能表", dueAt: at("2026-03-04T17:00"))
        var story = try resolvedTicket(promising: promise)
        try story.close(at: at("2026-03-02T12:00"))
        #expect(Set(story.timers.keys) == [.analysis])
        #expect(story.timers[.analysis] == at("2026-03-05T12:00"))
        #expect(throws: WatchRefusal.self) {
            try story.watch.resolved(
                HandlingResolved(ticketNo: "T1", unit: "st-machi", by: "工作人员", result: "再次处理"),
                at: at("2026-03-03T09:00"), ticket: story.ticket!)
        }
        story.advance(to: at("2026-03-06T00:00"))
        let missed = try #require(story.published(DeadlineMissed.self).last)
        #expect(missed.step == "E8" && missed.unit == "st-machi")
        #expect(story.published(CommitmentOverdue.self).isEmpty)
        #expect(story.ticket?.promises.open != nil, "the promise's fate at the close is kept as it was")
    }

    /// The satisfied callback that closed the ticket may be read after the close (two topics): it changes nothing and
    /// is not refused; an unsatisfied one about a closed ticket still is.
    @Test func theClosingCallbackReadAfterTheCloseChangesNothing() throws {
        var story = try resolvedTicket()
        try story.close(at: at("2026-03-02T11:06"))
        let before = story.ticket
        try story.callBack(.satisfied, at: at("2026-03-02T11:06"))
        #expect(story.ticket == before)
        #expect(throws: WatchRefusal.self) { try story.callBack(.unsatisfied, at: at("2026-03-02T11:30")) }
    }

    /// E8 satisfied: the station's analysis before the due time cancels the report of its absence.
    @Test func anAnalysisInTimeIsNotReportedMissing() throws {
        var story = try resolvedTicket()
        try story.close(at: at("2026-03-02T12:00"))
        story.apply(story.watch.analysed(
            AnalysisSubmitted(
                ticketNo: "T1", unit: "st-machi", by: "所长 王强", cause: "抄表错误", lessons: "复核", measures: "培训"),
            ticket: story.ticket!))
        #expect(story.timers.isEmpty)
        story.advance(to: at("2026-03-10T00:00"))
        #expect(!story.types.contains("deadline.missed"))
    }

    /// Item 6: a closed ticket assigned again is reopened with new deadlines, and its analysis is no longer due.
    @Test func aReopenedTicketGetsNewDeadlines() throws {
        var story = try resolvedTicket()
        try story.close(at: at("2026-03-02T12:00"))
        try story.assign("st-machi", role: .head, step: .h6, reason: .supervision, at: at("2026-03-03T09:00"))
        #expect(story.ticket?.isClosed == false)
        #expect(story.timers[.step] == at("2026-03-04T09:00"))
        #expect(story.timers[.analysis] == nil)
    }
}
