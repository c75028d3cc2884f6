import ServiceKit

/// Where the callback service keeps each ticket's state and story until it closes.
let followedTickets = TicketStates<FollowedTicket>(table: "callback_ticket")
