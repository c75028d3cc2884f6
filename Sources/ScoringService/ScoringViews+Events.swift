import Contracts

// The views of whole events, member for member what decoding the event's message gives: the benchmark drives the
// rules with millions of tickets to fill its stores, and encoding each event only to decode it again would cost more
// than the rules themselves.

extension RegisteredFacts {
    package init(_ event: ComplaintRegistered) {
        self.init(
            ticketNo: event.ticketNo,
            ticket: Ticket(
                channel: event.ticket.channel, type: event.ticket.type, category: event.ticket.category,
                area: event.ticket.area, receivedAt: event.ticket.receivedAt),
            classification: Classification(category: event.classification.category),
            repeatDemand: RepeatDemand(verdict: event.repeatDemand.verdict, matchedTicketNo: event.repeatDemand.matchedTicketNo),
            firstOwner: event.firstOwner)
    }
}

extension ClosedFacts {
    package init(_ event: ComplaintClosed) {
        self.init(
            ticketNo: event.ticketNo, closedAt: event.closedAt, level: event.level, highestTier: event.highestTier,
            responsibility: event.responsibility, satisfaction: event.satisfaction, callbacks: event.callbacks,
            steps: event.steps, closedLoop: event.closedLoop, falseResolution: event.falseResolution,
            fourNotLetGo: event.fourNotLetGo, commitments: event.commitments)
    }
}
