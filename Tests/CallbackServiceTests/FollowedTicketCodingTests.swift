@testable import CallbackService
import Contracts
import Foundation
import HandlingLadder
import ServiceKit
import Testing

/// The state's hand-written coding (`FollowedTicket: HandCodedState`): byte for byte what its `Codable` conformance
/// writes in `StateCoding`'s form, read back by either side, and a state laid out otherwise still read.
@Suite struct FollowedTicketCodingTests {
    /// Every member set, each optional value present and absent somewhere, a date with a fraction of a second.
    static var rich: FollowedTicket {
        var ticket = FollowedTicket(ticketNo: "95598-20260302-0001")
        ticket.registration = .init(
            channel: .hotline95598, type: .complaint, category: .wrongReading, area: "JY-MC",
            customer: Customer(account: "0472-100234", name: "王女士", phone: "13904720001", address: "麻池镇 3 号", named: true),
            receivedAt: Date(timeIntervalSince1970: 1_772_413_200.125), firstOwner: Owner(unit: "95598", person: "话务员 刘芳"),
            isRepeat: true, matchedTicketNo: "95598-20260301-0009")
        ticket.timeline = [
            .init(at: at("2026-03-02T09:00"), type: .complaintRegistered, unit: "95598", by: "话务员 刘芳", summary: "first call"),
            .init(at: at("2026-03-02T09:01"), type: .complaintAssigned, unit: "st-machi", tier: .station),
            .init(at: at("2026-03-02T11:00"), type: .clockPaused),
        ]
        ticket.holder = .init(unit: "csc", tier: .csc)
        ticket.highestTier = .csc
        ticket.level = .iv
        ticket.responsibility = .customer
        ticket.steps.start("H2", unit: "st-machi", tier: .station, at: at("2026-03-02T09:01"), due: at("2026-03-02T10:01"), limit: "1 hour")
        ticket.steps.missed("H2")
        ticket.steps.start("C1", unit: "csc", tier: .csc, at: at("2026-03-02T12:00"), due: at("2026-03-02T12:10"), limit: "10 minutes")
        ticket.promises.result(promising: Commitment(description: "更换电能表", dueAt: at("2026-03-04T18:00")), by: "st-machi", tier: .station)
        ticket.promises.result(promising: Commitment(description: "退还电费", dueAt: at("2026-03-05T18:00")), by: "csc", tier: .csc)
        ticket.urges = 2
        ticket.pausedSeconds = -1
        ticket.warningFiled = true
        ticket.emergencyStarted = true
        ticket.appeal = .upheld
        ticket.verified = true
        ticket.resolved = true
        ticket.transferred = true
        ticket.urgedByService = true
        ticket.supervised = true
        ticket.boundMissed = true
        ticket.task = .init(step: .h10, unit: "csc", tier: .csc, dueAt: at("2026-03-03T12:00"), attempt: 3, method: .visit)
        ticket.callbacks = 2
        ticket.unreachableTries = 1
        ticket.falseResolution = .init(unit: "st-machi", at: at("2026-03-02T12:05"))
        ticket.closedAt = at("2026-03-02T12:06")
        return ticket
    }

    /// The benchmark's ticket, closed by its callback, as the rules leave it.
    static func closedByTheRules() throws -> FollowedTicket {
        var life = Life("95598-20260302-0002")
        life.register(at: at("2026-03-02T09:00"))
        try life.assign(at: at("2026-03-02T09:00"))
        try life.verify(at: at("2026-03-02T09:20"))
        life.contact(at: at("2026-03-02T09:40"))
        try life.resolve(at: at("2026-03-02T11:00"))
        try life.callBack(.satisfied, falseResolution: true, at: at("2026-03-02T11:05"))
        return try #require(life.ticket)
    }

    static func tickets() throws -> [FollowedTicket] { [rich, FollowedTicket(ticketNo: "T2"), try closedByTheRules()] }

    @Test func theHandWrittenFormIsCodablesByteForByte() throws {
        for ticket in try Self.tickets() {
            #expect(try StateCoding.encode(ticket) == StateCoding.encodeWithCodable(ticket), "\(ticket.ticketNo)")
        }
    }

    @Test func eitherSideReadsWhatTheOtherWrote() throws {
        for ticket in try Self.tickets() {
            #expect(FollowedTicket.readByHand(from: try StateCoding.encodeWithCodable(ticket)) == ticket)
            #expect(try StateCoding.decodeWithCodable(FollowedTicket.self, from: StateCoding.encode(ticket)) == ticket)
            #expect(try StateCoding.decode(FollowedTicket.self, from: StateCoding.encode(ticket)) == ticket)
        }
    }

    @Test func aStateStoredAsJSONOrLaidOutOtherwiseIsStillRead() throws {
        let ticket = Self.rich
        #expect(try StateCoding.decode(FollowedTicket.self, from: JSONEncoder().encode(ticket)) == ticket)
        // A member the state no longer has, as a state stored by an older version would hold: the hand-written
        // reader declines it, and `Codable` reads it, ignoring the member.
        var older = try StateCoding.encode(ticket)
        #expect(older[1] == 6 && older[2] == 25, "one keyed container of 25 members")
        older[2] += 1
        older.append(contentsOf: [7] + Array("retired".utf8) + [2])
        #expect(FollowedTicket.readByHand(from: older) == nil)
        #expect(try StateCoding.decode(FollowedTicket.self, from: older) == ticket)
    }
}
