import Contracts
import Foundation
import HandlingLadder

/// Running the ladder's steps: starting one with its urge and due time, ending it, and moving the ticket up (P2).
extension WatchDecision {
    /// Starts step `id` at `start`, due at `due`, with its urge at the configured share of the window.
    mutating func startStep(_ id: LadderStepID, at start: Date, due: Date) {
        ticket.step = .init(id: id, startedAt: start, dueAt: due)
        schedule(.step, at: due)
        schedule(.stepUrge, at: urgeTime(from: start, to: due))
    }

    /// Starts step `id` at `start` with its limit from the shared ladder, on the working-day calendar.
    mutating func startStep(_ id: LadderStepID, at start: Date) throws {
        startStep(id, at: start, due: try rules.ladder.dueAt(id, from: start, calendar: rules.calendar))
    }

    /// The running step is done (or left): its timers go.
    mutating func endStep() {
        guard ticket.step != nil else { return }
        ticket.step = nil
        cancel(.step)
        cancel(.stepUrge)
    }

    /// Moves the ticket one step up from its holder (P2: staff → technician H5 → head H6 → CSC H7 → marketing H8 →
    /// deputy, then leadership H9): the step ends, the level rises to the new tier's, and
    /// `complaint.escalated` tells routing to place it. False at the top (the leadership), or when a move is already
    /// on its way to routing (the second reason is about the same holder and must not move it twice).
    mutating func moveUp(because reason: EscalationReason) -> Bool {
        guard let holder = ticket.holder, ticket.movingTo == nil, let next = holder.role.above else { return false }
        let step = LadderStepID.started(by: next)
        let level = Level.highest(ticket.level, next.tier.level)
        ticket.level = level
        ticket.movingTo = next
        endStep()
        publish(ComplaintEscalated(
            ticketNo: ticket.ticketNo, fromTier: holder.tier, toTier: next.tier, fromUnit: holder.unit, level: level,
            reason: reason, ruleId: step.rule))
        return true
    }
}
