import ServiceKit

/// Where escalation keeps each ticket's state between messages.
let watchedTickets = TicketStates<WatchedTicket>(table: "escalation_ticket")
