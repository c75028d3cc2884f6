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
            .onTicket(ComplaintRegistered.self, in: followedTickets) { registered, event, ticket in
                follow.registered(registered, at: event.attributes.time, ticket: ticket)
            }
            .onTicket(ComplaintAssigned.self, in: followedTickets) { assignment, event, ticket in
                follow.assigned(assignment, at: event.attributes.time, ticket: ticket)
            }
            .onTicket(CallbackCompleted.self, in: followedTickets) { outcome, event, ticket in
                do throws(FollowRefusal) {
                    return try follow.completed(outcome, at: event.attributes.time, ticket: ticket)
                } catch {
                    throw Rejection(error.description)
                }
            }
            .onKnownTicket(ComplaintMerged.self, in: followedTickets, service: "the callback service") { follow.urged($0, at: $1, ticket: $2) }
            .onKnownTicket(HandlingVerified.self, in: followedTickets, service: "the callback service") { try follow.verified($0, at: $1, ticket: $2) }
            .onKnownTicket(HandlingContacted.self, in: followedTickets, service: "the callback service") { follow.contacted($0, at: $1, ticket: $2) }
            .onKnownTicket(HandlingResolved.self, in: followedTickets, service: "the callback service") { try follow.resolved($0, at: $1, ticket: $2) }
            .onKnownTicket(WarningFiled.self, in: followedTickets, service: "the callback service") { follow.warned($0, at: $1, ticket: $2) }
            .onKnownTicket(AppealDecided.self, in: followedTickets, service: "the callback service") { follow.appealDecided($0, at: $1, ticket: $2) }
            .onKnownTicket(HandlingAccepted.self, in: followedTickets, service: "the callback service") { try follow.reported($0, at: $1, ticket: $2) }
            .onKnownTicket(HandlingUnresolvable.self, in: followedTickets, service: "the callback service") { report, time, ticket in
                try follow.reported(report, at: time, ticket: ticket, summary: report.reason)
            }
            .onKnownTicket(HandlingTransferRequested.self, in: followedTickets, service: "the callback service") { report, time, ticket in
                follow.reported(report, at: time, ticket: ticket, summary: report.reason) { $0.ticket.transferred = true }
            }
            // The leading group's emergency plan, started (E4) and lifted (E7), goes into the closed record.
            .onKnownTicket(EmergencyStarted.self, in: followedTickets, service: "the callback service") { report, time, ticket in
                follow.reported(report, at: time, ticket: ticket, summary: report.reason) { $0.ticket.emergencyStarted = true }
            }
            .onKnownTicket(EmergencyLifted.self, in: followedTickets, service: "the callback service") { try follow.reported($0, at: $1, ticket: $2) }
            .onKnownTicket(AnalysisSubmitted.self, in: followedTickets, service: "the callback service") { report, time, ticket in
                try follow.reported(report, at: time, ticket: ticket, summary: report.cause)
            }
            .onKnownTicket(AppealFiled.self, in: followedTickets, service: "the callback service") { report, time, ticket in
                try follow.reported(report, at: time, ticket: ticket, summary: report.ground.rawValue)
            }
            .onKnownTicket(DeadlineApproaching.self, in: followedTickets, service: "the callback service") { follow.escalationEvent($0, at: $1, ticket: $2) }
            .onKnownTicket(DeadlineMissed.self, in: followedTickets, service: "the callback service") { follow.escalationEvent($0, at: $1, ticket: $2) }
            .onKnownTicket(ComplaintEscalated.self, in: followedTickets, service: "the callback service") { follow.escalationEvent($0, at: $1, ticket: $2) }
            .onKnownTicket(SupervisionOpened.self, in: followedTickets, service: "the callback service") { follow.escalationEvent($0, at: $1, ticket: $2) }
            .onKnownTicket(CommitmentOverdue.self, in: followedTickets, service: "the callback service") { follow.escalationEvent($0, at: $1, ticket: $2) }
            .onKnownTicket(ClockPaused.self, in: followedTickets, service: "the callback service") { follow.escalationEvent($0, at: $1, ticket: $2) }
            .onKnownTicket(ClockResumed.self, in: followedTickets, service: "the callback service") { follow.escalationEvent($0, at: $1, ticket: $2) }
    }

    func fire(_ deadline: Deadline, in context: HandlerContext) throws {
        guard FollowTimer(rawValue: deadline.key.step) == .callback else {
            throw Rejection("deadline \(deadline.key) is not one of the callback service's timers")
        }
        try followedTickets.apply(deadline.key.subject, in: context) { ticket in
            guard let ticket else { throw Rejection("deadline \(deadline.key) belongs to a ticket no longer kept") }
            return follow.overdue(ticket: ticket, at: deadline.dueAt)
        }
    }
}
