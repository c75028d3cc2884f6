/// `unit.scored`: an assessment ledger entry (S2–S9, R7), points for or against a unit, traced where known (S10), with
/// the events that caused it. A reversal (S4, R7) is an entry naming the one it reverses.
public struct UnitScored: EventPayload {
    /// `unit.scored`.
    public static let messageType = MessageType.unitScored

    /// The unit scored.
    public var unit: String
    /// Its tier.
    public var tier: Tier
    /// The assessment rule, S2 to S9, or R7 for a won appeal's reversal.
    public var ruleId: RuleID
    /// The entry's number in the ledger, from 1.
    public var entry: Int
    /// The entry this one reverses (S4, R7).
    public var reverses: Int?
    /// e.g. -1 (S2, S5), -0.2 (S3, S5, S6), +0.3 (S7); 0 only for an S9 flag, which carries `money` instead.
    public var points: Double
    /// Why, in words.
    public var reason: String
    /// The ticket; absent for entries without one, such as the annual bonus (S8).
    public var ticketNo: String?
    /// The ids of the events that caused the entry.
    public var events: [String]
    /// The month, YYYY-MM.
    public var period: String
    /// The unit's total for the period after this entry.
    public var total: Double
    /// The team the entry traces to.
    public var team: String?
    /// The person the entry traces to.
    public var person: String?
    /// S9: the money linked to the complaint.
    public var money: MoneyLinkage?

    /// The money linked to a complaint that skipped levels or was the company's fault (S9).
    public struct MoneyLinkage: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable { case skippedLevels = "skipped-levels", companyFault = "company-fault" }
        public var amount: Double
        public var leaderInCharge: Double
        public var professionalLine: Double
        public var kind: Kind

        public init(amount: Double, leaderInCharge: Double, professionalLine: Double, kind: Kind) {
            self.amount = amount
            self.leaderInCharge = leaderInCharge
            self.professionalLine = professionalLine
            self.kind = kind
        }
    }

    /// Creates the payload.
    public init(
        unit: String, tier: Tier, ruleId: RuleID, entry: Int, reverses: Int? = nil, points: Double, reason: String,
        ticketNo: String? = nil, events: [String] = [], period: String, total: Double, team: String? = nil,
        person: String? = nil, money: MoneyLinkage? = nil
    ) {
        self.entry = entry
        self.reverses = reverses
        self.events = events
        self.money = money
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
