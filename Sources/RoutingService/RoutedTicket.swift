import Units
import Contracts

/// What routing remembers of a ticket between decisions: its owner, where it is, and every place it has been.
public struct RoutedTicket: Sendable, Equatable {
    /// The ticket.
    public var ticketNo: String
    /// The first-question owner (P1).
    public var owner: Owner
    /// Every placement in order, the current one last; never empty.
    public private(set) var history: [Placement]

    /// The ticket as its first assignment leaves it.
    public init(ticketNo: String, first: Assignment) {
        self.ticketNo = ticketNo
        self.owner = first.owner
        self.history = [first.placement]
    }

    /// The ticket as routing stored it; `history` holds at least the first placement.
    public init(ticketNo: String, owner: Owner, history: [Placement]) {
        precondition(!history.isEmpty, "a routed ticket has been placed at least once")
        self.ticketNo = ticketNo
        self.owner = owner
        self.history = history
    }

    /// Where the work is now.
    public var placement: Placement { history[history.count - 1] }

    /// Whether the ticket was at `unit` before its current placement.
    public func hadBefore(_ unit: String) -> Bool { history.dropLast().contains { $0.unit == unit } }

    /// The ticket after `assignment`.
    public func moved(by assignment: Assignment) -> RoutedTicket {
        var next = self
        next.history.append(assignment.placement)
        return next
    }
}
