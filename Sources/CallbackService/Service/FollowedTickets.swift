import GRDB
import ServiceKit
import ServiceStore

/// Where the callback service keeps each ticket's state and story until it closes.
let followedTickets = TicketStates<FollowedTicket>(table: "callback_ticket")

extension CallbackService {
    /// Stores `tickets` as the service keeps them, each open callback with its timer: a store that has followed them
    /// already (the benchmark's).
    package static func seed(_ tickets: [FollowedTicket], in db: Database) throws {
        for ticket in tickets {
            try followedTickets.save(ticket, of: ticket.ticketNo, closedAt: ticket.closedAt, in: db)
            if let task = ticket.task, !ticket.isClosed {
                try DeadlineStore.schedule(
                    DeadlineKey(subject: ticket.ticketNo, step: FollowTimer.callback.rawValue), at: task.dueAt, in: db)
            }
        }
    }
}
