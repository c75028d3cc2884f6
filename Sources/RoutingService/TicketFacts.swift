import Units
import Contracts

/// What routing knows of a ticket when it first assigns it: the facts the rules and the first owner decide on.
public struct TicketFacts: Sendable, Equatable {
    /// The ticket.
    public var ticketNo: String
    /// The channel it came in through.
    public var channel: Channel
    /// Its type.
    public var type: TicketType
    /// Its settled category, if any.
    public var category: Category?
    /// Its service-area code; empty when the hotline recorded none.
    public var area: String
    /// Who accepted it (P1): a unit of the directory, or an accepting centre (the 95598 centre), which handles none.
    public var firstOwner: Owner

    /// Creates the facts.
    public init(
        ticketNo: String, channel: Channel, type: TicketType, category: Category?, area: String, firstOwner: Owner
    ) {
        self.ticketNo = ticketNo
        self.channel = channel
        self.type = type
        self.category = category
        self.area = area
        self.firstOwner = firstOwner
    }

}
