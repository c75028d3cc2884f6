/// `warning.filed`: the station head's early-warning report (预警报告) to the leading group (E3).
public struct WarningFiled: TicketEventPayload {
    /// `warning.filed`.
    public static let messageType = MessageType.warningFiled

    /// The ticket.
    public var ticketNo: String
    /// The reporting unit's id.
    public var unit: String
    /// Role and name of the person reporting.
    public var by: String
    /// Free text.
    public var note: String?
    /// Main cause.
    public var cause: String
    /// What the station did.
    public var actionsTaken: String

    /// Creates the payload.
    public init(ticketNo: String, unit: String, by: String, cause: String, actionsTaken: String, note: String? = nil) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.by = by
        self.cause = cause
        self.actionsTaken = actionsTaken
        self.note = note
    }
}
