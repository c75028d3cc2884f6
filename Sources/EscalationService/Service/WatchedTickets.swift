import GRDB
import ServiceKit

/// Where escalation keeps each ticket's state between messages.
let watchedTickets = TicketStates<WatchedTicket>(table: "escalation_ticket")

extension WatchDecision {
    /// Writes the decision's new state and timers in the transaction `db` as the handler would, its events dropped:
    /// how a benchmark fills a store with tickets in a known state.
    package func store(in db: Database) throws {
        try watchedTickets.save(ticket, of: ticket.ticketNo, closedAt: ticket.closedAt, in: db)
        try TicketEffect.carryOut(effects, about: ticket.ticketNo, in: db) { _ in }
    }
}
