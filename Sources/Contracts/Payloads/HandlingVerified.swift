/// `handling.verified`: the unit verified the ticket and fixed responsibility (H2).
public struct HandlingVerified: TicketEventPayload {
    /// `handling.verified`.
    public static let messageType = MessageType.handlingVerified

    /// The ticket.
    public var ticketNo: String
    /// The reporting unit's id.
    public var unit: String
    /// Role and name of the person reporting.
    public var by: String
    /// Free text.
    public var note: String?
    /// Station (H4 next) or customer (H3 next).
    public var responsibility: Responsibility

    /// Creates the payload.
    public init(ticketNo: String, unit: String, by: String, responsibility: Responsibility, note: String? = nil) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.by = by
        self.responsibility = responsibility
        self.note = note
    }
}
