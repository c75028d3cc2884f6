import Contracts
import Foundation

/// Before and during an event (E3–E7): the early warning and the emergency plan.
extension TicketWatch {
    /// E3: the station head filed an early-warning report. The level rises to at least IV (CSC coordination), and
    /// the leading group is notified: `complaint.escalated` to the leadership with reason `early-warning`, which
    /// routing passes to the leadership without moving the ticket.
    public func warned(_ report: WarningFiled, at time: Date, ticket: WatchedTicket) throws -> WatchDecision {
        var decision = deciding(ticket)
        try decision.requireOpen("warning.filed")
        decision.ticket.warningFiledAt = decision.ticket.warningFiledAt ?? time
        let level = Level.highest(ticket.level, .iv)
        decision.ticket.level = level
        let from = ticket.holder.map { ($0.unit, $0.tier) } ?? (report.unit, .station)
        decision.publish(ComplaintEscalated(
            ticketNo: ticket.ticketNo, fromTier: from.1, toTier: .leadership, fromUnit: from.0, level: level,
            reason: .earlyWarning, ruleId: .e3))
        return decision
    }

    /// E4: the leading group started the emergency plan; kept on the ticket for its story.
    public func emergencyStarted(_ report: EmergencyStarted, at time: Date, ticket: WatchedTicket) throws -> WatchDecision {
        var decision = deciding(ticket)
        try decision.requireOpen("emergency.started")
        decision.ticket.emergencyStartedAt = decision.ticket.emergencyStartedAt ?? time
        return decision
    }

    /// E7: the plan was lifted.
    public func emergencyLifted(_ report: EmergencyLifted, at time: Date, ticket: WatchedTicket) throws -> WatchDecision {
        var decision = deciding(ticket)
        try decision.requireOpen("emergency.lifted")
        decision.ticket.emergencyLiftedAt = time
        return decision
    }
}
