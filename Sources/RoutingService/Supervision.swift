import Units
import Contracts

extension Router {
    /// Supervision (督办, C2) sends the ticket back to the responsible unit named by `supervision.opened`, to the
    /// highest role it reached there, because that person already knows the case; a unit it never reached gets its
    /// entry role. The owner stays (P1).
    public func supervise(_ ticket: RoutedTicket, unit id: String) throws(RoutingRefusal) -> Assignment {
        let unit = try known(id, ticketNo: ticket.ticketNo)
        let role = ticket.history.filter { $0.unit == id }.map(\.role).max() ?? unit.entryRole
        let holder = ticket.placement.unit
        return Assignment(
            unit: unit, role: role, owner: ticket.owner, reason: .supervision, previousUnit: holder == id ? nil : holder)
    }
}
