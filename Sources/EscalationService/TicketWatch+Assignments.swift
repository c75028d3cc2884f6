import Contracts
import Foundation
import HandlingLadder

extension TicketWatch {
    /// Routing placed the ticket (H2 at a station's staff, H5–H9 up the ladder, supervision's return): the step it
    /// starts runs from the assignment, due when routing's assignment says (both compute it with the shared ladder).
    /// The level rises to the unit's tier. A closed ticket assigned again is reopened with new deadlines (item 6). A
    /// move ends a wait on the customer; a supervision round asked for by an unsatisfied callback opens at the unit
    /// the ticket reached (C2). An urge or an early-warning notice passed to a unit does not move the ticket.
    public func assigned(_ assignment: ComplaintAssigned, at time: Date, ticket: WatchedTicket?) throws -> WatchDecision {
        var decision = deciding(ticket ?? WatchedTicket(ticketNo: assignment.ticketNo))
        guard assignment.reason.movesTheTicket else { return decision }
        guard let step = LadderStepID(rawValue: assignment.deadline.step) else {
            throw WatchRefusal.unknownStep(assignment.ticketNo, step: assignment.deadline.step)
        }
        if decision.ticket.isClosed { decision.reopen() }
        if let holder = decision.ticket.holder, holder.unit != assignment.unit {
            decision.resume(at: time, reason: "the ticket moved from \(holder.unit) to \(assignment.unit)")
        }
        decision.endStep()
        decision.ticket.holder = .init(unit: assignment.unit, tier: assignment.tier, role: step.role)
        decision.ticket.movingTo = nil
        decision.ticket.level = Level.highest(decision.ticket.level, assignment.tier.level)
        if assignment.tier == .station || decision.ticket.analysisUnit == nil {
            decision.ticket.analysisUnit = assignment.unit
            decision.ticket.analysisTier = assignment.tier
        }
        if decision.ticket.isWatched(by: ladder) {
            decision.startStep(step, at: time, due: assignment.deadline.dueAt)
        }
        if decision.ticket.supervisionPending {
            decision.ticket.supervisionPending = false
            decision.openSupervision(at: assignment.unit, tier: assignment.tier)
        }
        return decision
    }
}

extension AssignmentReason {
    /// Whether routing moved the ticket, as opposed to passing a notice about it to a unit.
    var movesTheTicket: Bool {
        switch self {
        case .urge, .warning: false
        default: true
        }
    }
}

extension WatchDecision {
    /// A closed ticket assigned again: open once more, its analysis no longer due.
    mutating func reopen() {
        ticket.closedAt = nil
        if ticket.analysis == .due { cancel(.analysis) }
        ticket.analysis = .notDue
        scheduleBound()
    }

    /// Supervision round `supervisionRound` (督办, C2) at the unit that must now satisfy the customer.
    mutating func openSupervision(at unit: String, tier: Tier) {
        publish(SupervisionOpened(
            ticketNo: ticket.ticketNo, unit: unit, tier: tier, round: ticket.supervisionRound,
            reason: "the customer was not satisfied (round \(ticket.supervisionRound)); \(unit) acts under supervision "
                + "until the customer is satisfied",
            ruleId: .c2))
    }
}
