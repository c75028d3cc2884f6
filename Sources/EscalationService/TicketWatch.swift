import BusinessTime
import Contracts
import Foundation
import HandlingLadder

/// The escalation rules (H2–H10, P2, C2, E3–E8, R5 and the national bounds) as plain functions: each takes a
/// ticket's state and one thing that happened, and gives the new state with the timers to set or clear and the
/// events to publish. No clock, no store: the time of each input is passed in.
public struct TicketWatch: Sendable {
    /// The steps' limits and the national bounds, shared with routing.
    public let ladder: Ladder
    public let calendar: BusinessCalendar
    public let settings: EscalationSettings

    public init(ladder: Ladder, calendar: BusinessCalendar, settings: EscalationSettings) {
        self.ladder = ladder
        self.calendar = calendar
        self.settings = settings
    }

    /// A decision in progress about one ticket.
    func deciding(_ ticket: WatchedTicket) -> WatchDecision { WatchDecision(rules: self, ticket: ticket) }
}

/// The outcome of applying one input to a ticket: its new state, and the effects in the order they were decided.
public struct WatchDecision: Sendable {
    let rules: TicketWatch
    public internal(set) var ticket: WatchedTicket
    public internal(set) var effects: [WatchEffect] = []

    /// The events, in publishing order.
    public var published: [any EventPayload] {
        effects.compactMap { if case .publish(let event) = $0 { event } else { nil } }
    }

    mutating func publish(_ event: some EventPayload) { effects.append(.publish(event)) }
    mutating func schedule(_ timer: WatchTimer, at time: Date) { effects.append(.schedule(timer, at: time)) }
    mutating func cancel(_ timer: WatchTimer) { effects.append(.cancel(timer)) }

    /// When the urge of a window from `start` to `due` goes out.
    func urgeTime(from start: Date, to due: Date) -> Date {
        start.addingTimeInterval(due.timeIntervalSince(start) * rules.settings.approachingShare)
    }

    /// Refuses a unit's report about a closed ticket.
    func requireOpen(_ message: String) throws(WatchRefusal) {
        if let closedAt = ticket.closedAt { throw .closed(ticket.ticketNo, at: closedAt, message: message) }
    }
}

extension Level {
    /// V is 0, I is 4: a higher rank needed a higher tier.
    var rank: Int { Level.allCases.firstIndex(of: self)! }

    /// The higher of two levels, `nil` counting as none.
    static func highest(_ current: Level?, _ reached: Level) -> Level {
        guard let current, current.rank >= reached.rank else { return reached }
        return current
    }
}
