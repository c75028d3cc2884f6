/// `emergency.started`: the leading group started the emergency plan (应急预案) for the ticket (E4–E6).
public struct EmergencyStarted: TicketEventPayload {
    /// `emergency.started`.
    public static let messageType = MessageType.emergencyStarted

    /// The ticket.
    public var ticketNo: String
    /// The reporting unit's id.
    public var unit: String
    /// Role and name of the person reporting.
    public var by: String
    /// Free text.
    public var note: String?
    /// Why.
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
