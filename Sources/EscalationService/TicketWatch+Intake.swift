import Contracts
import Foundation
import HandlingLadder

/// What escalation reads of a registration: the ticket's type, channel and arrival, for the national bound.
public struct RegisteredTicket: TicketPayloadView, Decodable, Sendable, Equatable {
    public static let messageType = MessageType.complaintRegistered

    public var ticketNo: String
    public var type: TicketType
    public var channel: Channel
    public var receivedAt: Date

    public init(ticketNo: String, type: TicketType, channel: Channel, receivedAt: Date) {
        self.ticketNo = ticketNo
        self.type = type
        self.channel = channel
        self.receivedAt = receivedAt
    }

    private enum Member: String, CodingKey { case ticketNo, ticket, type, channel, receivedAt }

    public init(from decoder: any Decoder) throws {
        let body = try decoder.container(keyedBy: Member.self)
        let ticket = try body.nestedContainer(keyedBy: Member.self, forKey: .ticket)
        ticketNo = try body.decode(String.self, forKey: .ticketNo)
        type = try ticket.decode(TicketType.self, forKey: .type)
        channel = try ticket.decode(Channel.self, forKey: .channel)
        receivedAt = try ticket.decode(Date.self, forKey: .receivedAt)
    }
}

extension TicketWatch {
    /// A registration sets the national bound on the whole ticket (4 working days for a complaint, 9 for a report,
    /// 10 and 7 through 12398 and 12345), from its arrival. A ticket type the limits file does not bound
    /// (consultation, repair, praise) is not watched: a step an early assignment started is stopped. A registration
    /// seen before changes nothing.
    public func registered(_ registration: RegisteredTicket, ticket: WatchedTicket?) throws -> WatchDecision {
        var decision = deciding(ticket ?? WatchedTicket(ticketNo: registration.ticketNo))
        guard decision.ticket.type == nil else { return decision }
        decision.ticket.type = registration.type
        decision.ticket.channel = registration.channel
        decision.ticket.receivedAt = registration.receivedAt
        if let bound = ladder.bound(for: registration.type, channel: registration.channel) {
            decision.ticket.answerBy = try bound.deadlines(receivedAt: registration.receivedAt, calendar: calendar).answerBy
            decision.scheduleBound()
        } else {
            decision.endStep()
        }
        return decision
    }

    /// A customer's call about the open ticket (R3c): counted, and passed to the unit as an urge (催办) on the step
    /// it is on, due when it was due: an urge shortens nothing.
    public func urged(by merged: ComplaintMerged, ticket: WatchedTicket) -> WatchDecision {
        var decision = deciding(ticket)
        decision.ticket.urges += 1
        decision.ticket.customerUrges += 1
        if let step = ticket.step, let holder = ticket.holder, !ticket.isClosed {
            decision.publish(DeadlineApproaching(
                ticketNo: ticket.ticketNo, step: step.id.rawValue, dueAt: step.dueAt, tier: holder.tier,
                unit: holder.unit, urge: decision.ticket.urges))
        }
        return decision
    }
}
