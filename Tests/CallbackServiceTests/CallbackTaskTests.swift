@testable import CallbackService
import Contracts
import Foundation
import HandlingLadder
import Testing

/// Callback tasks and their outcomes (issue 14 items 1 and 2): C1, C3, H10, C2, the unreachable tries, and what is
/// refused.
@Suite struct CallbackTaskTests {
    /// A 95598 complaint at st-machi, verified, contacted and resolved on Monday 2 March 2026 at 11:00.
    private func resolved(customer: Customer? = nil, type: TicketType = .complaint, owner: Owner = Owner(unit: "hotline-95598")) throws -> Life {
        var life = Life()
        if let customer { life.register(customer: customer, type: type, owner: owner, at: at("2026-03-02T09:00")) } else {
            life.register(type: type, owner: owner, at: at("2026-03-02T09:00"))
        }
        try life.assign(reason: owner.unit == "st-machi" ? .firstOwner : .area, at: at("2026-03-02T09:00"))
        try life.verify(at: at("2026-03-02T09:20"))
        life.contact(at: at("2026-03-02T09:40"))
        try life.resolve(at: at("2026-03-02T11:00"))
        return life
    }

    /// C1: a result asks for a callback within 10 minutes; without an outcome by then it is overdue.
    @Test func aResultAsksForACallbackWithinTenMinutesThenItIsOverdue() throws {
        var life = try resolved()
        let due = try #require(life.published(CallbackDue.self).first)
        #expect(due.step == .c1 && due.dueAt == at("2026-03-02T11:10") && due.attempt == 1 && due.method == .phone)
        #expect(due.unit == "st-machi" && due.named)
        life.advance(to: at("2026-03-02T11:30"))
        let overdue = try #require(life.published(CallbackOverdue.self).first)
        #expect(overdue.dueAt == at("2026-03-02T11:10") && overdue.step == .c1)
    }

    /// C3: a complaint the station accepted itself and solved is called back within 10 minutes of the solution.
    @Test func aComplaintTheStationSolvedDirectlyIsC3() throws {
        let life = try resolved(owner: Owner(unit: "st-machi", person: "抄表员 李强"))
        #expect(life.published(CallbackDue.self).map(\.step) == [.c3])
    }

    /// H10: after the leadership's result, its callback is due within 1 working day.
    @Test func theLeadershipsCallbackIsDueWithinAWorkingDay() throws {
        var life = Life()
        life.register(at: at("2026-03-06T09:00"))
        try life.assign("leadership", .leadership, role: .officer, step: .h9, reason: .escalation, at: at("2026-03-06T09:00"))
        try life.resolve(by: "leadership", at: at("2026-03-06T16:00"))
        let due = try #require(life.published(CallbackDue.self).first)
        #expect(due.step == .h10 && due.dueAt == at("2026-03-09T16:00") && due.unit == "leadership")
    }

    /// C2: unsatisfied is recorded (escalation moves the ticket up and supervises it) and the ticket stays open; the
    /// callback after the next result is satisfied and closes it; attempts are counted.
    @Test func unsatisfiedThenSatisfiedAfterTheNextResult() throws {
        var life = try resolved()
        try life.callBack(.unsatisfied, at: at("2026-03-02T11:06"))
        #expect(life.published(CallbackRecorded.self).map(\.outcome) == [.unsatisfied])
        #expect(life.closed == nil && life.ticket?.task == nil)
        life.escalation(ComplaintEscalated(
            ticketNo: "T1", fromTier: .station, toTier: .station, fromUnit: "st-machi", level: .v, reason: .unsatisfied,
            ruleId: .h5), at: at("2026-03-02T11:06"))
        try life.assign(role: .technician, step: .h5, reason: .escalation, at: at("2026-03-02T11:06"))
        life.escalation(SupervisionOpened(
            ticketNo: "T1", unit: "st-machi", tier: .station, round: 1, reason: "unsatisfied", ruleId: .c2),
            at: at("2026-03-02T11:06"))
        try life.resolve(at: at("2026-03-02T15:00"))
        #expect(life.published(CallbackDue.self).map(\.attempt) == [1, 2])
        try life.callBack(.satisfied, at: at("2026-03-02T15:05"))
        let closed = try #require(life.closed)
        #expect(closed.satisfaction == .satisfied && closed.callbacks == 2)
        #expect(closed.closedLoop.supervised == .present)
        #expect(life.published(CallbackRecorded.self).map(\.attempt) == [1, 2])
    }

