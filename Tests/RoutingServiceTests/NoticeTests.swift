import Units
import Contracts
@testable import RoutingService
import Testing

/// Notices: an urge (R3c) and an early warning (E3) tell a unit about the ticket without moving it.
@Suite struct NoticeTests {
    private let owner = Owner(unit: "hotline-95598")

    /// E3: an early warning goes to the leadership's entry role (its officer), names the station that keeps the
    /// ticket, and keeps the owner (P1).
    @Test func anEarlyWarningTellsTheLeadershipWhileTheStationKeepsTheTicket() throws {
        let ticket = routed(facts(area: "JY-MC"))
        let notice = try shipped.earlyWarning(ticket, to: .leadership)
        #expect(notice.placement == Placement(unit: "leadership", role: .officer))
        #expect(notice.tier == .leadership)
        #expect(notice.reason == .earlyWarning(holder: "st-machi"))
        #expect(notice.reason.contractReason == .warning)
        #expect(notice.reason.note.contains("E3") && notice.reason.note.contains("st-machi keeps the ticket"))
        #expect(notice.previousUnit == "st-machi")
        #expect(notice.owner == owner)
    }

    /// E3: the leading group sits at the leadership, so an early warning addressed to another tier is refused.
    @Test func anEarlyWarningToATierBelowTheLeadershipIsRefused() {
        #expect(throws: RoutingRefusal.earlyWarningBelowTheLeadership(ticketNo: "T1", requested: .csc)) {
            try shipped.earlyWarning(routed(facts(area: "JY-MC")), to: .csc)
        }
    }

    /// R3c: an urge goes to the unit and role holding the ticket, with the call that was merged into it.
    @Test func anUrgeTellsTheUnitAndRoleHoldingTheTicket() throws {
        var ticket = routed(facts(area: "JY-MC"))
        ticket = ticket.moved(by: try shipped.escalate(ticket, to: .station))
        let notice = try shipped.urge(ticket, call: "T9", words: "催促处理")
        #expect(notice.placement == Placement(unit: "st-machi", role: .technician))
        #expect(notice.reason.contractReason == .urge)
        #expect(notice.reason.note == "the customer called again (T9, R3c): 催促处理")
        #expect(notice.previousUnit == nil)
        #expect(notice.owner == owner)
    }

    /// R6, R3c: the risk an urge's own words raise reaches the unit holding the ticket in the notice.
    @Test func anUrgeTellsTheHolderTheRiskItsWordsRaised() throws {
        let ticket = routed(facts(area: "JY-MC"))
        let notice = try shipped.urge(
            ticket, call: "T9", words: "再不来修我就找记者", riskFlags: [.likelyToEscalate, .media], riskWords: ["记者"])
        #expect(notice.reason.note
            == "the customer called again (T9, R3c): 再不来修我就找记者; risk (R6): likely-to-escalate, media (记者)")
        #expect(notice.reason.contractReason == .urge)
    }
}
