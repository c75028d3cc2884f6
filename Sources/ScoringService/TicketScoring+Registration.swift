import CivilTime
import Contracts
import Foundation

extension TicketScoring {
    /// A ticket registered. `earlier` is the ticket intake matched it to, when scoring has it: the new ticket may have
    /// skipped the station that had the event first (S9), and a 95598 or 12398 complaint about the earlier ticket's
    /// event means the earlier ticket was not averted (S7). Returns the decisions on both.
    public func registered(
        _ facts: RegisteredFacts, cause: ScoringCause, ticket: ScoredTicket?, earlier: ScoredTicket?
    ) -> (ticket: ScoringDecision, earlier: ScoringDecision?) {
        var decision = ScoringDecision(ticket: ticket ?? ScoredTicket(ticketNo: facts.ticketNo))
        let overStationsHead = earlier.map { earlier in
            facts.ticket.type == .complaint && settings.countedChannels.contains(facts.ticket.channel)
                && earlier.registration.map { !settings.countedChannels.contains($0.channel) } == true
                && tier(of: earlier.registration?.firstOwner ?? "") == .station
        } ?? false
        decision.ticket.registration = .init(
            channel: facts.ticket.channel, type: facts.ticket.type,
            category: facts.classification.category ?? facts.ticket.category,
            area: facts.ticket.area, receivedAt: facts.ticket.receivedAt, firstOwner: facts.firstOwner.unit,
            firstOwnerPerson: facts.firstOwner.person, isRepeat: facts.repeatDemand.verdict == .repeat,
            matchedTicketNo: facts.repeatDemand.matchedTicketNo,
            skippedLevels: facts.ticket.type == .complaint
                && (settings.skippedLevelChannels.contains(facts.ticket.channel) || overStationsHead))
        let comeback = earlier.flatMap { earlier in
            cameBack(earlier, as: facts.ticketNo, channel: facts.ticket.channel, type: facts.ticket.type, at: facts.ticket.receivedAt)
        }
        return (decision, comeback)
    }

    /// A call merged into the open ticket as an urge (R3c): from 95598 or 12398, the customer took the event to the
    /// hotline, so the ticket was not averted (S7).
    public func urged(_ merge: ComplaintMerged, ticket: ScoredTicket) -> ScoringDecision {
        cameBack(ticket, as: merge.mergedTicketNo, channel: merge.channel, type: .complaint, at: merge.receivedAt)
            ?? ScoringDecision(ticket: ticket)
    }

    /// The earlier ticket's decision when ticket `ticketNo` of `channel` is a complaint about its event within S7's
    /// window after its close (or before it): no longer a candidate for S7.
    func cameBack(
        _ earlier: ScoredTicket, as ticketNo: String, channel: Channel, type: TicketType, at receivedAt: Date
    ) -> ScoringDecision? {
        guard type == .complaint, settings.countedChannels.contains(channel), earlier.cameBackAs == nil else { return nil }
        if let closedAt = earlier.closedAt,
           receivedAt >= BeijingTime.adding(months: settings.avertedWindowMonths, to: closedAt) { return nil }
        var decision = ScoringDecision(ticket: earlier)
        decision.ticket.cameBackAs = ticketNo
        decision.cancel(.averted)
        return decision
    }

    /// The first assignment names the unit the ticket counts for; a station's names the station that held it.
    public func assigned(_ assignment: ComplaintAssigned, ticket: ScoredTicket?) -> ScoringDecision {
        var decision = ScoringDecision(ticket: ticket ?? ScoredTicket(ticketNo: assignment.ticketNo))
        if decision.ticket.unit == nil {
            decision.ticket.unit = assignment.unit
            decision.ticket.unitTier = assignment.tier
        }
        return decision
    }
}
