import Contracts
import Foundation

/// The callback's outcome (C2, H6–H10) and the ticket's close.
extension TicketWatch {
    /// A satisfied customer ends supervision. An unsatisfied one moves the ticket up one step and opens supervision
    /// round n at the unit it reaches, once routing has placed it (C2, P2: until the customer is satisfied); at the
    /// top, supervision opens at the leadership directly. The leadership's callback step (H10) is done either way.
    public func calledBack(_ callback: CallbackRecorded, ticket: WatchedTicket) throws -> WatchDecision {
        var decision = deciding(ticket)
        // The callback that closed the ticket and the close travel on two topics, so the close may be read first;
        // its callback then has nothing left to change. Only an unsatisfied one, which never closes, is refused.
        if ticket.closedAt != nil, callback.outcome != .unsatisfied { return decision }
        try decision.requireOpen("callback.recorded")
        if ticket.step?.id == .h10 { decision.endStep() }
        switch callback.outcome {
        case .satisfied:
            decision.ticket.supervisionPending = false
        case .unsatisfied:
            decision.ticket.supervisionRound += 1
            if decision.moveUp(because: .unsatisfied) {
                decision.ticket.supervisionPending = true
            } else if ticket.movingTo != nil {
                decision.ticket.supervisionPending = true
            } else {
                let (unit, tier) = decision.answerable
                decision.openSupervision(at: unit, tier: tier)
            }
        case .unreachable:
            break
        }
        return decision
    }

    /// The ticket closed (`complaint.closed`): nothing more fires for it (item 6), except the analysis report the
    /// complained-about unit owes within N working days of the close (E8), for a complaint whose report has not
    /// arrived yet. A promise still pending stays so in the ticket's story. A close seen before changes nothing.
    public func closed(at time: Date, ticket: WatchedTicket) throws -> WatchDecision {
        var decision = deciding(ticket)
        guard !ticket.isClosed else { return decision }
        decision.resume(at: time, reason: "the ticket closed")
        decision.endStep()
        decision.cancelBound()
        if ticket.promises.open != nil { decision.cancel(.commitment) }
        decision.ticket.closedAt = time
        decision.ticket.supervisionPending = false
        decision.ticket.movingTo = nil
        if ticket.type == .complaint, ticket.analysis != .submitted, ticket.analysisUnit != nil {
            decision.ticket.analysis = .due
            decision.schedule(.analysis, at: try calendar.adding(workingDays: settings.analysisWorkingDays, to: time))
        }
        return decision
    }
}
