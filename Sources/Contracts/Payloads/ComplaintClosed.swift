import Foundation

/// `complaint.closed`: a closed ticket's whole story for analytics and scoring, personal data masked.
public struct ComplaintClosed: TicketEventPayload {
    /// `complaint.closed`.
    public static let messageType = MessageType.complaintClosed

    /// The customer with personal data masked: surname only, phone's first 3 and last 4 digits, account's last 4.
    public struct MaskedCustomer: Codable, Sendable, Equatable {
        /// E.g. `*******0234`.
        public var account: String?
        /// E.g. `王**`.
        public var name: String?
        /// E.g. `139****0001`.
        public var phone: String?
        /// Whether the reporter gave their name.
        public var named: Bool

        /// Creates a masked customer; the values must already be masked.
        public init(account: String? = nil, name: String? = nil, phone: String? = nil, named: Bool) {
            self.account = account
            self.name = name
            self.phone = phone
            self.named = named
        }
    }

    /// One event of the ticket's history (S1).
    public struct TimelineEntry: Codable, Sendable, Equatable {
        /// When it happened.
        public var at: Date
        /// The event's type.
        public var type: MessageType
        /// The unit involved.
        public var unit: String?
        /// The unit's tier.
        public var tier: Tier?
        /// The person involved, role and name.
        public var by: String?
        /// What happened, in words.
        public var summary: String?

        /// Creates an entry.
        public init(
            at: Date, type: MessageType, unit: String? = nil, tier: Tier? = nil, by: String? = nil,
            summary: String? = nil
        ) {
            self.at = at
            self.type = type
            self.unit = unit
            self.tier = tier
            self.by = by
            self.summary = summary
        }
    }

    /// The ticket.
    public var ticketNo: String
    /// Where it came in.
    public var channel: Channel
    /// Its type.
    public var type: TicketType
    /// Nil (written as null) for types without categories.
    @Nullable public var category: Category?
    /// Service-area code.
    public var area: String
    /// The customer, masked.
    public var customer: MaskedCustomer
    /// When the hotline accepted it.
    public var receivedAt: Date
    /// When it was closed.
    public var closedAt: Date
    /// The highest tier's level; the schema requires `highestTier.level`.
    public var level: Level
    /// The highest tier that had to act.
    public var highestTier: Tier
    /// The unit that finished it.
    public var finalUnit: String
    /// The first-question owner (P1).
    public var firstOwner: Owner
    /// Verified responsibility (H2); nil (written as null) when never verified.
    @Nullable public var responsibility: Responsibility?
    /// Outcome of the last callback.
    public var satisfaction: CallbackOutcome
    /// Whether intake judged it a repeat demand (R1); `repeat` in JSON.
    public var isRepeat: Bool
    /// The earlier ticket it repeated.
    public var matchedTicketNo: String?
    /// Whether every step met its deadline (S12).
    public var onTime: Bool
    /// Where an appeal ended (R7).
    public var appeal: AppealStatus
    /// Whether the emergency plan was started (E4).
    public var emergencyPlan: Bool
    /// Every event of the ticket, in order, at least one.
    public var timeline: [TimelineEntry]

    private enum CodingKeys: String, CodingKey {
        case ticketNo, channel, type, category, area, customer, receivedAt, closedAt, level, highestTier, finalUnit
        case firstOwner, responsibility, satisfaction, matchedTicketNo, onTime, appeal, emergencyPlan, timeline
        case isRepeat = "repeat"
    }

    /// Creates the payload; `level` defaults to the level of `highestTier`, the only one the schema accepts.
    public init(
        ticketNo: String, channel: Channel, type: TicketType, category: Category?, area: String,
        customer: MaskedCustomer, receivedAt: Date, closedAt: Date, level: Level? = nil, highestTier: Tier,
        finalUnit: String, firstOwner: Owner, responsibility: Responsibility?, satisfaction: CallbackOutcome,
        isRepeat: Bool, matchedTicketNo: String? = nil, onTime: Bool, appeal: AppealStatus, emergencyPlan: Bool,
        timeline: [TimelineEntry]
    ) {
        self.ticketNo = ticketNo
        self.channel = channel
        self.type = type
        self.category = category
        self.area = area
        self.customer = customer
        self.receivedAt = receivedAt
        self.closedAt = closedAt
        self.level = level ?? highestTier.level
        self.highestTier = highestTier
        self.finalUnit = finalUnit
        self.firstOwner = firstOwner
        self.responsibility = responsibility
        self.satisfaction = satisfaction
        self.isRepeat = isRepeat
        self.matchedTicketNo = matchedTicketNo
        self.onTime = onTime
        self.appeal = appeal
        self.emergencyPlan = emergencyPlan
        self.timeline = timeline
    }
}
