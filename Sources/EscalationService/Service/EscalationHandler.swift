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
            .on(RegisteredTicket.self) { registration, _, context in
                try apply(registration.ticketNo, in: context, message: "") { try watch.registered(registration, ticket: $0) }
            }
            .on(ComplaintAssigned.self) { assignment, event, context in
                try apply(assignment.ticketNo, in: context, message: "") {
                    try watch.assigned(assignment, at: event.attributes.time, ticket: $0)
                }
            }
            .about(ComplaintMerged.self, handler: self) { payload, _, ticket in watch.urged(by: payload, ticket: ticket) }
            .about(HandlingVerified.self, handler: self) { try watch.verified($0, at: $1, ticket: $2) }
            .about(HandlingContacted.self, handler: self) { try watch.contacted($0, at: $1, ticket: $2) }
            .about(HandlingResolved.self, handler: self) { try watch.resolved($0, at: $1, ticket: $2) }
            .about(HandlingUnresolvable.self, handler: self) { report, _, ticket in try watch.unresolvable(report, ticket: ticket) }
            .about(WarningFiled.self, handler: self) { try watch.warned($0, at: $1, ticket: $2) }
            .about(EmergencyStarted.self, handler: self) { try watch.emergencyStarted($0, at: $1, ticket: $2) }
            .about(EmergencyLifted.self, handler: self) { try watch.emergencyLifted($0, at: $1, ticket: $2) }
            .about(AnalysisSubmitted.self, handler: self) { report, _, ticket in watch.analysed(report, ticket: ticket) }
            .about(CallbackRecorded.self, handler: self) { callback, _, ticket in try watch.calledBack(callback, ticket: ticket) }
            .about(ComplaintClosed.self, handler: self) { _, time, ticket in try watch.closed(at: time, ticket: ticket) }
            .ignoring(
                .handlingAccepted, .handlingTransferRequested,
                because: "acceptance and transfers do not change a step: the assignment that follows a transfer does")
            .ignoring(.appealFiled, .appealDecided, because: "appeals are scoring's (R7)")
            .ignoring(.callbackDue, .callbackOverdue, because: "the callback's own timing is the callback service's (C1)")
    }

    /// Loads the ticket, decides with `decide`, and carries the decision out. A message that needs a ticket escalation
    /// never saw is refused (`known` throws), named by `message`; registrations and assignments create it.
    fileprivate func apply(
        _ ticketNo: String, in context: HandlerContext, message: String,
        _ decide: (WatchedTicket?) throws -> WatchDecision
    ) throws {
        let stored = try watchedTickets.find(ticketNo, in: context.db)
        let decision: WatchDecision
        do {
            decision = try decide(stored)
        } catch let refusal as WatchRefusal {
            throw Rejection(refusal.description)
        } catch is UnknownTicket {
            throw Rejection(WatchRefusal.unknownTicket(ticketNo, message: message).description)
        }
        try carryOut(decision, in: context)
    }

    func fire(_ deadline: Deadline, in context: HandlerContext) throws {
        guard let timer = WatchTimer(rawValue: deadline.key.step) else {
            throw Rejection("deadline \(deadline.key) is not one of escalation's timers")
        }
        guard let ticket = try watchedTickets.find(deadline.key.subject, in: context.db) else {
            throw Rejection("deadline \(deadline.key) belongs to a ticket escalation no longer keeps")
        }
        try carryOut(watch.fired(timer, dueAt: deadline.dueAt, ticket: ticket), in: context)
    }

    /// Stores the new state, sets and clears the timers, publishes the events, in the order decided.
    private func carryOut(_ decision: WatchDecision, in context: HandlerContext) throws {
        try watchedTickets.save(decision.ticket, of: decision.ticket.ticketNo, closedAt: decision.ticket.closedAt, in: context.db)
        try context.carryOut(decision.effects, about: decision.ticket.ticketNo)
    }
}

/// A message about a ticket escalation has not seen.
private struct UnknownTicket: Error {}

/// The ticket a message is about; throws when escalation has never seen it.
private func known(_ ticket: WatchedTicket?) throws -> WatchedTicket {
    guard let ticket else { throw UnknownTicket() }
    return ticket
}

extension EventRoutes {
    /// Applies `Payload`, about a ticket escalation must already know, with `rule` at the event's time.
    fileprivate func about<Payload: TicketEventPayload>(
        _ type: Payload.Type, handler: EscalationHandler,
        _ rule: @escaping @Sendable (Payload, Date, WatchedTicket) throws -> WatchDecision
    ) -> EventRoutes {
        on(type) { payload, event, context in
            try handler.apply(payload.ticketNo, in: context, message: Payload.messageType.rawValue) {
                try rule(payload, event.attributes.time, known($0))
            }
        }
    }
}
