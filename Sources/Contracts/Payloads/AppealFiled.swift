/// `appeal.filed`: the unit appeals an unreasonable or malicious demand with evidence (R7).
public struct AppealFiled: TicketEventPayload {
    /// `appeal.filed`.
    public static let messageType = MessageType.appealFiled

    /// The ticket.
    public var ticketNo: String
    /// The reporting unit's id.
    public var unit: String
    /// Role and name of the person reporting.
    public var by: String
    /// Free text.
    public var note: String?
    /// Malicious or unreasonable (R3a).
    public var ground: AppealGround
    /// At least one piece of evidence.
    public var evidence: [String]

    /// Creates the payload.
    public init(
        ticketNo: String, unit: String, by: String, ground: AppealGround, evidence: [String], note: String? = nil
    ) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.by = by
        self.ground = ground
        self.evidence = evidence
        self.note = note
    }
}
