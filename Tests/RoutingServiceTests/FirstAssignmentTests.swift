import Units
import Contracts
import Foundation
@testable import RoutingService
import Testing

/// The first assignment of a registered ticket (H1, P1, issue 12 items 2 and 3).
@Suite struct FirstAssignmentTests {
    /// H1: a hotline ticket goes to the station serving its area, to the staff who act first.
    @Test func aHotlineTicketGoesToTheStationOfItsArea() {
        let assignment = shipped.firstAssignment(facts(area: "JY-BYXL"))
        #expect(assignment.unit == "st-saihan")
        #expect(assignment.tier == .station)
        #expect(assignment.role == .staff)
        #expect(assignment.reason == .area("JY-BYXL"))
        #expect(assignment.reason.contractReason == .area)
        #expect(assignment.owner == Owner(unit: "hotline-95598"))
    }

    /// P1: a ticket accepted by a unit of the directory goes to that unit first, which owns it.
    @Test func aTicketAcceptedByAStationGoesToThatStationFirst() {
        let owner = Owner(unit: "st-machi", person: "工作人员 李娜")
        let assignment = shipped.firstAssignment(facts(category: .meterSeal, owner: owner))
        #expect(assignment.unit == "st-machi")
        #expect(assignment.reason == .firstOwner)
        #expect(assignment.reason.contractReason == .firstOwner)
        #expect(assignment.owner == owner)
    }

    /// P1, issue 12 item 2: a tariff question a station accepted is marketing's to answer; the station stays owner.
    @Test func aTariffQuestionAcceptedByAStationGoesToMarketingWithTheStationAsOwner() {
        let owner = Owner(unit: "st-machi", person: "工作人员 李娜")
        let assignment = shipped.firstAssignment(facts(category: .tariff, owner: owner))
        #expect(assignment.unit == "marketing")
        #expect(assignment.reason.contractReason == .rule)
        #expect(assignment.owner == owner)
    }

    /// P1: a unit above the stations that accepted a ticket acts on it itself, whatever the area.
    @Test func aTicketAcceptedByTheCSCStaysWithTheCSC() {
        let assignment = shipped.firstAssignment(facts(area: "JY-SH", owner: Owner(unit: "csc")))
        #expect(assignment.unit == "csc")
        #expect(assignment.role == .officer)
        #expect(assignment.reason == .firstOwner)
    }

    /// P1: a station cannot act on another station's area; the work goes there, the accepting station stays owner.
    @Test func aStationThatAcceptedAnotherStationsTicketStaysOwnerWhileTheAreaDecides() {
        let owner = Owner(unit: "st-machi", person: "工作人员 陈磊")
        let assignment = shipped.firstAssignment(facts(area: "JY-HLGE", owner: owner))
        #expect(assignment.unit == "st-halinge")
        #expect(assignment.reason == .area("JY-HLGE"))
        #expect(assignment.owner == owner)
    }

    /// P1, issue 12 item 2: a station that accepted a 12398 complaint stays its owner, but the CSC coordinates it
    /// from the start.
    @Test func a12398ComplaintAcceptedByAStationIsStillCoordinatedByTheCSC() {
        let assignment = shipped.firstAssignment(
            facts(channel: .regulator12398, area: "JY-MC", owner: Owner(unit: "st-machi", person: "工作人员 李娜")))
        #expect(assignment.unit == "csc")
        #expect(assignment.owner.unit == "st-machi")
        #expect(assignment.reason.contractReason == .rule)
    }

    /// A 12398 complaint is coordinated by the CSC from the start, whatever its area.
    @Test func a12398ComplaintIsCoordinatedByTheCSCFromTheStart() {
        let assignment = shipped.firstAssignment(facts(channel: .regulator12398, area: "JY-MC"))
        #expect(assignment.unit == "csc")
        #expect(assignment.reason == .rule(id: "regulator-12398", why: "12398 complaints are coordinated by the CSC from the start"))
    }

    /// Tariff policy (`tariff`) goes to the marketing department, to its officers.
    @Test func aTariffComplaintGoesToMarketing() {
        let assignment = shipped.firstAssignment(facts(category: .tariff))
        #expect(assignment.unit == "marketing")
        #expect(assignment.tier == .marketing)
        #expect(assignment.role == .officer)
        #expect(assignment.reason.note == "rule tariff-policy: tariff policy is the marketing department's")
    }

