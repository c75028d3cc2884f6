/// `commitment.overdue`: a commitment (承诺) passed its due time unkept (R5, R4).
public struct CommitmentOverdue: TicketEventPayload {
    /// `commitment.overdue`.
    public static let messageType = MessageType.commitmentOverdue

    /// The ticket.
    public var ticketNo: String
    /// The unit that made the commitment.
    public var unit: String
    /// The unit's tier.
    public var tier: Tier
    /// The promise not kept.
    public var commitment: Commitment

    /// Creates the payload.
    public init(ticketNo: String, unit: String, tier: Tier, commitment: Commitment) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.tier = tier
        self.commitment = commitment
    }
}
