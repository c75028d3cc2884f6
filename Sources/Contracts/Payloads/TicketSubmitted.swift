import Foundation

/// `ticket.submitted`: a ticket accepted by a hotline system (H1).
public struct TicketSubmitted: TicketEventPayload {
    /// `ticket.submitted`.
    public static let messageType = MessageType.ticketSubmitted

    /// Unique in the source system, e.g. 95598-20260302-0001.
    public var ticketNo: String
    /// Where the ticket came in.
    public var channel: Channel
    /// Complaint, report, opinion, ...
    public var type: TicketType
    /// Must fit `type`; intake classifies the ticket when it is missing.
    public var category: Category?
    /// Who called.
    public var customer: Customer
    /// Service-area code the unit directory knows, e.g. JY-MC; nil when the hotline recorded none, or (registered)
    /// when intake could not read it.
    public var area: String?
    /// The customer's words, usually Chinese.
    public var text: String
    /// When the hotline accepted it.
    public var receivedAt: Date
    /// The unit (and person) that took the ticket directly (H2, P1).
    public var acceptedBy: Owner?
    /// Whether the hotline answered a consultation at once (一次办结); read on consultations only, which are then
    /// not counted as repeat demands (R2). Absent: the hotline did not say.
    public var solvedAtOnce: Bool?

    /// Creates the payload.
    public init(
        ticketNo: String, channel: Channel, type: TicketType, category: Category? = nil, customer: Customer,
        area: String?, text: String, receivedAt: Date, acceptedBy: Owner? = nil, solvedAtOnce: Bool? = nil
    ) {
        self.ticketNo = ticketNo
        self.channel = channel
        self.type = type
        self.category = category
        self.customer = customer
        self.area = area
        self.text = text
        self.receivedAt = receivedAt
        self.acceptedBy = acceptedBy
        self.solvedAtOnce = solvedAtOnce
    }

    /// The customer, account number else phone, so one customer's history stays in one partition; an anonymous
    /// report that left neither has no history to keep together, and goes by its number.
    public var partitionKey: String? { customer.account ?? customer.phone ?? ticketNo }
}