    /// Item 2: the customer cannot be reached: tried again after an hour by phone, then a day later by letter; the
    /// third failure closes the ticket as unreachable.
    @Test func threeUnreachableTriesCloseTheTicketAsUnreachable() throws {
        var life = try resolved()
        try life.callBack(.unreachable, at: at("2026-03-02T11:05"))
        try life.callBack(.unreachable, at: at("2026-03-02T12:05"))
        #expect(life.closed == nil)
        let retries = life.published(CallbackDue.self).dropFirst()
        #expect(retries.map(\.method) == [.phone, .letter])
        #expect(retries.map(\.dueAt) == [at("2026-03-02T12:05"), at("2026-03-03T12:05")])
        #expect(retries.map(\.attempt) == [2, 3])
        try life.callBack(.unreachable, method: .letter, at: at("2026-03-03T12:00"))
        let closed = try #require(life.closed)
        #expect(closed.satisfaction == .unreachable && closed.callbacks == 3)
        #expect(!closed.fourNotLetGo.customerSatisfied)
    }

    /// Item 2: the schedule's way is kept only where it can reach the customer; otherwise a retry goes as the first
    /// callback went: by letter for a customer whose number cannot be dialled, by phone for one with nowhere to write
    /// to, by a visit for a named reporter who left neither.
    @Test func unreachableRetriesGoOnlyWaysThatCanReachTheCustomer() throws {
        let cases: [(Customer, [ContactMethod])] = [
            (Customer(phone: "13904720001", address: "九原区新光村", named: true), [.phone, .letter]),
            (Customer(phone: "不详", address: "九原区麻池镇新光村3组", named: true), [.letter, .letter]),
            (Customer(phone: "13904720001", named: false), [.phone, .phone]),
            (Customer(name: "王女士", named: true), [.visit, .visit]),
        ]
        for (customer, methods) in cases {
            var life = try resolved(customer: customer, type: .report)
            try life.callBack(.unreachable, at: at("2026-03-02T11:05"))
            try life.callBack(.unreachable, at: at("2026-03-02T12:05"))
            #expect(life.published(CallbackDue.self).dropFirst().map(\.method) == methods, "\(customer)")
        }
    }

    /// C1: a named reporter always gets a callback, even with only an address to write to; an anonymous reporter
    /// who left neither phone nor address gets none: the ticket closes at the result, saying why.
    @Test func anAnonymousReporterWithNoWayToReachThemClosesWithoutACallback() throws {
        let named = try resolved(customer: Customer(address: "九原区新光村", named: true), type: .report)
        #expect(named.published(CallbackDue.self).count == 1)
        let anonymous = try resolved(customer: Customer(named: false), type: .report)
        #expect(anonymous.published(CallbackDue.self).isEmpty)
        let closed = try #require(anonymous.closed)
        #expect(closed.satisfaction == nil)
        #expect(closed.noCallbackReason?.contains("anonymous") == true)
    }

