import BusinessTime
import Contracts

/// A deadline the calendar cannot place, with the deadline it concerns (a step or a ticket's national bound).
public struct LadderDeadlineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which deadline.
    public enum Deadline: Sendable, Equatable, CustomStringConvertible {
        /// A step of the ladder.
        case step(LadderStepID)
        /// A ticket's first contact under its national bound.
        case ticketContact(TicketType, channel: BoundChannel?)
        /// A ticket's answer under its national bound.
        case ticketAnswer(TicketType, channel: BoundChannel?)

        /// "step H4", "the answer of a 12398 complaint".
        public var description: String {
            switch self {
            case .step(let step): "step \(step.rawValue)"
            case .ticketContact(let type, let channel): "the first contact of a \(Self.name(type, channel))"
            case .ticketAnswer(let type, let channel): "the answer of a \(Self.name(type, channel))"
            }
        }

        private static func name(_ type: TicketType, _ channel: BoundChannel?) -> String {
            channel.map { "\($0.rawValue) \(type.rawValue)" } ?? type.rawValue
        }
    }

    /// The deadline that could not be placed.
    public var deadline: Deadline
    /// Why: usually `yearNotCovered`, a year without a calendar file.
    public var cause: BusinessCalendarError

    /// An error for `deadline`.
    public init(deadline: Deadline, cause: BusinessCalendarError) {
        self.deadline = deadline
        self.cause = cause
    }

    /// "step H4: no calendar file covers 2027; …".
    public var description: String { "\(deadline): \(cause)" }
}
