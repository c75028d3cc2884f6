/// `complaint.escalated`: the ticket moves up the ladder (递进式上报, P2); on an early warning (E3) the leading group
/// at `toTier` leadership is told instead, and the ticket stays where it is.
public struct ComplaintEscalated: TicketEventPayload {
    /// `complaint.escalated`.
    public static let messageType = MessageType.complaintEscalated

    /// The ticket.
    public var ticketNo: String
    /// The tier that had the ticket.
    public var fromTier: Tier
    /// The tier that takes it over.
    public var toTier: Tier
    /// The unit that had the ticket.
    public var fromUnit: String
    /// The new tier's level; the schema requires `toTier.level`.
    public var level: Level
    /// What moved it.
    public var reason: EscalationReason
    /// The rule applied, e.g. H7.
    public var ruleId: RuleID

    /// Creates the payload; `level` defaults to the level of `toTier`, the only one the schema accepts.
    public init(
        ticketNo: String, fromTier: Tier, toTier: Tier, fromUnit: String, level: Level? = nil, reason: EscalationReason,
        ruleId: RuleID
    ) {
        self.ticketNo = ticketNo
        self.fromTier = fromTier
        self.toTier = toTier
        self.fromUnit = fromUnit
        self.level = level ?? toTier.level
        self.reason = reason
        self.ruleId = ruleId
    }
}