    /// An area no station serves goes to the CSC with a reason that says so; the ticket is never dropped.
    @Test func aTicketOfAnUnknownAreaGoesToTheCSCWithTheReason() {
        let assignment = shipped.firstAssignment(facts(area: "JY-NOWHERE"))
        #expect(assignment.unit == "csc")
        #expect(assignment.reason == .unroutableArea("JY-NOWHERE"))
        #expect(assignment.reason.note == "no station serves area JY-NOWHERE; the CSC places it")
    }

    /// A ticket without an area goes to the CSC with a reason that says the area is missing.
    @Test func aTicketWithoutAnAreaGoesToTheCSCWithTheReason() {
        let assignment = shipped.firstAssignment(facts(area: ""))
        #expect(assignment.unit == "csc")
        #expect(assignment.reason.note == "the ticket has no area; the CSC places it")
    }

    /// The registration's settled category decides, not the agent's, since intake may have corrected it.
    @Test func theFactsOfARegistrationUseTheSettledCategory() throws {
        let ticket = TicketSubmitted(
            ticketNo: "T9", channel: .hotline95598, type: .complaint, category: .attitude,
            customer: .init(account: "1", name: "王", phone: "13800000000", address: "九原", named: true), area: "JY-MC",
            text: "电价不合理", receivedAt: .init(timeIntervalSince1970: 0))
        let registered = ComplaintRegistered(
            ticketNo: "T9", ticket: ticket,
            classification: .init(category: .tariff, confidence: 0.9, source: .model, disagreement: true),
            repeatDemand: .init(verdict: .notRepeat, reason: "first", ruleIds: []), riskFlags: [],
            firstOwner: Owner(unit: "hotline-95598"))
        #expect(try read(registered).facts == facts(
            "T9", channel: .hotline95598, type: .complaint, category: .tariff, area: "JY-MC",
            owner: Owner(unit: "hotline-95598")))
        // Without a settled category the agent's stands; without an area the ticket has none (the CSC places it).
        var unsettled = registered
        (unsettled.classification.category, unsettled.ticket.area) = (nil, nil)
        unsettled.firstOwner = Owner(unit: "st-machi", person: "供电所长 刘建国")
        #expect(try read(unsettled).facts == facts(
            "T9", channel: .hotline95598, type: .complaint, category: .attitude, area: "",
            owner: Owner(unit: "st-machi", person: "供电所长 刘建国")))
    }

    /// Routing reads its members from the checked tree by hand; what it cannot read is refused with the member's
    /// path, as a `Decoder` would refuse it, so the dead letter names it.
    @Test func aRegistrationRoutingCannotReadNamesTheMember() throws {
        let ticket = TicketSubmitted(
            ticketNo: "T9", channel: .hotline95598, type: .complaint, category: nil,
            customer: .init(phone: "13800000000", named: false), area: "JY-MC", text: "停电",
            receivedAt: .init(timeIntervalSince1970: 0))
        let registered = ComplaintRegistered(
            ticketNo: "T9", ticket: ticket,
            classification: .init(category: .supplyQuality, confidence: 0.9, source: .model, disagreement: false),
            repeatDemand: .init(verdict: .notRepeat, reason: "first", ruleIds: []), riskFlags: [],
            firstOwner: Owner(unit: "hotline-95598"))
        guard case .object(var body) = try JSONValue(parsing: JSONEncoder().encode(registered)),
              case .object(var inner) = body["ticket"]
        else {
            Issue.record("a registration's body and ticket are objects")
            return
        }
        inner["channel"] = .string("carrier-pigeon")
        body["ticket"] = .object(inner)
        #expect { try Registration.read(fromChecked: .object(body)) } throws: { error in
            guard case .dataCorrupted(let context) = error as? DecodingError else { return false }
            return context.codingPath.map(\.stringValue) == ["ticket", "channel"]
        }
        body["firstOwner"] = nil
        #expect { try Registration.read(fromChecked: .object(body)) } throws: { error in
            guard case .keyNotFound(let key, _) = error as? DecodingError else { return false }
            return key.stringValue == "firstOwner"
        }
    }

    private func read(_ registered: ComplaintRegistered) throws -> Registration {
        try Registration.read(fromChecked: JSONValue(parsing: JSONEncoder().encode(registered)))
    }
}
