import BusinessTime
import Contracts
@testable import EscalationService
import Foundation
import HandlingLadder
import ServiceKit
import TestFixtures

/// The shipped ladder (services/ladder/limits.json) and calendar (services/calendar), default settings.
let shippedWatch: TicketWatch = {
    do {
        let limits = try ServiceData(directory: RepositoryFiles.file("services/ladder"))
            .decode(LadderLimits.self, from: LadderLimits.fileName) { $0.problems() }
        return TicketWatch(
            ladder: try Ladder(limits: limits), calendar: try BusinessCalendar(directory: RepositoryFiles.calendars),
            settings: try ServiceData(directory: RepositoryFiles.file("services/escalation"))
                .decode(EscalationSettings.self, from: EscalationSettings.fileName))
    } catch { fatalError("shipped escalation data: \(error)") }
}()

/// A Beijing time written as in the contracts: `at("2026-03-02T09:00")`.
func at(_ text: String) -> Date {
    guard let date = Timestamp.parse(text + ":00+08:00") else { fatalError("not a time: \(text)") }
    return date
}

/// One ticket's life under `TicketWatch` without Kafka or SQLite: its state, its timers as the deadline store would
/// hold them, and every event published, each with its time. `advance(to:)` fires the due timers oldest first, as
/// the runtime does.
struct Story {
    var watch = shippedWatch
    var ticket: WatchedTicket?
    var timers: [WatchTimer: Date] = [:]
    var events: [(time: Date, event: any EventPayload)] = []
    var now: Date

    init(_ ticketNo: String = "T1", at start: Date, watch: TicketWatch = shippedWatch) {
        self.watch = watch
        now = start
        ticket = nil
        self.ticketNo = ticketNo
    }

    let ticketNo: String

    /// Carries out a decision as the handler does.
    mutating func apply(_ decision: WatchDecision) {
        ticket = decision.ticket
        for effect in decision.effects {
            switch effect {
            case .schedule(let timer, let time): timers[timer] = time
            case .cancel(let timer): timers[timer] = nil
            case .publish(let event): events.append((now, event))
            }
        }
    }

    /// Moves the clock to `time`, firing every timer due by then in due order (ties: the order of `WatchTimer`).
    mutating func advance(to time: Date) {
        while let (timer, due) = timers.filter({ $0.value <= time })
            .min(by: { ($0.value, WatchTimer.allCases.firstIndex(of: $0.key)!) < ($1.value, WatchTimer.allCases.firstIndex(of: $1.key)!) })
        {
            timers[timer] = nil
            now = due
            apply(watch.fired(timer, dueAt: due, ticket: ticket!))
        }
        now = time
    }

    // MARK: Inputs, each at `time` after the due timers before it fired.

    mutating func register(_ type: TicketType = .complaint, channel: Channel = .hotline95598, at time: Date) throws {
        advance(to: time)
        apply(try watch.registered(
            RegisteredTicket(ticketNo: ticketNo, type: type, channel: channel, receivedAt: time), ticket: ticket))
    }

    mutating func assign(
        _ unit: String, _ tier: Tier = .station, role: UnitRole = .staff, step: LadderStepID,
        reason: AssignmentReason = .area, at time: Date
    ) throws {
        advance(to: time)
        let due = try watch.ladder.dueAt(step, from: time, calendar: watch.calendar)
        apply(try watch.assigned(
            ComplaintAssigned(
                ticketNo: ticketNo, unit: unit, tier: tier, role: role, owner: Owner(unit: "hotline-95598"), reason: reason,
                deadline: .init(step: step.rawValue, dueAt: due)),
            at: time, ticket: ticket))
    }

    mutating func verify(_ responsibility: Responsibility, by unit: String = "st-machi", at time: Date) throws {
        advance(to: time)
        apply(try watch.verified(
            HandlingVerified(ticketNo: ticketNo, unit: unit, by: "工作人员 李娜", responsibility: responsibility),
            at: time, ticket: ticket!))
    }

    mutating func contact(by unit: String = "st-machi", at time: Date) throws {
        advance(to: time)
        apply(try watch.contacted(
            HandlingContacted(ticketNo: ticketNo, unit: unit, by: "工作人员 李娜", method: .phone), at: time, ticket: ticket!))
    }

    mutating func resolve(by unit: String = "st-machi", promising promise: Commitment? = nil, at time: Date) throws {
        advance(to: time)
        apply(try watch.resolved(
            HandlingResolved(ticketNo: ticketNo, unit: unit, by: "工作人员 李娜", result: "已处理", commitment: promise),
            at: time, ticket: ticket!))
    }

    mutating func callBack(_ outcome: CallbackOutcome, at time: Date) throws {
        advance(to: time)
        apply(try watch.calledBack(
            CallbackRecorded(
                ticketNo: ticketNo, unit: "csc", tier: .csc, outcome: outcome, method: .phone, by: "客户代表 张敏", attempt: 1),
            ticket: ticket!))
    }

    mutating func close(at time: Date) throws {
        advance(to: time)
        apply(try watch.closed(at: time, ticket: ticket!))
    }

    /// The events of type `P`, in order.
    func published<P: EventPayload>(_ type: P.Type) -> [P] { events.compactMap { $0.event as? P } }

    /// The types published, in order.
    var types: [String] { events.map { type(of: $0.event).messageType.rawValue } }
}
