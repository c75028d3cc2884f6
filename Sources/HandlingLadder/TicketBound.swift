import BusinessTime
import Contracts
import Foundation

/// A national limit on a whole ticket of one type (and channel): the seed's steps govern each step, this bounds them
/// all (domain, "National time limits").
public struct TicketBound: Sendable, Equatable {
    /// The ticket type it bounds.
    public var type: TicketType
    /// The channel it is limited to; nil for every channel without a bound of its own.
    public var channel: BoundChannel?
    /// The national first contact (95598 complaint: 24 hours), reported against but not escalated on (H4 governs);
    /// nil when the bound sets none.
    public var contact: TimeLimit?
    /// Handled and answered (closed, for 12398 and 12345).
    public var answer: TimeLimit

    /// A bound.
    public init(type: TicketType, channel: BoundChannel? = nil, contact: TimeLimit? = nil, answer: TimeLimit) {
        self.type = type
        self.channel = channel
        self.contact = contact
        self.answer = answer
    }

    /// The ticket's deadlines when it was received at `receivedAt`.
    public func deadlines(
        receivedAt: Date, calendar: BusinessCalendar
    ) throws(LadderDeadlineError) -> TicketDeadlines {
        var contactBy: Date?
        if let contact {
            do {
                contactBy = try contact.due(from: receivedAt, calendar: calendar)
            } catch {
                throw LadderDeadlineError(deadline: .ticketContact(type, channel: channel), cause: error)
            }
        }
        do {
            return TicketDeadlines(contactBy: contactBy, answerBy: try answer.due(from: receivedAt, calendar: calendar))
        } catch {
            throw LadderDeadlineError(deadline: .ticketAnswer(type, channel: channel), cause: error)
        }
    }
}

/// When a ticket as a whole is due under its national bound.
public struct TicketDeadlines: Sendable, Equatable {
    /// The national first-contact figure, when the bound sets one: for reporting against it, not for escalating,
    /// because H4 governs the first-contact step (domain: the seed rule governs the step).
    public var contactBy: Date?
    /// The answer (or closing).
    public var answerBy: Date

    /// Deadlines.
    public init(contactBy: Date? = nil, answerBy: Date) {
        self.contactBy = contactBy
        self.answerBy = answerBy
    }
}