    /// C1: the callback goes by phone, letter or visit. By phone when the customer left a number a representative
    /// can dial, whatever words came with it; by letter to the address they left, or to their account's address on
    /// file; by a visit when a named reporter left nothing to dial or write to. An anonymous reporter whose number
    /// cannot be dialled and who left no address gets none.
    @Test func theCallbackGoesByPhoneLetterOrVisitAsTheCustomerCanBeReached() throws {
        let cases: [(Customer, ContactMethod)] = [
            (Customer(phone: "电话13904720001", named: true), .phone),
            (Customer(phone: "+86 472 512-3456", named: false), .phone),
            (Customer(account: "0472-100234", phone: "不详", named: true), .letter),
            (Customer(phone: "无", address: "九原区麻池镇新光村3组", named: true), .letter),
            (Customer(name: "王女士", phone: "不详", named: true), .visit),
            (Customer(name: "王女士", named: true), .visit),
        ]
        for (customer, method) in cases {
            let life = try resolved(customer: customer, type: .report)
            let due = try #require(life.published(CallbackDue.self).first, "\(customer)")
            #expect(due.method == method, "\(customer)")
        }
        let unreachable = try resolved(customer: Customer(phone: "不详", named: false), type: .report)
        #expect(unreachable.published(CallbackDue.self).isEmpty)
        #expect(try #require(unreachable.closed).noCallbackReason
            == "an anonymous reporter who left no number that can be dialled and no address: no callback is possible (C1)")
    }

    /// C1, H1 (issue 16): intake now registers an anonymous report that left no phone, no account, no address and no
    /// area, listing what is missing; the callback service reads the customer as registered, sees that nobody can be
    /// reached, and closes the ticket at its result without a callback, the area left out of the story.
    @Test func anAnonymousReportRegisteredWithNothingToReachClosesWithoutACallback() throws {
        var life = Life()
        let missing = [
            DataProblem(field: "customer", code: .missing, message: "no phone and no account"),
            DataProblem(field: "area", code: .missing, message: "no area"),
        ]
        life.register(customer: Customer(named: false), type: .report, area: nil, dataProblems: missing, at: at("2026-03-02T09:00"))
        try life.assign("csc", .csc, role: .officer, step: .h7, reason: .unroutableArea, at: at("2026-03-02T09:00"))
        try life.resolve(by: "csc", at: at("2026-03-02T15:00"))
        #expect(life.published(CallbackDue.self).isEmpty)
        let closed = try #require(life.closed)
        #expect(closed.satisfaction == nil && closed.area == nil)
        #expect(closed.noCallbackReason == "an anonymous reporter who left no phone and no address: no callback is possible (C1)")
    }

    /// Item 2: an outcome with no callback due (twice for one result, or before any result) and an outcome after
    /// the close are refused with the reason.
    @Test func aDuplicateOutcomeAndAnOutcomeAfterTheCloseAreRefused() throws {
        var life = try resolved()
        try life.callBack(.unsatisfied, at: at("2026-03-02T11:05"))
        #expect(throws: FollowRefusal.noCallbackDue("T1")) { try life.callBack(.unsatisfied, at: at("2026-03-02T11:06")) }
        try life.resolve(at: at("2026-03-02T14:00"))
        try life.callBack(.satisfied, at: at("2026-03-02T14:05"))
        #expect(throws: FollowRefusal.closed("T1", at: at("2026-03-02T14:05"))) {
            try life.callBack(.satisfied, at: at("2026-03-02T14:06"))
        }
        #expect(life.published(ComplaintClosed.self).count == 1, "closed exactly once")
        var early = Life()
        early.register(at: at("2026-03-02T09:00"))
        #expect(throws: FollowRefusal.noCallbackDue("T1")) { try early.callBack(.satisfied, at: at("2026-03-02T09:05")) }
    }

    /// R4: the customer says the reported work was not done: a false resolution, charged to the unit that reported
    /// it, and not corrected (S11).
    @Test func aFalseResolutionIsMarkedOnTheUnitThatReportedIt() throws {
        var life = try resolved()
        try life.callBack(.unsatisfied, falseResolution: true, at: at("2026-03-02T11:05"))
        try life.resolve(by: "st-machi", at: at("2026-03-02T16:00"))
        try life.callBack(.satisfied, at: at("2026-03-02T16:05"))
        let closed = try #require(life.closed)
        #expect(closed.falseResolution == .init(unit: "st-machi", at: at("2026-03-02T11:05")))
        #expect(!closed.fourNotLetGo.corrected)
    }
}
