import Contracts
import Foundation
import HandlingLadder

/// What intake and routing publish about a ticket.
extension TicketFollow {
    /// The registration: what the story needs of the ticket (its customer is masked only when the story is told).
    public func registered(_ registered: ComplaintRegistered, at time: Date, ticket: FollowedTicket?) -> FollowDecision {
        var decision = deciding(ticket ?? FollowedTicket(ticketNo: registered.ticketNo))
        guard decision.ticket.registration == nil else { return decision }
        let submitted = registered.ticket
        decision.ticket.registration = .init(
            channel: submitted.channel, type: submitted.type,
            category: registered.classification.category ?? submitted.category, area: submitted.area,
            customer: submitted.customer, receivedAt: submitted.receivedAt, firstOwner: registered.firstOwner,
            isRepeat: registered.repeatDemand.verdict == .repeat, matchedTicketNo: registered.repeatDemand.matchedTicketNo)
        decision.note(.complaintRegistered, at: time, unit: registered.firstOwner.unit, by: registered.firstOwner.person,
                      summary: registered.repeatDemand.reason)
        return decision
    }

    /// A customer's call merged as an urge (R3c): counted, and in the story.
    public func urged(_ merged: ComplaintMerged, at time: Date, ticket: FollowedTicket) -> FollowDecision {
        var decision = deciding(ticket)
        decision.ticket.urges += 1
        decision.note(.complaintMerged, at: time, summary: merged.text ?? merged.reason)
        return decision
    }

    /// Routing placed the ticket: the step its role starts runs from here, against routing's due time; an urge or an
    /// early-warning notice passed to a unit moves nothing and is only told.
    public func assigned(_ assignment: ComplaintAssigned, at time: Date, ticket: FollowedTicket?) -> FollowDecision {
        var decision = deciding(ticket ?? FollowedTicket(ticketNo: assignment.ticketNo))
        decision.note(.complaintAssigned, at: time, unit: assignment.unit, tier: assignment.tier,
                      by: assignment.assignee?.name, summary: assignment.reason.rawValue)
        switch assignment.reason {
        case .urge, .warning:
            return decision
        case .transfer, .transferLoop:
            decision.ticket.transferred = true
        default:
            break
        }
        decision.ticket.holder = .init(unit: assignment.unit, tier: assignment.tier)
        decision.ticket.highestTier = max(decision.ticket.highestTier ?? assignment.tier, assignment.tier)
        decision.ticket.level = Level.highest(decision.ticket.level, assignment.tier.level)
        let limit = LadderStepID(rawValue: assignment.deadline.step).map(decision.limit(of:)) ?? "unknown"
        decision.ticket.steps.start(
            assignment.deadline.step, unit: assignment.unit, tier: assignment.tier, at: time,
            due: assignment.deadline.dueAt, limit: limit)
        return decision
    }
}
