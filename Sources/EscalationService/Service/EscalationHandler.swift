import Contracts
import Foundation
import GRDB
import ServiceKit
import ServiceStore

/// Applies what escalation consumes to each ticket's state with `TicketWatch`, and carries out its decisions in the
/// batch's transaction: the ticket's new state, its timers in the shared deadline store, its events.
struct EscalationHandler: EventHandler {
    let watch: TicketWatch

    var routes: EventRoutes {
        let watch = self.watch
        return EventRoutes()
            // Registrations and assignments may come first for a ticket; everything else needs one seen before.
            .onTicket(RegisteredTicket.self, in: watchedTickets) { registration, _, ticket in
                try watch.registered(registration, ticket: ticket)
            }
            .onTicket(ComplaintAssigned.self, in: watchedTickets) { assignment, event, ticket in
                try rejectingRefusals { try watch.assigned(assignment, at: event.attributes.time, ticket: ticket) }
            }
            .about(ComplaintMerged.self) { payload, _, ticket in watch.urged(by: payload, ticket: ticket) }
            .about(HandlingVerified.self) { try watch.verified($0, at: $1, ticket: $2) }
            .about(HandlingContacted.self) { try watch.contacted($0, at: $1, ticket: $2) }
            .about(HandlingResolved.self) { try watch.resolved($0, at: $1, ticket: $2) }
            .about(HandlingUnresolvable.self) { report, _, ticket in try watch.unresolvable(report, ticket: ticket) }
            .about(WarningFiled.self) { try watch.warned($0, at: $1, ticket: $2) }
            .about(EmergencyStarted.self) { try watch.emergencyStarted($0, at: $1, ticket: $2) }
            .about(EmergencyLifted.self) { try watch.emergencyLifted($0, at: $1, ticket: $2) }
            .about(AnalysisSubmitted.self) { report, _, ticket in watch.analysed(report, ticket: ticket) }
            .about(CallbackRecorded.self) { callback, _, ticket in try watch.calledBack(callback, ticket: ticket) }
            .about(ComplaintClosed.self) { _, time, ticket in try watch.closed(at: time, ticket: ticket) }
            .ignoring(
                .handlingAccepted, .handlingTransferRequested,
                because: "acceptance and transfers do not change a step: the assignment that follows a transfer does")
            .ignoring(.appealFiled, .appealDecided, because: "appeals are scoring's (R7)")
            .ignoring(.callbackDue, .callbackOverdue, because: "the callback's own timing is the callback service's (C1)")
    }

    func fire(_ deadline: Deadline, in context: HandlerContext) throws {
        guard let timer = WatchTimer(rawValue: deadline.key.step) else {
            throw Rejection("deadline \(deadline.key) is not one of escalation's timers")
        }
        try watchedTickets.apply(deadline.key.subject, in: context) { ticket in
            guard let ticket else { throw Rejection("deadline \(deadline.key) belongs to a ticket escalation no longer keeps") }
            return watch.fired(timer, dueAt: deadline.dueAt, ticket: ticket)
        }
    }
}

/// `decide`, with a refusal of escalation's rules turned into the dead letter's reason.
private func rejectingRefusals(_ decide: () throws -> WatchDecision) throws -> WatchDecision {
    do { return try decide() } catch let refusal as WatchRefusal { throw Rejection(refusal.description) }
}

extension EventRoutes {
    /// Applies `Payload`, about a ticket escalation must already know, with `rule` at the event's time.
    fileprivate func about<Payload: TicketEventPayload>(
        _ type: Payload.Type, _ rule: @escaping @Sendable (Payload, Date, WatchedTicket) throws -> WatchDecision
    ) -> EventRoutes {
        onKnownTicket(type, in: watchedTickets, service: EscalationService.name) { payload, time, ticket in
            try rejectingRefusals { try rule(payload, time, ticket) }
        }
    }
}
