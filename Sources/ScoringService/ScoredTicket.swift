import Contracts
import Foundation
import ServiceKit

/// What scoring keeps of one ticket: the facts its rules and figures need, gathered from every topic, and the ledger
/// entries already charged for it (so none is charged twice and a won appeal knows what to reverse).
public struct ScoredTicket: TicketState, Equatable {
    public var ticketNo: String
    /// From `complaint.registered`; nil when the first word about the ticket came from elsewhere.
    public var registration: Registration?
    /// The unit the ticket counts for in the KPIs: its first assignment (the unit that had to act first), and its tier.
    public var unit: String?
    public var unitTier: Tier?
    /// The verified responsibility (H2), and the station that found it its own.
    public var responsibility: Responsibility?
    public var responsibleStation: String?
    /// Early warnings filed on this ticket (E3), by unit and time.
    public var warnings: [Warning] = []
    /// The analyses of the event (E8, S3, S5), the latest of each.
    public var stationAnalysis: Analysis?
    public var cscAnalysis: Analysis?
    /// Appeals (R7): the ground each unit filed on, and the units whose appeal was upheld.
    public var appealGrounds: [String: AppealGround] = [:]
    public var upheldAppeals: [String] = []
    /// Found malicious (S4): an upheld appeal on that ground.
    public var malicious = false
    /// The close, from `complaint.closed`; the latest when the ticket was reopened and closed again.
    public var closing: Closing?
    /// A 95598 or 12398 complaint about this ticket's event (a repeat, or an urge merged into it): the ticket was not
    /// averted (S7).
    public var cameBackAs: String?
    /// Ledger entries charged for this ticket, with whether each was reversed.
    public var charges: [Charge] = []

    public init(ticketNo: String) { self.ticketNo = ticketNo }

    public var closedAt: Date? { closing?.at }

    /// What intake registered.
    public struct Registration: Codable, Sendable, Equatable {
        public var channel: Channel
        public var type: TicketType
        public var category: Category?
        public var area: String?
        public var receivedAt: Date
        public var firstOwner: String
        public var firstOwnerPerson: String?
        public var isRepeat: Bool
        public var matchedTicketNo: String?
        /// S9: 12398, or a 95598 complaint about an event a station had first (over the station's head).
        public var skippedLevels: Bool
    }

    public struct Warning: Codable, Sendable, Equatable {
        public var unit: String
        public var at: Date
    }

    public struct Analysis: Codable, Sendable, Equatable {
        public var unit: String
        public var at: Date
        public var substantiated: Bool?
        public var team: String?
        public var person: String?
        public var eventId: String
    }

    public struct Closing: Codable, Sendable, Equatable {
        public var at: Date
        public var eventId: String
        public var level: Level
        public var highestTier: Tier
        public var responsibility: Responsibility?
        public var satisfaction: CallbackOutcome?
        public var callbacks: Int
        public var steps: [Step]
        public var missingLoopSteps: [String]
        public var falseResolutionBy: String?
        /// S11's "four not let go" that the record does not meet, by name.
        public var fourNotLetGoMissed: [String] = []
        /// Promises broken by the close (R4); nil in states kept before it was recorded.
        public var commitmentsBroken: Int?
    }

    /// A ladder step as the closed record tells it, for the on-time rates and handling times.
    public struct Step: Codable, Sendable, Equatable {
        public var step: String
        public var endedAt: Date
        public var seconds: Int
        public var onTime: Bool
    }

    /// An entry charged for this ticket: its key in the ledger and whether a later entry reversed it.
    public struct Charge: Codable, Sendable, Equatable {
        public var key: String
        public var unit: String
        public var tier: Tier
        public var rule: RuleID
        public var points: Double
        public var reversed = false
    }
}

extension ScoredTicket {
    /// Removed from the counts (R7): a unit won its appeal about it.
    var isAppealedAway: Bool { !upheldAppeals.isEmpty }

    /// Whether the ledger already holds the entry `key`.
    func charged(_ key: String) -> Bool { charges.contains { $0.key == key } }
}
