import BusinessTime
import Contracts
import Foundation
import HandlingLadder

/// The callback itself (C1, C3, H10) and its outcomes (C2; unreachable tries).
extension TicketFollow {
    /// A customer representative's outcome. Satisfied closes the ticket; unsatisfied is recorded for escalation
    /// (which moves the ticket up and supervises it, C2) and the ticket waits for the next result; unreachable is
    /// tried again on the configured schedule, and after the last try the ticket closes as unreachable. R4: the
    /// customer saying the reported work was not done marks a false resolution on the unit that reported it. A retry
    /// goes the schedule's way only if that way can reach the customer, otherwise as the first callback went.
    public func completed(_ outcome: CallbackCompleted, at time: Date, ticket: FollowedTicket?) throws(FollowRefusal) -> FollowDecision {
        guard let ticket, ticket.registration != nil else { throw .unknownTicket(outcome.ticketNo) }
        if let closedAt = ticket.closedAt { throw .closed(ticket.ticketNo, at: closedAt) }
        guard let task = ticket.task else { throw .noCallbackDue(ticket.ticketNo) }
        var decision = deciding(ticket)
        decision.ticket.task = nil
        decision.ticket.callbacks += 1
        decision.cancel(.callback)
        decision.ticket.steps.end(at: time)
        if outcome.falseResolution == true, decision.ticket.falseResolution == nil {
            decision.ticket.falseResolution = .init(unit: task.unit, at: time)
        }
        let recorded = CallbackRecorded(
            ticketNo: ticket.ticketNo, unit: task.unit, tier: task.tier, outcome: outcome.outcome, method: outcome.method,
            by: outcome.by, attempt: task.attempt, note: outcome.note)
        decision.publish(recorded)
        decision.note(.callbackRecorded, at: time, unit: task.unit, tier: task.tier, by: outcome.by,
                      summary: outcome.outcome.rawValue + (outcome.note.map { ": \($0)" } ?? ""))
        switch outcome.outcome {
        case .satisfied:
            decision.ticket.unreachableTries = 0
            decision.close(at: time, satisfaction: .satisfied)
        case .unsatisfied:
            decision.ticket.unreachableTries = 0
        case .unreachable:
            let tries = decision.ticket.unreachableTries
            decision.ticket.unreachableTries += 1
            if tries < settings.unreachableRetries.count {
                let retry = settings.unreachableRetries[tries]
                decision.offer(.init(
                    step: task.step, unit: task.unit, tier: task.tier,
                    dueAt: time.addingTimeInterval(TimeInterval(retry.afterMinutes * 60)), attempt: task.attempt + 1,
                    method: ticket.retryContact(scheduled: retry.method)), at: time)
            } else {
                decision.close(at: time, satisfaction: .unreachable)
            }
        }
        return decision
    }

    /// The callback's due time passed without an outcome: `callback.overdue`; the task stays open.
    public func overdue(ticket: FollowedTicket, at time: Date) -> FollowDecision {
        var decision = deciding(ticket)
        guard let task = ticket.task, !ticket.isClosed else { return decision }
        decision.publish(CallbackOverdue(
            ticketNo: ticket.ticketNo, unit: task.unit, dueAt: task.dueAt, step: task.step, attempt: task.attempt))
        decision.note(.callbackOverdue, at: time, unit: task.unit, tier: task.tier, summary: task.step.rawValue)
        return decision
    }
}

extension FollowDecision {
    /// A unit's result at `time` asks for a callback: after the leadership's, its own within 1 working day (H10);
    /// after the result of the station that accepted the ticket itself, C3; otherwise C1; both within 10 minutes.
    mutating func callBack(after unit: String, tier: Tier, at time: Date) throws {
        let step: CallbackStep
        if tier == .leadership {
            step = .h10
        } else if tier == .station, ticket.registration?.firstOwner.unit == unit {
            step = .c3
        } else {
            step = .c1
        }
        let ladderStep: LadderStepID = switch step {
        case .c1: .c1
        case .c3: .c3
        case .h10: .h10
        }
        ticket.unreachableTries = 0
        offer(.init(
            step: step, unit: unit, tier: tier, dueAt: try rules.ladder.dueAt(ladderStep, from: time, calendar: rules.calendar),
            attempt: ticket.callbacks + 1, method: ticket.firstContact), at: time)
    }

    /// Opens `task`: `callback.due`, its timer, and its step in the story.
    mutating func offer(_ task: FollowedTicket.CallbackTask, at time: Date) {
        ticket.task = task
        let limit = rules.ladder.step(LadderStepID(rawValue: task.step.rawValue) ?? .c1).limit.description
        ticket.steps.start(task.step.rawValue, unit: task.unit, tier: task.tier, at: time, due: task.dueAt, limit: limit)
        publish(CallbackDue(
            ticketNo: ticket.ticketNo, unit: task.unit, dueAt: task.dueAt, step: task.step, attempt: task.attempt,
            named: ticket.registration?.customer.named ?? false, method: task.method))
        note(.callbackDue, at: time, unit: task.unit, tier: task.tier, summary: "\(task.step.rawValue) by \(task.method.rawValue)")
        schedule(.callback, at: task.dueAt)
    }
}
