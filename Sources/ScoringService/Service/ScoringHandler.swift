import Contracts
import Foundation
import GRDB
import ServiceKit
import ServiceStore

/// Applies every complaint topic to the tickets' scores with `TicketScoring`, and runs the bureau's calendar: the
/// daily, weekly and monthly reports and the year-end bonus.
struct ScoringHandler: EventHandler {
    let scoring: TicketScoring
    let bureau: BureauTimers

    var routes: EventRoutes {
        let (scoring, bureau) = (scoring, bureau)
        return EventRoutes()
            .on(RegisteredFacts.self) { facts, event, context in
                try bureau.ensure(from: event.attributes.time, in: context)
                let earlierNo = facts.repeatDemand.matchedTicketNo
                let earlier = try earlierNo.flatMap { try scoredTickets.find($0, in: context.db) }
                var comeback: ScoringDecision?
                try ScoringBook.apply(facts.ticketNo, in: context) { ticket in
                    let decisions = scoring.registered(facts, cause: ScoringCause(event), ticket: ticket, earlier: earlier)
                    comeback = decisions.earlier
                    return decisions.ticket
                }
                if let comeback { try ScoringBook.carryOut(comeback, from: earlier, in: context) }
            }
            .on(ComplaintMerged.self) { merge, event, context in
                try ScoringBook.applyKnown(merge.ticketNo, type: .complaintMerged, in: context) { scoring.urged(merge, ticket: $0) }
            }
            .on(ComplaintAssigned.self) { assignment, event, context in
                try bureau.ensure(from: event.attributes.time, in: context)
                try ScoringBook.apply(assignment.ticketNo, in: context) { scoring.assigned(assignment, ticket: $0) }
            }
            .on(HandlingVerified.self) { report, _, context in
                try ScoringBook.applyKnown(report.ticketNo, type: .handlingVerified, in: context) { scoring.verified(report, ticket: $0) }
            }
            .on(WarningFiled.self) { warning, event, context in
                try ScoringBook.applyKnown(warning.ticketNo, type: .warningFiled, in: context) {
                    scoring.warned(warning, cause: ScoringCause(event), ticket: $0)
                }
            }
            .on(AnalysisSubmitted.self) { analysis, event, context in
                try ScoringBook.applyKnown(analysis.ticketNo, type: .analysisSubmitted, in: context) {
                    scoring.analysed(analysis, cause: ScoringCause(event), ticket: $0)
                }
            }
            .on(AppealFiled.self) { appeal, _, context in
                try ScoringBook.applyKnown(appeal.ticketNo, type: .appealFiled, in: context) { scoring.appealFiled(appeal, ticket: $0) }
            }
            .on(AppealDecided.self) { appeal, event, context in
                try ScoringBook.applyKnown(appeal.ticketNo, type: .appealDecided, in: context) {
                    scoring.appealDecided(appeal, cause: ScoringCause(event), ticket: $0)
                }
            }
            .on(DeadlineMissed.self) { missed, event, context in
                guard missed.step == "E8" else { return }
                try ScoringBook.applyKnown(missed.ticketNo, type: .deadlineMissed, in: context) {
                    scoring.analysisMissed(missed, cause: ScoringCause(event), ticket: $0)
                }
            }
            .on(ClosedFacts.self) { facts, event, context in
                try ScoringBook.applyKnown(facts.ticketNo, type: .complaintClosed, in: context) { ticket in
                    let earlier = try ticket.registration?.matchedTicketNo.flatMap { try scoredTickets.find($0, in: context.db) }
                    return scoring.closed(facts, cause: ScoringCause(event), ticket: ticket, earlier: earlier)
                }
            }
            .ignoring(
                .handlingAccepted, .handlingContacted, .handlingResolved, .handlingUnresolvable,
                .handlingTransferRequested, .emergencyStarted, .emergencyLifted,
                because: "the closed record tells what scoring needs of the handling")
            .ignoring(
                .deadlineApproaching, .complaintEscalated, .supervisionOpened, .commitmentOverdue, .clockPaused,
                .clockResumed, because: "the closed record carries the steps, the level and the commitments")
            .ignoring(
                .callbackDue, .callbackOverdue, .callbackRecorded,
                because: "the closed record carries the callbacks and their outcome")
    }

    func fire(_ deadline: Deadline, in context: HandlerContext) throws {
        let cause = ScoringCause(id: "\(deadline.key):\(Int(deadline.dueAt.timeIntervalSince1970))", at: deadline.dueAt)
        if deadline.key.subject == BureauTimers.subject {
            return try bureau.fire(deadline, in: context)
        }
        guard let timer = ScoringTimer(rawValue: deadline.key.step) else {
            throw Rejection("deadline \(deadline.key) is not one of scoring's timers")
        }
        try ScoringBook.applyKnown(deadline.key.subject, type: .complaintClosed, in: context) {
            scoring.fire(timer, cause: cause, ticket: $0)
        }
    }
}
