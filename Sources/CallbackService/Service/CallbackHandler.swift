import Contracts
import Foundation
import GRDB
import ServiceKit
import ServiceStore

/// Applies what the callback service consumes to each ticket's state with `TicketFollow`, and carries out its
/// decisions in the batch's transaction: the state, the callback's timer, the events.
struct CallbackHandler: EventHandler {
    let follow: TicketFollow

    var routes: EventRoutes {
        let follow = self.follow
        return EventRoutes()
            .on(ComplaintRegistered.self) { registered, event, context in
                try apply(registered.ticketNo, in: context) { follow.registered(registered, at: event.attributes.time, ticket: $0) }
            }
            .on(ComplaintAssigned.self) { assignment, event, context in
                try apply(assignment.ticketNo, in: context) { follow.assigned(assignment, at: event.attributes.time, ticket: $0) }
            }
            .on(CallbackCompleted.self) { outcome, event, context in
                try apply(outcome.ticketNo, in: context) { ticket in
                    do throws(FollowRefusal) {
                        return try follow.completed(outcome, at: event.attributes.time, ticket: ticket)
                    } catch {
                        throw Rejection(error.description)
                    }
                }
            }
            .following(ComplaintMerged.self, handler: self) { follow.urged($0, at: $1, ticket: $2) }
            .following(HandlingVerified.self, handler: self) { try follow.verified($0, at: $1, ticket: $2) }
            .following(HandlingContacted.self, handler: self) { follow.contacted($0, at: $1, ticket: $2) }
            .following(HandlingResolved.self, handler: self) { try follow.resolved($0, at: $1, ticket: $2) }
            .following(WarningFiled.self, handler: self) { follow.warned($0, at: $1, ticket: $2) }
            .following(AppealDecided.self, handler: self) { follow.appealDecided($0, at: $1, ticket: $2) }
            .following(HandlingAccepted.self, handler: self) { try follow.reported($0, at: $1, ticket: $2) }
            .following(HandlingUnresolvable.self, handler: self) { report, time, ticket in
                try follow.reported(report, at: time, ticket: ticket, summary: report.reason)
            }
            .following(HandlingTransferRequested.self, handler: self) { report, time, ticket in
                try follow.reported(report, at: time, ticket: ticket, summary: report.reason) { $0.ticket.transferred = true }
            }
            .following(EmergencyStarted.self, handler: self) { report, time, ticket in
                try follow.reported(report, at: time, ticket: ticket, summary: report.reason) { $0.ticket.emergencyStarted = true }
            }
            .following(EmergencyLifted.self, handler: self) { try follow.reported($0, at: $1, ticket: $2) }
            .following(AnalysisSubmitted.self, handler: self) { report, time, ticket in
                try follow.reported(report, at: time, ticket: ticket, summary: report.cause)
            }
            .following(AppealFiled.self, handler: self) { report, time, ticket in
                try follow.reported(report, at: time, ticket: ticket, summary: report.ground.rawValue)
            }
            .following(DeadlineApproaching.self, handler: self) { follow.escalationEvent($0, at: $1, ticket: $2) }
            .following(DeadlineMissed.self, handler: self) { follow.escalationEvent($0, at: $1, ticket: $2) }
            .following(ComplaintEscalated.self, handler: self) { follow.escalationEvent($0, at: $1, ticket: $2) }
            .following(SupervisionOpened.self, handler: self) { follow.escalationEvent($0, at: $1, ticket: $2) }
            .following(CommitmentOverdue.self, handler: self) { follow.escalationEvent($0, at: $1, ticket: $2) }
            .following(ClockPaused.self, handler: self) { follow.escalationEvent($0, at: $1, ticket: $2) }
            .following(ClockResumed.self, handler: self) { follow.escalationEvent($0, at: $1, ticket: $2) }
    }

    /// Loads the ticket, decides with `decide`, stores the state and carries the effects out.
    fileprivate func apply(_ ticketNo: String, in context: HandlerContext, _ decide: (FollowedTicket?) throws -> FollowDecision) throws {
        let decision = try decide(try followedTickets.find(ticketNo, in: context.db))
        try followedTickets.save(decision.ticket, of: ticketNo, closedAt: decision.ticket.closedAt, in: context.db)
        try context.carryOut(decision.effects, about: ticketNo)
    }

    func fire(_ deadline: Deadline, in context: HandlerContext) throws {
        guard FollowTimer(rawValue: deadline.key.step) == .callback else {
            throw Rejection("deadline \(deadline.key) is not one of the callback service's timers")
        }
        try apply(deadline.key.subject, in: context) { ticket in
            guard let ticket else { throw Rejection("deadline \(deadline.key) belongs to a ticket no longer kept") }
            return follow.overdue(ticket: ticket, at: deadline.dueAt)
        }
    }
}

extension EventRoutes {
    /// Applies `Payload`, about a ticket the service follows, with `rule` at the event's time. A message about a
    /// ticket it has not seen registered or assigned is refused: no unit reports on a ticket before routing placed
    /// it, and a callback for a ticket without its registration could reach nobody.
    fileprivate func following<Payload: TicketEventPayload>(
        _ type: Payload.Type, handler: CallbackHandler,
        _ rule: @escaping @Sendable (Payload, Date, FollowedTicket) throws -> FollowDecision
    ) -> EventRoutes {
        on(type) { payload, event, context in
            try handler.apply(payload.ticketNo, in: context) { ticket in
                guard let ticket else {
                    throw Rejection(
                        "\(Payload.messageType.rawValue) for ticket \(payload.ticketNo), which the callback service has never "
                            + "seen registered or assigned")
                }
                return try rule(payload, event.attributes.time, ticket)
            }
        }
    }
}
