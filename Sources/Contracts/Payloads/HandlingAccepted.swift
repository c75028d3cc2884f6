/// `handling.accepted`: the assigned unit took the ticket on.
public struct HandlingAccepted: TicketEventPayload {
    /// `handling.accepted`.
    public static let messageType = MessageType.handlingAccepted

    /// The ticket.
    public var ticketNo: String
    /// The reporting unit's id.
    public var unit: String
    /// Role and name of the person reporting.
    public var by: String
    /// Free text.
    public var note: String?

    /// Creates the payload.
    public init(ticketNo: String, unit: String, by: String, note: String? = nil) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.by = by
        self.note = note
    }
}
