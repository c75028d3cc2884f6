/// `clock.paused`: the ticket waits on the customer (H3, the customer's responsibility), so the station's clock stops:
/// the wait does not count against the ticket's national answer bound until `clock.resumed`.
public struct ClockPaused: TicketEventPayload {
    /// `clock.paused`.
    public static let messageType = MessageType.clockPaused

    /// The ticket.
    public var ticketNo: String
    /// The unit holding the ticket.
    public var unit: String
    /// The unit's tier.
    public var tier: Tier
    /// The ladder step the ticket is on when the clock stops, e.g. H3.
    public var step: String
    /// Why the ticket waits on the customer, in words.
    public var reason: String
    /// The rule applied, H3 in practice.
    public var ruleId: RuleID

    /// Creates the payload.
    public init(ticketNo: String, unit: String, tier: Tier, step: String, reason: String, ruleId: RuleID) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.tier = tier
        self.step = step
        self.reason = reason
        self.ruleId = ruleId
    }
}
