/// `unit.scored`: an assessment ledger entry (S2–S9), points for or against a unit, traced where known (S10).
public struct UnitScored: EventPayload {
    /// `unit.scored`.
    public static let messageType = MessageType.unitScored

    /// The unit scored.
    public var unit: String
    /// Its tier.
    public var tier: Tier
    /// The assessment rule, S2 to S9.
    public var ruleId: RuleID
    /// Never 0: e.g. -1 (S2, S5), -0.2 (S3, S5, S6), +0.3 (S7).
    public var points: Double
    /// Why, in words.
    public var reason: String
    /// The ticket; absent for entries without one, such as the annual bonus (S8).
    public var ticketNo: String?
    /// The month, YYYY-MM.
    public var period: String
    /// The unit's total for the period after this entry.
    public var total: Double
    /// The team the entry traces to.
    public var team: String?
    /// The person the entry traces to.
    public var person: String?

    /// Creates the payload.
    public init(
        unit: String, tier: Tier, ruleId: RuleID, points: Double, reason: String, ticketNo: String? = nil,
        period: String, total: Double, team: String? = nil, person: String? = nil
    ) {
        self.unit = unit
        self.tier = tier
        self.ruleId = ruleId
        self.points = points
        self.reason = reason
        self.ticketNo = ticketNo
        self.period = period
        self.total = total
        self.team = team
        self.person = person
    }

    /// The ticket number, when the entry is about one.
    public var subject: String? { ticketNo }
    /// The unit: `complaints.scores` is keyed by unit, so a unit's ledger stays in order.
    public var partitionKey: String? { unit }
}
