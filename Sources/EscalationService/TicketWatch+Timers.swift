import Contracts
import Foundation
import HandlingLadder

/// A timer of the ticket fell due.
extension TicketWatch {
    /// Urges at the share of the window (催办), misses at the due time and moves the ticket up (P2), reports the
    /// national bound missed (not escalated: the steps govern), breaks an overdue promise (R5), and reports a missing
    /// analysis (E8). After the close only the analysis fires.
    public func fired(_ timer: WatchTimer, dueAt: Date, ticket: WatchedTicket) -> WatchDecision {
        var decision = deciding(ticket)
        guard !ticket.isClosed || timer == .analysis else { return decision }
        let (unit, tier) = decision.answerable
        switch timer {
        case .stepUrge:
            guard let step = ticket.step else { break }
            decision.ticket.urges += 1
            decision.publish(DeadlineApproaching(
                ticketNo: ticket.ticketNo, step: step.id.rawValue, dueAt: step.dueAt, tier: tier, unit: unit,
                urge: decision.ticket.urges))
        case .step:
            guard let step = ticket.step else { break }
            decision.publish(DeadlineMissed(ticketNo: ticket.ticketNo, step: step.id.rawValue, dueAt: step.dueAt, tier: tier, unit: unit))
            if !decision.moveUp(because: .deadlineMissed) { decision.endStep() }
        case .boundUrge:
            guard let due = ticket.boundDue else { break }
            decision.ticket.urges += 1
            decision.ticket.boundUrged = true
            decision.publish(DeadlineApproaching(
                ticketNo: ticket.ticketNo, step: WatchDecision.boundStep, dueAt: due, tier: tier, unit: unit,
                urge: decision.ticket.urges))
        case .bound:
            guard let due = ticket.boundDue else { break }
            decision.publish(DeadlineMissed(ticketNo: ticket.ticketNo, step: WatchDecision.boundStep, dueAt: due, tier: tier, unit: unit))
        case .commitment:
            guard let broken = decision.ticket.promises.broken() else { break }
            decision.publish(CommitmentOverdue(
                ticketNo: ticket.ticketNo, unit: broken.unit, tier: broken.tier, commitment: broken.promise))
        case .analysis:
            guard ticket.analysis == .due, let unit = ticket.analysisUnit else { break }
            decision.ticket.analysis = .missed
            decision.publish(DeadlineMissed(
                ticketNo: ticket.ticketNo, step: "E8", dueAt: dueAt, tier: ticket.analysisTier ?? .station, unit: unit))
        }
        return decision
    }
}
