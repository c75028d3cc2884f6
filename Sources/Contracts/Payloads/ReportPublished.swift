import Foundation

/// `report.published`: a daily, weekly, monthly or annual report (S10) with the 100% targets (S12) and a ranking.
public struct ReportPublished: EventPayload {
    /// `report.published`.
    public static let messageType = MessageType.reportPublished

    /// The S12 rates, each from 0 to 1.
    public struct KPIs: Codable, Sendable, Equatable {
        /// Share of tickets called back (target 1).
        @Nullable public var callbackRate: Double?
        /// Share answered on time (target 1).
        @Nullable public var onTimeReplyRate: Double?
        /// Share completed (target 1).
        @Nullable public var completionRate: Double?
        /// Share of satisfied callbacks (target 1).
        @Nullable public var satisfactionRate: Double?
        /// 查实率, to fall.
        @Nullable public var substantiatedRate: Double?

        /// Creates the rates.
        public init(
            callbackRate: Double?, onTimeReplyRate: Double?, completionRate: Double?, satisfactionRate: Double?,
            substantiatedRate: Double?
        ) {
            self.callbackRate = callbackRate
            self.onTimeReplyRate = onTimeReplyRate
            self.completionRate = completionRate
            self.satisfactionRate = satisfactionRate
            self.substantiatedRate = substantiatedRate
        }
    }

    /// Ticket counts for the period.
    public struct Counts: Codable, Sendable, Equatable {
        /// Tickets received in the period.
        public var received: Int
        /// Tickets closed in the period.
        public var closed: Int
        /// Repeat demands (R1); `repeat` in JSON.
        public var repeatDemands: Int
        /// Tickets escalated at least once.
        public var escalated: Int
        /// Tickets by type; types without tickets may be left out.
        public var byType: [TicketType: Int]
        /// Tickets by category.
        public var byCategory: [Category: Int]
        /// Closed tickets by level.
        public var byLevel: [Level: Int]

        private enum CodingKeys: String, CodingKey {
            case received, closed, escalated, byType, byCategory, byLevel
            case repeatDemands = "repeat"
        }

        /// Creates the counts.
        public init(
            received: Int, closed: Int, repeatDemands: Int, escalated: Int, byType: [TicketType: Int],
            byCategory: [Category: Int], byLevel: [Level: Int]
        ) {
            self.received = received
            self.closed = closed
            self.repeatDemands = repeatDemands
            self.escalated = escalated
            self.byType = byType
            self.byCategory = byCategory
            self.byLevel = byLevel
        }
    }

    /// A unit's place in the ranking.
    public struct Ranking: Codable, Sendable, Equatable {
        /// The unit.
        public var unit: String
        /// 1 is best.
        public var rank: Int
        /// Its points for the period.
        public var points: Double
        /// Complaints against it in the period.
        public var complaints: Int

        /// Creates a ranking entry.
        public init(unit: String, rank: Int, points: Double, complaints: Int) {
            self.unit = unit
            self.rank = rank
            self.points = points
            self.complaints = complaints
        }
    }

    /// E.g. weekly-2026-W10-leadership.
    public var reportId: String
    /// The period's length.
    public var kind: ReportKind
    /// The unit the report covers (the key).
    public var scope: String
    /// Start of the period.
    public var periodStart: Date
    /// End of the period.
    public var periodEnd: Date
    /// The S12 rates.
    public var kpis: KPIs
    /// Ticket counts.
    public var counts: Counts
    /// Units ranked by points, best first.
    public var units: [Ranking]
    /// Analysis text for the meeting (C4).
    public var summary: String?

    /// Creates the payload.
    public init(
        reportId: String, kind: ReportKind, scope: String, periodStart: Date, periodEnd: Date, kpis: KPIs,
        counts: Counts, units: [Ranking], summary: String? = nil
    ) {
        self.reportId = reportId
        self.kind = kind
        self.scope = scope
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.kpis = kpis
        self.counts = counts
        self.units = units
        self.summary = summary
    }

    /// None: a report is not about one ticket.
    public var subject: String? { nil }
    /// The scope: `complaints.scores` is keyed by unit.
    public var partitionKey: String? { scope }
}
