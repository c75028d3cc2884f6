import Contracts
import Foundation
import HandlingLadder

/// What the units report (`units.reports`). Each report is in the story; some end or start a step, and a result
/// asks for a callback. Reports after the close change nothing here (escalation dead-letters them).
extension TicketFollow {
    /// Any unit report: told in the story with `summary`, then `change` applied, unless the ticket is closed.
    public func reported<Report: UnitReport>(
        _ report: Report, at time: Date, ticket: FollowedTicket, summary: String? = nil,
        _ change: (inout FollowDecision) throws -> Void = { _ in }
    ) rethrows -> FollowDecision {
        var decision = deciding(ticket)
        guard !ticket.isClosed else { return decision }
        decision.note(
            Report.messageType, at: time, unit: report.unit, tier: decision.tier(of: report.unit), by: report.by,
            summary: summary ?? report.note)
        try change(&decision)
        return decision
    }

    /// H2 done: the responsibility is fixed, and at a station's H2 the next step starts (H4 station's, H3
    /// customer's) with its limit from the shared ladder.
    public func verified(_ report: HandlingVerified, at time: Date, ticket: FollowedTicket) throws -> FollowDecision {
        try reported(report, at: time, ticket: ticket, summary: report.responsibility.rawValue) { decision in
            decision.ticket.responsibility = report.responsibility
            decision.ticket.verified = true
            guard let running = decision.ticket.steps.running, running.step == LadderStepID.h2.rawValue,
                  running.tier == .station
            else { return }
            let next = LadderStepID.afterVerification(report.responsibility)
            decision.ticket.steps.start(
                next.rawValue, unit: running.unit, tier: running.tier, at: time,
                due: try ladder.dueAt(next, from: time, calendar: calendar), limit: decision.limit(of: next))
        }
    }

    /// H3 or H4 done: the unit talked with the customer.
    public func contacted(_ report: HandlingContacted, at time: Date, ticket: FollowedTicket) -> FollowDecision {
        reported(report, at: time, ticket: ticket, summary: report.method.rawValue) { decision in
            if let running = decision.ticket.steps.running?.step, running == LadderStepID.h3.rawValue || running == LadderStepID.h4.rawValue {
                decision.ticket.steps.end(at: time)
            }
        }
    }

    /// A result (C1, C3, H10): the running step ends, the previous promise is kept or replaced (R5), and a callback
    /// is due; an anonymous reporter who left no way to be reached closes the ticket at once, saying so.
    public func resolved(_ report: HandlingResolved, at time: Date, ticket: FollowedTicket) throws -> FollowDecision {
        try reported(report, at: time, ticket: ticket, summary: report.result) { decision in
            decision.ticket.steps.end(at: time)
            decision.ticket.resolved = true
            let tier = decision.tier(of: report.unit) ?? .station
            decision.ticket.promises.result(promising: report.commitment, by: report.unit, tier: tier)
            if let reason = decision.ticket.noCallbackReason {
                decision.close(at: time, satisfaction: nil, noCallbackReason: reason)
            } else {
                try decision.callBack(after: report.unit, tier: tier, at: time)
            }
        }
    }

    /// An appeal's decision (R7) is part of the story.
    public func appealDecided(_ report: AppealDecided, at time: Date, ticket: FollowedTicket) -> FollowDecision {
        reported(report, at: time, ticket: ticket, summary: report.decision.rawValue) { decision in
            decision.ticket.appeal = report.decision == .upheld ? .upheld : .rejected
        }
    }

    /// E3: an early warning; the level is at least IV.
    public func warned(_ report: WarningFiled, at time: Date, ticket: FollowedTicket) -> FollowDecision {
        reported(report, at: time, ticket: ticket, summary: report.cause) { decision in
            decision.ticket.warningFiled = true
            decision.ticket.level = Level.highest(decision.ticket.level, .iv)
        }
    }
}
