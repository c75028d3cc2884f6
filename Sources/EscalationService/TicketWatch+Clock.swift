import Contracts
import Foundation
import HandlingLadder

/// The ticket's clock: the national bound on the whole ticket (step `N1`), and its pauses while the ticket waits on
/// the customer (H3, the customer's responsibility).
extension WatchDecision {
    /// The step id the bound's urge and miss carry: N for national, 1 for the answer (the only bound escalation
    /// fires on; the 24-hour contact figure is reported against, H4 governing that step).
    static let boundStep = "N1"

    /// Who answers for the ticket now: its holder, else the 95598 centre that took it (coordinated by the CSC), by
    /// its id in the unit directory's accepting centres (`services/routing/units-jiuyuan.json`): escalation reads no
    /// directory, and a ticket routing has not placed yet has only just left the centre.
    var answerable: (unit: String, tier: Tier) {
        ticket.holder.map { ($0.unit, $0.tier) } ?? ("hotline-95598", .csc)
    }

    /// Sets the bound's timers from its due time as moved by the pauses; nothing while paused, answered or closed.
    mutating func scheduleBound() {
        guard let due = ticket.boundDue, let received = ticket.receivedAt, ticket.pausedSince == nil,
              ticket.answeredAt == nil, !ticket.isClosed
        else { return }
        schedule(.bound, at: due)
        if !ticket.boundUrged {
            let urge = urgeTime(from: received, to: ticket.answerBy ?? due)
            schedule(.boundUrge, at: urge.addingTimeInterval(TimeInterval(ticket.pausedSeconds)))
        }
    }

    mutating func cancelBound() {
        cancel(.bound)
        cancel(.boundUrge)
    }

    /// The ticket waits on the customer from `time`: the bound stops counting until `resume`.
    mutating func pause(at time: Date, step: LadderStepID, reason: String) {
        guard ticket.pausedSince == nil else { return }
        ticket.pausedSince = time
        cancelBound()
        let (unit, tier) = answerable
        publish(ClockPaused(ticketNo: ticket.ticketNo, unit: unit, tier: tier, step: step.rawValue, reason: reason, ruleId: .h3))
    }

    /// The wait on the customer ended at `time`: the pause is added to the ticket's paused time and the bound moves
    /// by it.
    mutating func resume(at time: Date, reason: String) {
        guard let since = ticket.pausedSince else { return }
        let seconds = max(0, Int(time.timeIntervalSince(since).rounded()))
        ticket.pausedSince = nil
        ticket.pausedSeconds += seconds
        let (unit, tier) = answerable
        publish(ClockResumed(
            ticketNo: ticket.ticketNo, unit: unit, tier: tier, reason: reason, pausedSeconds: seconds,
            totalPausedSeconds: ticket.pausedSeconds))
        scheduleBound()
    }
}
