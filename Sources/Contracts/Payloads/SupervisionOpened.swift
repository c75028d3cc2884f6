/// `supervision.opened`: supervision (督办) after an unsatisfied callback, until the customer is satisfied (C2).
public struct SupervisionOpened: TicketEventPayload {
    /// `supervision.opened`.
    public static let messageType = MessageType.supervisionOpened

    /// The ticket.
    public var ticketNo: String
    /// The responsible unit.
    public var unit: String
    /// The unit's tier.
    public var tier: Tier
    /// Supervision round on this ticket, from 1.
    public var round: Int
    /// Why, in words.
    public var reason: String
    /// The rule applied, e.g. C2.
    public var ruleId: RuleID

    /// Creates the payload.
    public init(ticketNo: String, unit: String, tier: Tier, round: Int, reason: String, ruleId: RuleID) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.tier = tier
        self.round = round
        self.reason = reason
        self.ruleId = ruleId
    }
}
