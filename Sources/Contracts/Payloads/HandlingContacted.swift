/// `handling.contacted`: the unit communicated with the customer (H3, H4).
public struct HandlingContacted: TicketEventPayload {
    /// `handling.contacted`.
    public static let messageType = MessageType.handlingContacted

    /// The ticket.
    public var ticketNo: String
    /// The reporting unit's id.
    public var unit: String
    /// Role and name of the person reporting.
    public var by: String
    /// Free text.
    public var note: String?
    /// How the customer was reached.
    public var method: ContactMethod

    /// Creates the payload.
    public init(ticketNo: String, unit: String, by: String, method: ContactMethod, note: String? = nil) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.by = by
        self.method = method
        self.note = note
    }
}
