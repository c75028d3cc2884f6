import BusinessTime
@testable import CallbackService
import Contracts
import Foundation
import HandlingLadder
import ServiceKit
import TestFixtures

/// The shipped ladder (services/ladder/limits.json), calendar (services/calendar) and callback settings.
let shippedFollow: TicketFollow = {
    do {
        let limits = try ServiceData(directory: RepositoryFiles.file("services/ladder"))
            .decode(LadderLimits.self, from: LadderLimits.fileName) { $0.problems() }
        return TicketFollow(
            ladder: try Ladder(limits: limits), calendar: try BusinessCalendar(directory: RepositoryFiles.calendars),
            settings: try ServiceData(directory: RepositoryFiles.file("services/callback"))
                .decode(CallbackSettings.self, from: CallbackSettings.fileName))
    } catch { fatalError("shipped callback data: \(error)") }
}()

/// A Beijing time: `at("2026-03-02T09:00")`.
func at(_ text: String) -> Date {
    guard let date = Timestamp.parse(text + ":00+08:00") else { fatalError("not a time: \(text)") }
    return date
}

/// One ticket's life under `TicketFollow` without Kafka or SQLite: its state, its timer, and every event published
/// with its time. `advance(to:)` fires the callback's timer when it falls due.
struct Life {
    let follow = shippedFollow
    let ticketNo: String
    var ticket: FollowedTicket?
    var timer: Date?
    var events: [(time: Date, event: any EventPayload)] = []

    init(_ ticketNo: String = "T1") { self.ticketNo = ticketNo }

    mutating func apply(_ decision: FollowDecision, at time: Date) {
        ticket = decision.ticket
        for effect in decision.effects {
            switch effect {
            case .schedule(_, let due): timer = due
            case .cancel: timer = nil
            case .publish(let event): events.append((time, event))
            }
        }
    }

    mutating func advance(to time: Date) {
        if let due = timer, due <= time {
            timer = nil
            apply(follow.overdue(ticket: ticket!, at: due), at: due)
        }
    }

    mutating func register(
        customer: Customer = Customer(account: "0472-100234", name: "王女士", phone: "13904720001", named: true),
        type: TicketType = .complaint, owner: Owner = Owner(unit: "hotline-95598"), area: String? = "JY-MC",
        dataProblems: [DataProblem]? = nil, at time: Date
    ) {
        advance(to: time)
        let submitted = TicketSubmitted(
            ticketNo: ticketNo, channel: .hotline95598, type: type, category: type == .complaint ? .wrongReading : nil,
            customer: customer, area: area, text: "电费翻倍", receivedAt: time)
        let registered = ComplaintRegistered(
            ticketNo: ticketNo, ticket: submitted,
            classification: .init(category: submitted.category, confidence: 0.9, source: .agent, disagreement: false),
            repeatDemand: .init(verdict: .notRepeat, reason: "first call", ruleIds: [.r1]), riskFlags: [],
            firstOwner: owner, dataProblems: dataProblems)
        apply(follow.registered(registered, at: time, ticket: ticket), at: time)
    }

    mutating func assign(
        _ unit: String = "st-machi", _ tier: Tier = .station, role: UnitRole = .staff, step: LadderStepID = .h2,
        reason: AssignmentReason = .area, at time: Date
    ) throws {
        advance(to: time)
        let due = try follow.ladder.dueAt(step, from: time, calendar: follow.calendar)
        apply(follow.assigned(
            ComplaintAssigned(
                ticketNo: ticketNo, unit: unit, tier: tier, role: role, owner: Owner(unit: "hotline-95598"), reason: reason,
                deadline: .init(step: step.rawValue, dueAt: due)),
            at: time, ticket: ticket), at: time)
    }

    mutating func verify(_ responsibility: Responsibility = .station, by unit: String = "st-machi", at time: Date) throws {
        advance(to: time)
        apply(try follow.verified(
            HandlingVerified(ticketNo: ticketNo, unit: unit, by: "抄表员 李强", responsibility: responsibility),
            at: time, ticket: ticket!), at: time)
    }

    mutating func contact(by unit: String = "st-machi", at time: Date) {
        advance(to: time)
        apply(follow.contacted(
            HandlingContacted(ticketNo: ticketNo, unit: unit, by: "抄表员 李强", method: .phone), at: time, ticket: ticket!),
              at: time)
    }

    mutating func resolve(by unit: String = "st-machi", promising promise: Commitment? = nil, at time: Date) throws {
        advance(to: time)
        apply(try follow.resolved(
            HandlingResolved(ticketNo: ticketNo, unit: unit, by: "抄表员 李强", result: "已更正电量", commitment: promise),
            at: time, ticket: ticket!), at: time)
    }

    mutating func escalation(_ event: any TicketEventPayload, at time: Date) {
        advance(to: time)
        apply(follow.escalationEvent(event, at: time, ticket: ticket!), at: time)
    }

    mutating func callBack(
        _ outcome: CallbackOutcome, method: ContactMethod = .phone, falseResolution: Bool? = nil, at time: Date
    ) throws {
        advance(to: time)
        apply(try follow.completed(
            CallbackCompleted(
                ticketNo: ticketNo, by: "客户代表 张敏", outcome: outcome, method: method, falseResolution: falseResolution),
            at: time, ticket: ticket), at: time)
    }

    func published<P: EventPayload>(_ type: P.Type) -> [P] { events.compactMap { $0.event as? P } }
    var types: [String] { events.map { type(of: $0.event).messageType.rawValue } }
    var closed: ComplaintClosed? { published(ComplaintClosed.self).first }
}
