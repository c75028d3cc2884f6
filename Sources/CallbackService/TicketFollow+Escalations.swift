import Contracts
import Foundation

/// What escalation publishes about a ticket: all of it in the story, and what the closed-loop checks and the steps
/// against their limits need.
extension TicketFollow {
    public func escalationEvent(_ event: any TicketEventPayload, at time: Date, ticket: FollowedTicket) -> FollowDecision {
        var decision = deciding(ticket)
        guard !ticket.isClosed else { return decision }
        switch event {
        case let urge as DeadlineApproaching:
            decision.ticket.urgedByService = true
            decision.note(.deadlineApproaching, at: time, unit: urge.unit, tier: urge.tier, summary: urge.step)
        case let missed as DeadlineMissed:
            decision.ticket.steps.missed(missed.step)
            if missed.step == "N1" { decision.ticket.boundMissed = true }
            decision.note(.deadlineMissed, at: time, unit: missed.unit, tier: missed.tier, summary: missed.step)
        case let escalated as ComplaintEscalated:
            decision.ticket.level = Level.highest(decision.ticket.level, escalated.level)
            decision.note(.complaintEscalated, at: time, unit: escalated.fromUnit, tier: escalated.fromTier,
                          summary: "\(escalated.reason.rawValue) → \(escalated.toTier.rawValue)")
        case let supervision as SupervisionOpened:
            decision.ticket.supervised = true
            decision.note(.supervisionOpened, at: time, unit: supervision.unit, tier: supervision.tier,
                          summary: "round \(supervision.round)")
        case let overdue as CommitmentOverdue:
            _ = decision.ticket.promises.broken()
            decision.note(.commitmentOverdue, at: time, unit: overdue.unit, tier: overdue.tier,
                          summary: overdue.commitment.description)
        case let paused as ClockPaused:
            decision.note(.clockPaused, at: time, unit: paused.unit, tier: paused.tier, summary: paused.reason)
        case let resumed as ClockResumed:
            decision.ticket.pausedSeconds = resumed.totalPausedSeconds
            decision.note(.clockResumed, at: time, unit: resumed.unit, tier: resumed.tier, summary: resumed.reason)
        default:
            decision.note(type(of: event).messageType, at: time)
        }
        return decision
    }
}
