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

    /// One step of the ladder or of the callbacks, against its limit.
    public struct StepRecord: Codable, Sendable, Equatable {
        /// H2–H10, C1, C3.
        public var step: String
        public var unit: String
        public var tier: Tier
        public var startedAt: Date
        public var dueAt: Date
        /// When it ended: done, left for another unit, or at the close.
        public var endedAt: Date
        /// The limit as the limits file sets it ("1 hour", "1 working day").
        public var limit: String
        public var tookSeconds: Int
        /// Ended by its due time and never reported missed.
        public var onTime: Bool

        public init(
            step: String, unit: String, tier: Tier, startedAt: Date, dueAt: Date, endedAt: Date, limit: String,
            tookSeconds: Int, onTime: Bool
        ) {
            self.step = step
            self.unit = unit
            self.tier = tier
            self.startedAt = startedAt
            self.dueAt = dueAt
            self.endedAt = endedAt
            self.limit = limit
            self.tookSeconds = tookSeconds
            self.onTime = onTime
        }
    }

    /// A unit's promise to the customer (R5) and what became of it.
    public struct PromiseRecord: Codable, Sendable, Equatable {
        public var description: String
        public var dueAt: Date
        public var unit: String
        public var fate: PromiseFate

        public init(description: String, dueAt: Date, unit: String, fate: PromiseFate) {
            self.description = description
            self.dueAt = dueAt
            self.unit = unit
            self.fate = fate
        }
    }

    /// What became of a promise by the close.
    public enum PromiseFate: String, Codable, Sendable, CaseIterable {
        /// The unit reported the work done before the promise was due.
        case kept
        /// Its time passed first (`commitment.overdue`).
        case broken
        /// A new promise took its place.
        case replaced
        /// Still pending at the close.
        case open
    }

    /// One step of the closed loop (S1) in the ticket's record.
    public enum LoopCheck: String, Codable, Sendable, CaseIterable {
        case present
        case notApplicable = "not-applicable"
        case missing
    }

    /// S1: accept 受理, register 登记, propose 拟办, transfer 转办, urge 催办, supervise 督办, investigation report 调查报告,
    /// handling opinion 处理意见.
    public struct ClosedLoop: Codable, Sendable, Equatable {
        public var accepted: LoopCheck
        public var registered: LoopCheck
        public var proposed: LoopCheck
        public var transferred: LoopCheck
        public var urged: LoopCheck
        public var supervised: LoopCheck
        public var investigationReport: LoopCheck
        public var handlingOpinion: LoopCheck

        public init(
            accepted: LoopCheck, registered: LoopCheck, proposed: LoopCheck, transferred: LoopCheck, urged: LoopCheck,
            supervised: LoopCheck, investigationReport: LoopCheck, handlingOpinion: LoopCheck
        ) {
            self.accepted = accepted
            self.registered = registered
            self.proposed = proposed
            self.transferred = transferred
            self.urged = urged
            self.supervised = supervised
            self.investigationReport = investigationReport
            self.handlingOpinion = handlingOpinion
        }

        /// The steps that are missing, by name, for a finding of incomplete records (S6).
        public var missing: [String] {
            [("accepted", accepted), ("registered", registered), ("proposed", proposed), ("transferred", transferred),
             ("urged", urged), ("supervised", supervised), ("investigationReport", investigationReport),
             ("handlingOpinion", handlingOpinion)].filter { $0.1 == .missing }.map(\.0)
        }
    }

    /// S11, 四个不放过: each true once it can no longer be said of the ticket.
    public struct FourNotLetGo: Codable, Sendable, Equatable {
        /// The cause was verified.
        public var verified: Bool
        /// A result was reported and not found false.
        public var corrected: Bool
        /// Every promise made was kept.
        public var measuresInPlace: Bool
        /// The last callback was satisfied.
        public var customerSatisfied: Bool

        public init(verified: Bool, corrected: Bool, measuresInPlace: Bool, customerSatisfied: Bool) {
            self.verified = verified
            self.corrected = corrected
            self.measuresInPlace = measuresInPlace
            self.customerSatisfied = customerSatisfied
        }

        /// The ones not met, by name, for the S11 rate in the reports.
        public var missed: [String] {
            [("verified", verified), ("corrected", corrected), ("measuresInPlace", measuresInPlace),
             ("customerSatisfied", customerSatisfied)].filter { !$0.1 }.map(\.0)
        }
    }

    /// R4, 虚假工单: the unit that reported the work done, and when the customer said nothing was done.
    public struct FalseResolution: Codable, Sendable, Equatable {
        public var unit: String
        public var at: Date

        public init(unit: String, at: Date) {
            self.unit = unit
            self.at = at
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
    /// Service-area code; nil (absent) when the ticket was registered without one.
    public var area: String?
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
    /// Outcome of the last callback; nil (written as null) when no callback was possible, `noCallbackReason` says why.
    @Nullable public var satisfaction: CallbackOutcome?
    /// Why no callback was possible (an anonymous reporter who left no way to reach them).
    public var noCallbackReason: String?
    /// Callback attempts recorded.
    public var callbacks: Int
    /// The customer's calls merged as urges (R3c).
    public var urges: Int
    /// Time the ticket waited on the customer (H3).
    public var pausedSeconds: Int
    /// Whether an early warning was filed (E3).
    public var warningFiled: Bool
    /// Each step against its limit, in order.
    public var steps: [StepRecord]
    /// The promises and their fate (R5).
    public var commitments: [PromiseRecord]
    /// The closed-loop checks (S1).
    public var closedLoop: ClosedLoop
    /// "Four not let go" (S11).
    public var fourNotLetGo: FourNotLetGo
    /// A false resolution (R4), when the customer reported one.
    public var falseResolution: FalseResolution?
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
        case noCallbackReason, callbacks, urges, pausedSeconds, warningFiled, steps, commitments, closedLoop
        case fourNotLetGo, falseResolution
        case isRepeat = "repeat"
    }

    /// Creates the payload; `level` defaults to the level of `highestTier`, the lowest the schema accepts.
    public init(
        ticketNo: String, channel: Channel, type: TicketType, category: Category?, area: String?,
        customer: MaskedCustomer, receivedAt: Date, closedAt: Date, level: Level? = nil, highestTier: Tier,
        finalUnit: String, firstOwner: Owner, responsibility: Responsibility?, satisfaction: CallbackOutcome?,
        noCallbackReason: String? = nil, callbacks: Int, urges: Int = 0, pausedSeconds: Int = 0,
        isRepeat: Bool, matchedTicketNo: String? = nil, onTime: Bool, appeal: AppealStatus, emergencyPlan: Bool,
        warningFiled: Bool = false, steps: [StepRecord], commitments: [PromiseRecord] = [], closedLoop: ClosedLoop,
        fourNotLetGo: FourNotLetGo, falseResolution: FalseResolution? = nil, timeline: [TimelineEntry]
    ) {
        self.noCallbackReason = noCallbackReason
        self.callbacks = callbacks
        self.urges = urges
        self.pausedSeconds = pausedSeconds
        self.warningFiled = warningFiled
        self.steps = steps
        self.commitments = commitments
        self.closedLoop = closedLoop
        self.fourNotLetGo = fourNotLetGo
        self.falseResolution = falseResolution
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
