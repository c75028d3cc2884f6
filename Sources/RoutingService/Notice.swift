import Units
import Contracts

/// Notices: decisions that tell a unit about a ticket without moving it. The handler publishes them as
/// `complaint.assigned` with the step and due time the ticket already has, and stores nothing.
extension Router {
    /// An urge (催办, R3c): the customer called again about the open ticket, so the unit and role holding it hear of
    /// it, with the risk the call raised (R6). A holder the directory no longer has is refused.
    public func urge(
        _ ticket: RoutedTicket, call: String, words: String, riskFlags: [RiskFlag] = [], riskWords: [String] = []
    ) throws(RoutingRefusal) -> Assignment {
        let holder = ticket.placement
        return Assignment(
            unit: try known(holder.unit, ticketNo: ticket.ticketNo), role: holder.role, owner: ticket.owner,
            reason: .urge(call: call, words: words, riskFlags: riskFlags, riskWords: riskWords))
    }

    /// An early warning (预警报告, E3): the station head reported the ticket to the leading group, so the leadership
    /// hears of it at its entry role, while the holder keeps the ticket and its step. The leading group sits at the
    /// leadership; a warning to another tier is refused.
    public func earlyWarning(_ ticket: RoutedTicket, to tier: Tier) throws(RoutingRefusal) -> Assignment {
        guard tier == .leadership else {
            throw .earlyWarningBelowTheLeadership(ticketNo: ticket.ticketNo, requested: tier)
        }
        let holder = ticket.placement.unit
        return Assignment(
            unit: leadership, role: leadership.entryRole, owner: ticket.owner, reason: .earlyWarning(holder: holder),
            previousUnit: holder)
    }

    /// The bureau's leadership; the directory check guarantees every tier a unit.
    var leadership: Unit { directory.units.first { $0.tier == .leadership }! }
}
