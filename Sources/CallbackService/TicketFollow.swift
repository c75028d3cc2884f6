import BusinessTime
import Contracts
import Foundation
import HandlingLadder
import ServiceKit

/// The callback rules (C1–C3, H10, C2's outcomes, S1, S11, R4) as plain functions: each takes a ticket's state and
/// one thing that happened, and gives the new state with the timer to set or clear and the events to publish. It
/// also keeps each ticket's story, which `complaint.closed` tells once, when the loop is complete.
public struct TicketFollow: Sendable {
    /// The callbacks' limits (C1, C3: 10 minutes; H10: 1 working day) and the steps', shared with routing and
    /// escalation.
    public let ladder: Ladder
    public let calendar: BusinessCalendar
    public let settings: CallbackSettings

    public init(ladder: Ladder, calendar: BusinessCalendar, settings: CallbackSettings) {
        self.ladder = ladder
        self.calendar = calendar
        self.settings = settings
    }

    func deciding(_ ticket: FollowedTicket) -> FollowDecision { FollowDecision(rules: self, ticket: ticket) }
}

/// The outcome of applying one input to a ticket.
public typealias FollowDecision = TicketDecision<TicketFollow, FollowedTicket, FollowTimer>

/// Why the callback service cannot apply a message; it is dead-lettered with this text.
public enum FollowRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// A callback outcome for a ticket the service has never seen.
    case unknownTicket(String)
    /// A callback outcome with no callback due: no result reported since the last outcome.
    case noCallbackDue(String)
    /// A callback outcome for a closed ticket.
    case closed(String, at: Date)

    public var description: String {
        switch self {
        case .unknownTicket(let ticket):
            "callback.completed for ticket \(ticket), which the callback service has never seen registered"
        case .noCallbackDue(let ticket):
            "callback.completed for ticket \(ticket), but no callback is due: no unit has reported a result since "
                + "the last callback outcome (a duplicate outcome, or one before the result)"
        case .closed(let ticket, let at):
            "callback.completed for ticket \(ticket), which closed at \(Timestamp.format(at)); nothing is due after the close"
        }
    }
}

extension FollowDecision {
    /// Adds an event of the ticket to its story.
    mutating func note(
        _ type: MessageType, at time: Date, unit: String? = nil, tier: Tier? = nil, by: String? = nil, summary: String? = nil
    ) {
        ticket.timeline.append(.init(at: time, type: type, unit: unit, tier: tier, by: by, summary: summary))
    }

    /// The tier of `unit` as far as the ticket's moves tell it: the holder's when it holds the ticket.
    func tier(of unit: String) -> Tier? {
        ticket.holder.flatMap { $0.unit == unit ? $0.tier : nil }
    }

    /// The limit of a ladder step, in words, for the story.
    func limit(of step: LadderStepID) -> String { rules.ladder.step(step).limit.description }
}
