import Units
import Contracts
@testable import RoutingService
import Testing

/// Transfers (转办) under first-question responsibility (P1, issue 12 item 3).
@Suite struct TransferTests {
    private let owner = Owner(unit: "st-machi", person: "工作人员 李娜")

    /// The ticket at 麻池, accepted there.
    private var atMachi: RoutedTicket { routed(facts(owner: owner)) }

    /// P1: a transfer moves the work to the other unit; the first owner stays accountable.
    @Test func aTransferMovesTheWorkNotTheOwnership() throws {
        let assignment = try shipped.transfer(atMachi, .init(requester: "st-machi", toUnit: "st-saihan", why: "线路归赛汗"))
        #expect(assignment.unit == "st-saihan")
        #expect(assignment.role == .staff)
        #expect(assignment.owner == owner)
        #expect(assignment.previousUnit == "st-machi")
        #expect(assignment.reason == .transfer(from: "st-machi", why: "线路归赛汗"))
        #expect(assignment.reason.contractReason == .transfer)
    }

    /// A transfer to an area goes to the station that serves it.
    @Test func aTransferToAnAreaGoesToTheStationServingIt() throws {
        let assignment = try shipped.transfer(atMachi, .init(requester: "st-machi", area: "JY-XQ", why: "地址在西区"))
        #expect(assignment.unit == "st-alagatai")
        #expect(assignment.owner == owner)
    }

    /// P1, 零推诿: A→B→A is a loop; the CSC takes the ticket with the reason, and the owner stays.
    @Test func aTransferBackToAUnitThatHadTheTicketIsALoopThatGoesToTheCSC() throws {
        let first = try shipped.transfer(atMachi, .init(requester: "st-machi", toUnit: "st-saihan", why: "不归我们"))
        let atSaihan = atMachi.moved(by: first)
        let back = try shipped.transfer(atSaihan, .init(requester: "st-saihan", toUnit: "st-machi", why: "也不归我们"))
        #expect(back.unit == "csc")
        #expect(back.owner == owner)
        #expect(back.previousUnit == "st-saihan")
        #expect(back.reason == .transferLoop(from: "st-saihan", to: "st-machi"))
        #expect(back.reason.note.contains("loop"))
    }

    /// The CSC coordinates: sending a ticket back to a station it came from is its decision, not a loop.
    @Test func theCSCMaySendATicketBackToAStationThatHadIt() throws {
        let toCSC = try shipped.transfer(atMachi, .init(requester: "st-machi", toUnit: "csc", why: "需要协调"))
        let atCSC = atMachi.moved(by: toCSC)
        let back = try shipped.transfer(atCSC, .init(requester: "csc", toUnit: "st-machi", why: "查实属麻池"))
        #expect(back.unit == "st-machi")
        #expect(back.reason == .transfer(from: "csc", why: "查实属麻池"))
    }

    /// A transfer to a unit the directory does not have is refused with a typed error naming it; the ticket stays.
    @Test func aTransferToAnUnknownUnitIsRefused() {
        #expect(throws: RoutingRefusal.unknownUnit(ticketNo: "T1", unit: "st-nowhere")) {
            try shipped.transfer(atMachi, .init(requester: "st-machi", toUnit: "st-nowhere", why: "?"))
        }
        #expect(RoutingRefusal.unknownUnit(ticketNo: "T1", unit: "st-nowhere").description
            == "ticket T1: unit st-nowhere is not in the unit directory; name a unit of the directory")
    }

    /// A transfer without a target, to an unknown area, to a unit and an area it does not serve, to where the ticket
    /// is, or from a unit that does not hold it, is refused.
    @Test func aTransferThatCannotBePlacedIsRefused() {
        let ticket = atMachi
        let cases: [(TransferRequest, RoutingRefusal)] = [
            (.init(requester: "st-machi", why: "?"), .noTransferTarget(ticketNo: "T1")),
            (.init(requester: "st-machi", area: "JY-X", why: "?"), .unknownArea(ticketNo: "T1", area: "JY-X")),
            (.init(requester: "st-machi", toUnit: "st-saihan", area: "JY-MC", why: "?"),
             .conflictingTarget(ticketNo: "T1", unit: "st-saihan", area: "JY-MC")),
            (.init(requester: "st-machi", area: "JY-MC", why: "?"), .alreadyThere(ticketNo: "T1", unit: "st-machi")),
            (.init(requester: "st-saihan", toUnit: "csc", why: "?"),
             .notHolder(ticketNo: "T1", requester: "st-saihan", holder: "st-machi")),
        ]
        for (request, refusal) in cases {
            #expect(throws: refusal) { try shipped.transfer(ticket, request) }
        }
    }
}
