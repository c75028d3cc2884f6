import Units
import Contracts
import HandlingLadder
@testable import RoutingService
import Testing

/// Escalation re-routing (P2) and supervision (C2), issue 12 item 4.
@Suite struct EscalationTests {
    private let owner = Owner(unit: "hotline-95598")

    /// H5–H9, P2: staff → technician → head → CSC → marketing → deputy → leadership, owner kept all the way.
    @Test func theLadderClimbsEveryStepFromStationStaffToTheLeadership() throws {
        var ticket = routed(facts(area: "JY-MC"))
        let expected: [(Tier, String, Role, LadderStepID)] = [
            (.station, "st-machi", .technician, .h5),
            (.station, "st-machi", .head, .h6),
            (.csc, "csc", .officer, .h7),
            (.marketing, "marketing", .officer, .h8),
            (.deputy, "deputy-marketing", .head, .h9Deputy),
            (.leadership, "leadership", .officer, .h9),
        ]
        for (tier, unit, role, step) in expected {
            let assignment = try shipped.escalate(ticket, to: tier)
            #expect(assignment.unit == unit)
            #expect(assignment.tier == tier)
            #expect(assignment.role == role)
            #expect(assignment.reason == .escalation(step: step))
            #expect(assignment.reason.contractReason == .escalation)
            #expect(assignment.owner == owner)
            ticket = ticket.moved(by: assignment)
        }
    }

    /// P2: an escalation from the leadership is refused with the reason, never looped back down.
    @Test func anEscalationPastTheTopIsRefused() throws {
        var ticket = routed(facts(channel: .regulator12398))
        for tier in [Tier.marketing, .deputy, .leadership] { ticket = ticket.moved(by: try shipped.escalate(ticket, to: tier)) }
        #expect(throws: RoutingRefusal.pastTheTop(ticketNo: "T1", unit: "leadership")) {
            try shipped.escalate(ticket, to: .leadership)
        }
    }

    /// P2 is progressive: an escalation to a tier that is not the next step is refused, the ticket stays.
    @Test func anEscalationThatSkipsAStepIsRefused() {
        let ticket = routed(facts(area: "JY-MC"))
        #expect(throws: RoutingRefusal.notTheNextStep(
            ticketNo: "T1", from: .init(unit: "st-machi", role: .staff), requested: .csc, next: .station)
        ) { try shipped.escalate(ticket, to: .csc) }
    }

    /// C2: supervision sends the ticket back to the responsible unit, to the highest role it reached there.
    @Test func supervisionSendsTheTicketBackToTheResponsibleUnit() throws {
        var ticket = routed(facts(area: "JY-SH"))
        for tier in [Tier.station, .station, .csc] { ticket = ticket.moved(by: try shipped.escalate(ticket, to: tier)) }
        let assignment = try shipped.supervise(ticket, unit: "st-saihan")
        #expect(assignment.unit == "st-saihan")
        #expect(assignment.role == .head)
        #expect(assignment.reason == .supervision)
        #expect(assignment.reason.contractReason == .supervision)
        #expect(assignment.previousUnit == "csc")
        #expect(assignment.owner == owner)
    }

    /// Supervision of a unit the directory does not have is refused.
    @Test func supervisionOfAnUnknownUnitIsRefused() {
        #expect(throws: RoutingRefusal.unknownUnit(ticketNo: "T1", unit: "st-x")) {
            try shipped.supervise(routed(facts()), unit: "st-x")
        }
    }
}
