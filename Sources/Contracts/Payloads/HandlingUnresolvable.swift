/// `handling.unresolvable`: the unit cannot resolve the ticket at its tier (H5–H9).
public struct HandlingUnresolvable: TicketEventPayload {
    /// `handling.unresolvable`.
    public static let messageType = MessageType.handlingUnresolvable

    /// The ticket.
    public var ticketNo: String
    /// The reporting unit's id.
    public var unit: String
    /// Role and name of the person reporting.
    public var by: String
    /// Free text.
    public var note: String?
    /// Why not.
    public var reason: String

    /// Creates the payload.
    public init(ticketNo: String, unit: String, by: String, reason: String, note: String? = nil) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.by = by
        self.reason = reason
        self.note = note
    }
}
