/// `appeal.decided`: the decision on an appeal; upheld removes the ticket from the unit's counts (R7, S4).
public struct AppealDecided: TicketEventPayload {
    /// `appeal.decided`.
    public static let messageType = MessageType.appealDecided

    /// The ticket.
    public var ticketNo: String
    /// The reporting unit's id.
    public var unit: String
    /// Role and name of the person reporting.
    public var by: String
    /// Free text.
    public var note: String?
    /// Upheld or rejected.
    public var decision: AppealDecision

    /// Creates the payload.
    public init(ticketNo: String, unit: String, by: String, decision: AppealDecision, note: String? = nil) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.by = by
        self.decision = decision
        self.note = note
    }
}
