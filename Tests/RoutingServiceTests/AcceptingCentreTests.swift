import Units
import Contracts
@testable import RoutingService
import Testing

/// The 95598 centre (95598客户服务中心) in the unit directory (issue 16): it accepts tickets and owns them (P1), but
/// it is not on the handling ladder, so routing never places work with it (H1: the ticket is forwarded to a unit
/// that acts).
@Suite struct AcceptingCentreTests {
    private let centre = Owner(unit: "hotline-95598")

    /// The shipped directory names the centre beside its units, not among them, and passes its checks.
    @Test func theShippedDirectoryListsThe95598CentreAsAnAcceptingCentre() {
        let directory = shipped.directory
        #expect(directory.problems.isEmpty)
        #expect(directory.acceptingCentres == [AcceptingCentre(id: "hotline-95598", name: "95598客户服务中心")])
        #expect(directory.unit("hotline-95598") == nil)
        #expect(directory.canOwn("hotline-95598") && directory.canOwn("st-machi") && !directory.canOwn("95598"))
    }

    /// H1, P1: a ticket the centre owns goes to the station of its area, or by a rule, or to the coordinator; the
    /// centre stays the owner on each assignment.
    @Test func workIsNeverPlacedWithTheCentreThatOwnsTheTicket() {
        let byArea = shipped.firstAssignment(facts(owner: centre))
        #expect(byArea.unit == "st-machi" && byArea.reason == .area("JY-MC") && byArea.owner == centre)
        let byRule = shipped.firstAssignment(facts(channel: .regulator12398, owner: centre))
        #expect(byRule.unit == "csc" && byRule.reason.contractReason == .rule)
        let noArea = shipped.firstAssignment(facts(area: "", owner: centre))
        #expect(noArea.unit == "csc" && noArea.reason == .unroutableArea(""))
    }

    /// P1: a transfer or supervision to the centre is refused with its own reason: it forwards tickets, it handles
    /// none.
    @Test func aTransferOrSupervisionToTheCentreIsRefused() {
        let ticket = routed(facts(owner: centre))
        let request = TransferRequest(requester: "st-machi", toUnit: "hotline-95598", why: "退回95598")
        #expect(throws: RoutingRefusal.acceptingCentre(ticketNo: "T1", unit: "hotline-95598")) {
            try shipped.transfer(ticket, request)
        }
        #expect(throws: RoutingRefusal.acceptingCentre(ticketNo: "T1", unit: "hotline-95598")) {
            try shipped.supervise(ticket, unit: "hotline-95598")
        }
    }

    /// P2: escalation never reaches the centre: no unit has it as a parent, and the ladder climbs as before.
    @Test func escalationClimbsTheLadderPastTheCentre() {
        var placement = Placement(unit: "st-machi", role: .staff)
        var units = [placement.unit]
        while let next = shipped.nextStep(after: placement) {
            placement = next.placement
            units.append(placement.unit)
        }
        #expect(!units.contains("hotline-95598"))
        #expect(units.last == "leadership")
    }

    /// A centre sharing an id with a unit is a problem: an owner must name one of them.
    @Test func aCentreWithAUnitsIdIsAProblem() {
        var directory = shipped.directory
        directory.acceptingCentres.append(AcceptingCentre(id: "csc", name: "客服中心受理台"))
        #expect(directory.problems == ["unit id csc is used by more than one unit"])
    }
}
