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
        EventRoutes()
            .on(RegisteredTicket.self) { registration, _, context in
                try apply(registration.ticketNo, in: context) { try watch.registered(registration, ticket: $0) }
            }
            .on(ComplaintMerged.self) { merged, _, context in
                try apply(merged.ticketNo, in: context, message: "complaint.merged") { try watch.urged(by: merged, ticket: known($0)) }
            }
            .on(ComplaintAssigned.self) { assignment, event, context in
                try apply(assignment.ticketNo, in: context) {
                    try watch.assigned(assignment, at: event.attributes.time, ticket: $0)
                }
            }
            .on(HandlingVerified.self) { report, event, context in
                try apply(report.ticketNo, in: context, message: "handling.verified") {
                    try watch.verified(report, at: event.attributes.time, ticket: known($0))
                }
            }
            .on(HandlingContacted.self) { report, event, context in
                try apply(report.ticketNo, in: context, message: "handling.contacted") {
                    try watch.contacted(report, at: event.attributes.time, ticket: known($0))
                }
            }
            .on(HandlingResolved.self) { report, event, context in
                try apply(report.ticketNo, in: context, message: "handling.resolved") {
                    try watch.resolved(report, at: event.attributes.time, ticket: known($0))
                }
            }
            .on(HandlingUnresolvable.self) { report, _, context in
                try apply(report.ticketNo, in: context, message: "handling.unresolvable") {
                    try watch.unresolvable(report, ticket: known($0))
                }
            }
            .on(WarningFiled.self) { report, event, context in
                try apply(report.ticketNo, in: context, message: "warning.filed") {
                    try watch.warned(report, at: event.attributes.time, ticket: known($0))
                }
            }
            .on(EmergencyStarted.self) { report, event, context in
                try apply(report.ticketNo, in: context, message: "emergency.started") {
                    try watch.emergencyStarted(report, at: event.attributes.time, ticket: known($0))
                }
            }
            .on(EmergencyLifted.self) { report, event, context in
                try apply(report.ticketNo, in: context, message: "emergency.lifted") {
                    try watch.emergencyLifted(report, at: event.attributes.time, ticket: known($0))
                }
            }
            .on(AnalysisSubmitted.self) { report, _, context in
                try apply(report.ticketNo, in: context, message: "analysis.submitted") { watch.analysed(report, ticket: try known($0)) }
            }
            .on(CallbackRecorded.self) { callback, _, context in
                try apply(callback.ticketNo, in: context, message: "callback.recorded") {
                    try watch.calledBack(callback, ticket: known($0))
                }
            }
            .on(ComplaintClosed.self) { closed, event, context in
                try apply(closed.ticketNo, in: context, message: "complaint.closed") {
                    try watch.closed(at: event.attributes.time, ticket: known($0))
                }
            }
            .ignoring(
                .handlingAccepted, .handlingTransferRequested,
                because: "acceptance and transfers do not change a step: the assignment that follows a transfer does")
            .ignoring(.appealFiled, .appealDecided, because: "appeals are scoring's (R7)")
            .ignoring(.callbackDue, .callbackOverdue, because: "the callback's own timing is the callback service's (C1)")
    }

    /// Loads the ticket, decides with `decide`, and carries the decision out. A message that needs a ticket escalation
    /// never saw is refused (`known` throws), named by `message`; registrations and assignments create it.
    private func apply(
        _ ticketNo: String, in context: HandlerContext, message: String = "",
        _ decide: (WatchedTicket?) throws -> WatchDecision
    ) throws {
        let stored = try WatchedTicketStore.find(ticketNo, in: context.db)
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
        guard let ticket = try WatchedTicketStore.find(deadline.key.subject, in: context.db) else {
            throw Rejection("deadline \(deadline.key) belongs to a ticket escalation no longer keeps")
        }
        try carryOut(watch.fired(timer, dueAt: deadline.dueAt, ticket: ticket), in: context)
    }

    /// Stores the new state, sets and clears the timers, publishes the events, in the order decided.
    private func carryOut(_ decision: WatchDecision, in context: HandlerContext) throws {
        try WatchedTicketStore.save(decision.ticket, in: context.db)
        let ticketNo = decision.ticket.ticketNo
        for effect in decision.effects {
            switch effect {
            case .schedule(let timer, let time):
                try context.deadlines.schedule(DeadlineKey(subject: ticketNo, step: timer.rawValue), at: time)
            case .cancel(let timer):
                _ = try context.deadlines.cancel(DeadlineKey(subject: ticketNo, step: timer.rawValue))
            case .publish(let event):
                try context.publish(event)
            }
        }
    }
}

/// A message about a ticket escalation has not seen.
private struct UnknownTicket: Error {}

/// The ticket a message is about; throws when escalation has never seen it.
private func known(_ ticket: WatchedTicket?) throws -> WatchedTicket {
    guard let ticket else { throw UnknownTicket() }
    return ticket
}
