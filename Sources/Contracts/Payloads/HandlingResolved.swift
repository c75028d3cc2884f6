/// `handling.resolved`: the unit's result, with an optional commitment (R5); starts the callback (C1, C3).
public struct HandlingResolved: TicketEventPayload {
    /// `handling.resolved`.
    public static let messageType = MessageType.handlingResolved

    /// The ticket.
    public var ticketNo: String
    /// The reporting unit's id.
    public var unit: String
    /// Role and name of the person reporting.
    public var by: String
    /// Free text.
    public var note: String?
    /// What was done, as the unit reports it.
    public var result: String
    /// A promise with a due time, tracked until kept (R5).
    public var commitment: Commitment?

    /// Creates the payload.
    public init(
        ticketNo: String, unit: String, by: String, result: String, commitment: Commitment? = nil, note: String? = nil
    ) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.by = by
        self.result = result
        self.commitment = commitment
        self.note = note
    }
}
