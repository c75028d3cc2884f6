@testable import CallbackService
import Contracts
import Foundation
import HandlingLadder
import Testing

/// `complaint.closed`, field by field (issue 14 item 3): the timeline, each step against its limit, the level, the
/// final unit, the owner, responsibility, satisfaction and callbacks, urges and promises, S1 and S11, masking.
@Suite struct ClosedStoryTests {
    @Test func theClosedRecordTellsTheWholeStory() throws {
        var life = Life()
        let promise = Commitment(description: "更换电能表", dueAt: at("2026-03-04T18:00"))
        life.register(at: at("2026-03-02T09:00"))
        try life.assign(at: at("2026-03-02T09:00"))
        try life.verify(.station, at: at("2026-03-02T09:30"))
        life.apply(life.follow.urged(
            ComplaintMerged(ticketNo: "T1", mergedTicketNo: "T9", channel: .hotline95598, text: "催问进度",
                            receivedAt: at("2026-03-02T10:00"), reason: "原工单处理中", ruleIds: [.r3c]),
            at: at("2026-03-02T10:00"), ticket: life.ticket!), at: at("2026-03-02T10:00"))
        life.escalation(DeadlineMissed(ticketNo: "T1", step: "H4", dueAt: at("2026-03-03T09:30"), tier: .station, unit: "st-machi"),
                        at: at("2026-03-03T09:30"))
        life.escalation(ComplaintEscalated(
            ticketNo: "T1", fromTier: .station, toTier: .station, fromUnit: "st-machi", level: .v,
            reason: .deadlineMissed, ruleId: .h5), at: at("2026-03-03T09:30"))
        try life.assign(role: .technician, step: .h5, reason: .escalation, at: at("2026-03-03T09:30"))
        try life.resolve(promising: promise, at: at("2026-03-03T10:00"))
        try life.resolve(at: at("2026-03-04T09:00"))
        try life.callBack(.satisfied, at: at("2026-03-04T09:05"))

        let closed = try #require(life.closed)
        #expect(closed.ticketNo == "T1" && closed.channel == .hotline95598 && closed.type == .complaint)
        #expect(closed.category == .wrongReading && closed.area == "JY-MC")
        #expect(closed.customer == .init(account: "*******0234", name: "王**", phone: "139****0001", named: true))
        #expect(closed.receivedAt == at("2026-03-02T09:00") && closed.closedAt == at("2026-03-04T09:05"))
        #expect(closed.level == .v && closed.highestTier == .station && closed.finalUnit == "st-machi")
        #expect(closed.firstOwner == Owner(unit: "hotline-95598") && closed.responsibility == .station)
        #expect(closed.satisfaction == .satisfied && closed.noCallbackReason == nil)
        #expect(closed.callbacks == 1 && closed.urges == 1 && closed.pausedSeconds == 0)
        #expect(!closed.isRepeat && closed.appeal == AppealStatus.none && !closed.emergencyPlan && !closed.warningFiled)
        // H2 done in time, H4 missed (escalation said so) and left at the technician's assignment, H5 ended by the
        // result, the first callback's step (C1) overdue and ended by the second result, the second by the satisfied
        // outcome.
        #expect(closed.steps.map(\.step) == ["H2", "H4", "H5", "C1", "C1"])
        #expect(closed.steps.map(\.onTime) == [true, false, true, false, true])
        #expect(closed.steps.map(\.limit) == ["1 hour", "1 working day", "1 hour", "10 minutes", "10 minutes"])
        #expect(closed.steps[0].tookSeconds == 1800 && closed.steps[0].endedAt == at("2026-03-02T09:30"))
        #expect(!closed.onTime)
        #expect(closed.commitments == [.init(description: "更换电能表", dueAt: at("2026-03-04T18:00"), unit: "st-machi", fate: .kept)])
        #expect(closed.closedLoop == .init(
            accepted: .present, registered: .present, proposed: .present, transferred: .notApplicable,
            urged: .present, supervised: .notApplicable, investigationReport: .present, handlingOpinion: .present))
        #expect(closed.fourNotLetGo == .init(verified: true, corrected: true, measuresInPlace: true, customerSatisfied: true))
        #expect(closed.falseResolution == nil)
        #expect(closed.timeline.map(\.type) == [
            .complaintRegistered, .complaintAssigned, .handlingVerified, .complaintMerged, .deadlineMissed,
            .complaintEscalated, .complaintAssigned, .handlingResolved, .callbackDue, .callbackOverdue, .handlingResolved,
            .callbackDue, .callbackRecorded,
        ])
    }

    /// S1: an unverified complaint's investigation report is missing; an opinion's is not applicable.
    @Test func theInvestigationReportIsRequiredOfComplaintsAndReportsOnly() throws {
        func closedWithoutVerification(_ type: TicketType) throws -> ComplaintClosed? {
            var life = Life()
            life.register(type: type, at: at("2026-03-02T09:00"))
            try life.assign(at: at("2026-03-02T09:00"))
            try life.resolve(at: at("2026-03-02T09:30"))
            try life.callBack(.satisfied, at: at("2026-03-02T09:35"))
            return life.closed
        }
        #expect(try closedWithoutVerification(.complaint)?.closedLoop.investigationReport == .missing)
        #expect(try closedWithoutVerification(.complaint)?.fourNotLetGo.verified == false)
        #expect(try closedWithoutVerification(.opinion)?.closedLoop.investigationReport == .notApplicable)
    }

    /// The timeline is in time order even when an assignment arrived before the registration it follows (they come
    /// on different topics).
    @Test func theTimelineIsInTimeOrderWhateverTheOrderOfArrival() throws {
        var life = Life()
        try life.assign(at: at("2026-03-02T09:00"))
        life.register(at: at("2026-03-02T08:59"))
        try life.resolve(at: at("2026-03-02T10:00"))
        try life.callBack(.satisfied, at: at("2026-03-02T10:05"))
        let closed = try #require(life.closed)
        #expect(closed.timeline.map(\.type) == [
            .complaintRegistered, .complaintAssigned, .handlingResolved, .callbackDue, .callbackRecorded,
        ])
        #expect(closed.timeline.map(\.at) == closed.timeline.map(\.at).sorted())
    }

    /// E4, E7: the leading group's emergency plan, started and lifted while the ticket was open, is in the closed
    /// record: `emergencyPlan` set, and the start with its reason and the lift in the timeline, in order.
    @Test func anEmergencyPlanStartedAndLiftedIsInTheClosedRecord() throws {
        var life = Life()
        life.register(at: at("2026-03-02T09:00"))
        try life.assign(at: at("2026-03-02T09:00"))
        let started = EmergencyStarted(ticketNo: "T1", unit: "leadership", by: "分管领导 赵刚", reason: "客户聚集，扬言上访")
        life.apply(life.follow.reported(started, at: at("2026-03-02T10:00"), ticket: life.ticket!, summary: started.reason) {
            $0.ticket.emergencyStarted = true
        }, at: at("2026-03-02T10:00"))
        let lifted = EmergencyLifted(ticketNo: "T1", unit: "leadership", by: "分管领导 赵刚", note: "事态平息")
        life.apply(try life.follow.reported(lifted, at: at("2026-03-02T16:00"), ticket: life.ticket!), at: at("2026-03-02T16:00"))
        try life.resolve(at: at("2026-03-02T17:00"))
        try life.callBack(.satisfied, at: at("2026-03-02T17:05"))

        let closed = try #require(life.closed)
        #expect(closed.emergencyPlan)
        let plan = closed.timeline.filter { $0.type == .emergencyStarted || $0.type == .emergencyLifted }
        #expect(plan.map(\.type) == [.emergencyStarted, .emergencyLifted])
        #expect(plan.first?.summary == "客户聚集，扬言上访" && plan.first?.unit == "leadership")
    }
}
