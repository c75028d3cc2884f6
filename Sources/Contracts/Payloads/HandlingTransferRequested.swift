/// `handling.transfer-requested`: the unit asks for a transfer (转办) to another unit or area; the first owner
/// stays (P1).
public struct HandlingTransferRequested: TicketEventPayload {
    /// `handling.transfer-requested`.
    public static let messageType = MessageType.handlingTransferRequested

    /// The ticket.
    public var ticketNo: String
    /// The reporting unit's id.
    public var unit: String
    /// Role and name of the person reporting.
    public var by: String
    /// Free text.
    public var note: String?
    /// Why the ticket belongs elsewhere.
    public var reason: String
    /// The unit to transfer to; the schema needs this or `area`.
    public var toUnit: String?
    /// The area to transfer to; the schema needs this or `toUnit`.
    public var area: String?

    /// Creates the payload.
    public init(
        ticketNo: String, unit: String, by: String, reason: String, toUnit: String? = nil, area: String? = nil,
        note: String? = nil
    ) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.by = by
        self.reason = reason
        self.toUnit = toUnit
        self.area = area
        self.note = note
    }
}
