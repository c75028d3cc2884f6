import BusinessTime
import Contracts
import Foundation
import HandlingLadder
import ServiceKit

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
public typealias WatchDecision = TicketDecision<TicketWatch, WatchedTicket, WatchTimer>

extension WatchDecision {
    /// When the urge of a window from `start` to `due` goes out.
    func urgeTime(from start: Date, to due: Date) -> Date {
        start.addingTimeInterval(due.timeIntervalSince(start) * rules.settings.approachingShare)
    }

    /// Refuses a unit's report about a closed ticket.
    func requireOpen(_ message: String) throws(WatchRefusal) {
        if let closedAt = ticket.closedAt { throw .closed(ticket.ticketNo, at: closedAt, message: message) }
    }
}
