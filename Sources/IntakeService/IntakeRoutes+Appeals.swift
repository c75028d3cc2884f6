import Contracts
import ServiceKit

/// What intake takes from the units' reports (`units.reports`): only the decision on an appeal. A demand found
/// malicious or unreasonable after its ticket closed must still keep later calls about it out of the repeat counts
/// (R3a, R7), and `complaint.closed` has already been published by then.
extension EventRoutes {
    func appealsDecided() -> EventRoutes {
        on(AppealDecided.self) { appeal, event, context in
            // Upheld: found malicious or unreasonable from the decision's time on (the report's `ce_time`); a
            // rejected appeal changes nothing.
            guard appeal.decision == .upheld else { return }
            try TicketRegister.mark(appeal.ticketNo, .malicious, at: event.attributes.time, in: context.db)
        }
        .ignoring(
            .handlingAccepted, .handlingVerified, .handlingContacted, .handlingResolved, .handlingUnresolvable,
            .handlingTransferRequested, .warningFiled, .emergencyStarted, .emergencyLifted, .analysisSubmitted,
            .appealFiled,
            because: "a unit's handling, warnings, analyses and filed appeals do not change whether a ticket is open, "
                + "overdue, finished or found malicious; escalation and callback report those")
    }
}
